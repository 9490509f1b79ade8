package no.samskap.organisasjon.web;

import no.samskap.organisasjon.NavEnhetType;
import no.samskap.organisasjon.OrganisasjonService;
import no.samskap.organisasjon.domain.NavEnhetFilter;
import no.samskap.organisasjon.domain.NavEnhetSortering;
import no.samskap.platform.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** NAV units, read-only: filter by type, region and name; paged with {@code side} (from 0) and {@code storrelse}. */
@RestController
@RequestMapping("/api/v1/nav-enheter")
class NavEnhetApiController {

    private final OrganisasjonService service;

    NavEnhetApiController(OrganisasjonService service) {
        this.service = service;
    }

    @GetMapping
    Side<NavEnhetResponse> list(
            @RequestParam(required = false) @Nullable NavEnhetType type,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        return service.listNavEnheter(
                        new NavEnhetFilter(type, region, q),
                        NavEnhetSortering.fra(sort),
                        Side.foresporsel(side, storrelse))
                .map(NavEnhetResponse::fra);
    }

    @GetMapping("/{enhetsnummer}")
    NavEnhetDetaljerResponse get(@PathVariable String enhetsnummer) {
        return NavEnhetDetaljerResponse.fra(service.getNavEnhet(enhetsnummer));
    }
}
