package no.samskap.organisasjon.web;

import java.util.List;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.organisasjon.OrganisasjonService.NavEnhetDetaljer;
import org.jspecify.annotations.Nullable;

/**
 * One NAV unit in the API: for a region also its offices and measures units, for a local office the areas it serves.
 */
public record NavEnhetDetaljerResponse(
        String enhetsnummer,
        String navn,
        NavEnhetType type,
        @Nullable String region,
        @Nullable String regionNavn,
        @Nullable String organisasjonsnummer,
        List<NavEnhetResponse> kontorer,
        List<NavEnhetResponse> tiltaksenheter,
        List<OmraadeResponse> omraader) {

    /** An area a local office serves: a municipality (KOMMUNE), a city district (BYDEL) or another area (ANNET). */
    public record OmraadeResponse(
            String geografiskOmraade, String omraadetype, String navn, @Nullable String kommunenummer) {}

    static NavEnhetDetaljerResponse fra(NavEnhetDetaljer d) {
        var e = d.enhet();
        return new NavEnhetDetaljerResponse(
                e.enhetsnummer(),
                e.navn(),
                e.type(),
                e.region(),
                e.regionNavn(),
                e.organisasjonsnummer(),
                d.kontorer().stream().map(NavEnhetResponse::fra).toList(),
                d.tiltaksenheter().stream().map(NavEnhetResponse::fra).toList(),
                d.omraader().stream()
                        .map(o -> new OmraadeResponse(o.geografiskOmraade(), o.omraadetype(), o.navn(), o.kommunenummer()))
                        .toList());
    }
}
