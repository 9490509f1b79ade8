package no.samskap.organisasjon.web;

import java.util.List;
import no.samskap.organisasjon.OrganisasjonService;
import no.samskap.organisasjon.domain.KommuneFilter;
import no.samskap.platform.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Municipalities and counties valid from 2024, read-only. */
@RestController
class KommuneApiController {

    private final OrganisasjonService service;

    KommuneApiController(OrganisasjonService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/kommuner")
    Side<KommuneResponse> list(
            @RequestParam(required = false) @Nullable String fylkesnummer,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        return service.listKommuner(new KommuneFilter(fylkesnummer, q), Side.foresporsel(side, storrelse))
                .map(k -> KommuneResponse.fra(k, null));
    }

    @GetMapping("/api/v1/kommuner/{kommunenummer}")
    KommuneResponse get(@PathVariable String kommunenummer) {
        var detaljer = service.getKommune(kommunenummer);
        return KommuneResponse.fra(
                detaljer.kommune(), detaljer.kontorer().stream().map(NavEnhetResponse::fra).toList());
    }

    @GetMapping("/api/v1/fylker")
    List<FylkeResponse> fylker() {
        return service.listFylker().stream().map(FylkeResponse::fra).toList();
    }
}
