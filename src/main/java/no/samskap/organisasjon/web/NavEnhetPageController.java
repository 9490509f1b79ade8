package no.samskap.organisasjon.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.organisasjon.OrganisasjonService;
import no.samskap.organisasjon.domain.NavEnhetFilter;
import no.samskap.organisasjon.domain.NavEnhetSortering;
import no.samskap.platform.Side;
import no.samskap.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Pages for NAV units: the filterable list (htmx swaps only the results) and one unit's detail. */
@Controller
class NavEnhetPageController {

    /** The list's filter as the form shows it. */
    record NavEnhetFilterForm(@Nullable NavEnhetType type, @Nullable String region, @Nullable String q) {}

    private final OrganisasjonService service;

    NavEnhetPageController(OrganisasjonService service) {
        this.service = service;
    }

    @GetMapping("/nav-enheter")
    String list(
            @RequestParam(required = false) @Nullable NavEnhetType type,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        var filter = new NavEnhetFilter(type, region, q);
        model.addAttribute("filter", new NavEnhetFilterForm(filter.type(), filter.region(), filter.q()));
        model.addAttribute("side", service.listNavEnheter(
                filter, NavEnhetSortering.fra(sort), Side.foresporsel(side, storrelse)));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null) {
            return "organisasjon/nav-enheter :: resultater";
        }
        model.addAttribute("typer", new NavEnhetType[] {NavEnhetType.FYLKE, NavEnhetType.LOKAL, NavEnhetType.TILTAK});
        model.addAttribute("regioner", service.listRegioner());
        return "organisasjon/nav-enheter";
    }

    @GetMapping("/nav-enheter/{enhetsnummer}")
    String detail(@PathVariable String enhetsnummer, Model model) {
        try {
            model.addAttribute("detaljer", service.getNavEnhet(enhetsnummer));
        } catch (NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "organisasjon/nav-enhet";
    }
}
