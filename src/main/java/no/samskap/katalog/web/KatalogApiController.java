package no.samskap.katalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import no.samskap.katalog.KatalogResultat;
import no.samskap.katalog.KatalogService;
import no.samskap.katalog.KatalogTreff;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the counsellors' catalog: search, one implementation, and rebuilding the read model. */
@RestController
@RequestMapping("/api/v1/katalog")
@Tag(name = "Tiltakskatalog", description = "Search published implementations of AKTIV agreements (VEILEDER, TILTAKSADMIN)")
class KatalogApiController {

    private final KatalogService service;

    KatalogApiController(KatalogService service) {
        this.service = service;
    }

    /** One page of search results. */
    record ListeResponse(List<KatalogTreff> elementer, int side, int storrelse, long totalt) {}

    /** How many rows the rebuilt read model holds. */
    record GjenoppbyggingResponse(long antall) {}

    @GetMapping
    @Operation(
            summary = "Search the catalog",
            description = """
                    Parameters: q (free text, Norwegian stemming), innsatsgruppe (one; only measure types open to it), \
                    navEnhet (repeatable office or region number), tiltakskode (repeatable), apentForPamelding=true, \
                    oppstartstype (LOPENDE|FELLES), startFra, startTil (ISO dates), sortering \
                    (RELEVANS|NAVN|STARTDATO|TILTAKSTYPE; default RELEVANS with q, else NAVN), side (1-based), \
                    storrelse (1-100, default 20). Matches are returned as text pieces with treff=true.""")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Free text (websearch syntax: \"phrase\", -word, or)")
    @Parameter(name = "innsatsgruppe", in = ParameterIn.QUERY, description = "One Innsatsgruppe name")
    @Parameter(name = "navEnhet", in = ParameterIn.QUERY, description = "Office or region enhetsnummer; repeatable")
    @Parameter(name = "tiltakskode", in = ParameterIn.QUERY, description = "Measure type code; repeatable")
    @Parameter(name = "apentForPamelding", in = ParameterIn.QUERY, description = "true: only open for enrolment")
    @Parameter(name = "oppstartstype", in = ParameterIn.QUERY, description = "LOPENDE or FELLES")
    @Parameter(name = "startFra", in = ParameterIn.QUERY, description = "Earliest start date (ISO), inclusive")
    @Parameter(name = "startTil", in = ParameterIn.QUERY, description = "Latest start date (ISO), inclusive")
    @Parameter(name = "sortering", in = ParameterIn.QUERY, description = "RELEVANS, NAVN, STARTDATO or TILTAKSTYPE")
    @Parameter(name = "side", in = ParameterIn.QUERY, description = "Page number from 1")
    @Parameter(name = "storrelse", in = ParameterIn.QUERY, description = "Page size 1-100, default 20")
    @ApiResponse(responseCode = "200", description = "A page of results with the total count")
    @ApiResponse(responseCode = "400", description = "Invalid parameters; errors lists every one")
    @ApiResponse(responseCode = "403", description = "Not a counsellor or measure administrator")
    ListeResponse sok(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parametre) {
        KatalogResultat r = service.sok(service.tolk(parametre));
        return new ListeResponse(r.treff(), r.filter().side(), r.filter().storrelse(), r.totalt());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One implementation in the catalog, in full")
    @ApiResponse(responseCode = "404", description = "Not in the catalog today")
    KatalogDetaljResponse get(@PathVariable UUID id) {
        return KatalogDetaljResponse.of(service.get(id));
    }

    @PostMapping("/gjenoppbygging")
    @Operation(summary = "Rebuild the catalog's read model from the implementations (TILTAKSADMIN)")
    GjenoppbyggingResponse rebuild() {
        return new GjenoppbyggingResponse(service.rebuild());
    }
}
