package no.samskap.organisasjon.web;

import no.samskap.organisasjon.NavEnhetType;
import no.samskap.organisasjon.domain.NavEnhet;
import org.jspecify.annotations.Nullable;

/** A NAV unit in the API. {@code region} is the enhetsnummer of an office's region. */
public record NavEnhetResponse(
        String enhetsnummer,
        String navn,
        NavEnhetType type,
        @Nullable String region,
        @Nullable String regionNavn,
        @Nullable String organisasjonsnummer) {

    static NavEnhetResponse fra(NavEnhet e) {
        return new NavEnhetResponse(
                e.enhetsnummer(), e.navn(), e.type(), e.region(), e.regionNavn(), e.organisasjonsnummer());
    }
}
