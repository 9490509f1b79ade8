package no.samskap.organisasjon;

import org.jspecify.annotations.Nullable;

/**
 * A NAV unit as other modules see it.
 *
 * @param enhetsnummer four digits, e.g. {@code 0315}
 * @param region for a LOKAL office: the enhetsnummer of its region (FYLKE); null for regions
 */
public record NavEnhetInfo(String enhetsnummer, String navn, NavEnhetType type, @Nullable String region) {}
