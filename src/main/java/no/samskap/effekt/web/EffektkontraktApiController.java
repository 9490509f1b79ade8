package no.samskap.effekt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.EffektkontraktSammendrag;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.EndreVilkaar;
import no.samskap.effekt.IndigoService;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsversjon;
import no.samskap.platform.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outcome contracts: create (NAV), read (every party as its relation allows), amend the terms in versions (NAV), and
 * export as INDIGO.
 */
@Tag(name = "Effektkontrakter", description = "Outcome contracts: parties, terms, versions and INDIGO export")
@RestController
@RequestMapping(EffektkontraktApiController.PATH)
class EffektkontraktApiController {

    static final String PATH = "/api/v1/effektkontrakter";

    private final EffektkontraktService service;
    private final IndigoService indigo;

    EffektkontraktApiController(EffektkontraktService service, IndigoService indigo) {
        this.service = service;
        this.indigo = indigo;
    }

    record EndreVilkaarRequest(
            @Nullable Long version, @Nullable LocalDate gjelderFra, @Nullable String begrunnelse,
            @Nullable Kontraktsinnhold innhold) {}

    @Operation(summary = "Create an outcome contract with its parties, target group, metrics, pricing rules and caps "
            + "(TILTAKSADMIN); every field error at once")
    @PostMapping
    ResponseEntity<EffektkontraktDetaljer> opprett(@RequestBody Kontraktsinnhold innhold) {
        UUID id = service.opprett(innhold);
        return ResponseEntity.created(URI.create(PATH + "/" + id)).body(service.hent(id));
    }

    @Operation(summary = "The contracts the caller is party to (TILTAKSADMIN: all), newest first")
    @GetMapping
    Side<EffektkontraktSammendrag> list(
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        return service.list(side, storrelse);
    }

    @Operation(summary = "One contract with the terms in effect today and what the caller may do in it")
    @GetMapping("/{id}")
    EffektkontraktDetaljer hent(@PathVariable UUID id) {
        return service.hent(id);
    }

    @Operation(summary = "Amend the terms (TILTAKSADMIN): the whole new content, from when it applies and why; "
            + "a stale version gets 409")
    @PutMapping("/{id}/vilkaar")
    EffektkontraktDetaljer endre(@PathVariable UUID id, @RequestBody EndreVilkaarRequest request) {
        Kontraktsinnhold innhold = request.innhold() != null ? request.innhold() : tom();
        service.endreVilkaar(new EndreVilkaar(id, request.version(), request.gjelderFra(), request.begrunnelse(),
                innhold));
        return service.hent(id);
    }

    @Operation(summary = "Every version of the terms, newest first: who, when, why and the fields changed")
    @GetMapping("/{id}/versjoner")
    List<Kontraktsversjon> versjoner(@PathVariable UUID id) {
        return service.versjoner(id);
    }

    @Operation(summary = "The whole content of one version of the terms")
    @GetMapping("/{id}/versjoner/{nummer}")
    Kontraktsinnhold versjon(@PathVariable UUID id, @PathVariable int nummer) {
        return service.versjon(id, nummer);
    }

    @Operation(summary = "The contract in the shape of GO Lab's INDIGO data standard, each field marked PUBLIC or "
            + "PRIVATE; offentlig=true (always for providers and investors) leaves private fields out")
    @GetMapping("/{id}/indigo")
    Map<String, Object> indigo(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean offentlig) {
        return indigo.eksport(id, offentlig);
    }

    private static Kontraktsinnhold tom() {
        return new Kontraktsinnhold(null, null, null, null, null, null, List.of(), null, List.of(), List.of(), null,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
    }
}
