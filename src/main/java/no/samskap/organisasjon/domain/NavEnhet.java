package no.samskap.organisasjon.domain;

import no.samskap.organisasjon.NavEnhetType;
import org.jspecify.annotations.Nullable;

/**
 * A NAV unit as screens show it.
 *
 * @param region enhetsnummer of the region (FYLKE) an office or measures unit belongs to; null for a region
 * @param regionNavn the region's name, when there is a region
 */
public record NavEnhet(
        String enhetsnummer,
        String navn,
        NavEnhetType type,
        @Nullable String region,
        @Nullable String regionNavn,
        @Nullable String organisasjonsnummer) {}
