package no.samskap.organisasjon.domain;

import org.jspecify.annotations.Nullable;

/**
 * A geographic area a local office serves: a municipality, a city district (BYDEL) or another area (ANNET, e.g.
 * Svalbard).
 *
 * @param kommunenummer the 2024 municipality the area lies in; null for areas outside any municipality
 */
public record Omraade(String geografiskOmraade, String omraadetype, String navn, @Nullable String kommunenummer) {}
