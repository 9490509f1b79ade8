package no.samskap.avtale.web;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.AvtaleProblem;
import no.samskap.avtale.AvtaleService;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.avtale.persistence.AvtaleFilter;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for agreements: list, get, create, update, abort, options, price models and history. */
@RestController
@RequestMapping("/api/v1/avtaler")
class AvtaleApiController {

    private final AvtaleService service;

    AvtaleApiController(AvtaleService service) {
        this.service = service;
    }

    @GetMapping
    Side<AvtaleListeResponse> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tiltakskode,
            @RequestParam(required = false) @Nullable Avtaletype avtaletype,
            @RequestParam(required = false) @Nullable AvtaleStatus status,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable UUID arrangorId,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        var filter = new AvtaleFilter(q, tiltakskode, avtaletype, status, region, arrangorId);
        return service.list(filter, sort, Side.foresporsel(side, storrelse)).map(AvtaleListeResponse::of);
    }

    @GetMapping("/{id}")
    AvtaleResponse get(@PathVariable UUID id) {
        return AvtaleResponse.of(service.get(id));
    }

    @PostMapping
    ResponseEntity<AvtaleResponse> create(@RequestBody AvtaleRequest request) {
        UUID id = service.create(request.utkast());
        return ResponseEntity.created(URI.create("/api/v1/avtaler/" + id)).body(AvtaleResponse.of(service.get(id)));
    }

    @PutMapping("/{id}")
    AvtaleResponse update(@PathVariable UUID id, @RequestBody AvtaleRequest request) {
        service.update(id, version(request.version()), request.utkast());
        return AvtaleResponse.of(service.get(id));
    }

    @PostMapping("/{id}/avbryt")
    AvtaleResponse abort(@PathVariable UUID id, @RequestBody AvbrytRequest request) {
        service.abort(id, version(request.version()), request.aarsaker() == null ? Set.of() : request.aarsaker(),
                request.forklaring());
        return AvtaleResponse.of(service.get(id));
    }

    @PostMapping("/{id}/opsjoner")
    AvtaleResponse registerOpsjon(@PathVariable UUID id, @RequestBody OpsjonRequest request) {
        service.registerOpsjon(id, version(request.version()), request.nySluttdato());
        return AvtaleResponse.of(service.get(id));
    }

    @PostMapping("/{id}/prismodeller")
    ResponseEntity<AvtaleResponse> addPrismodell(@PathVariable UUID id, @RequestBody PrismodellRequest request) {
        UUID prismodellId = service.addPrismodell(id, version(request.version()), request.utkast());
        return ResponseEntity.created(URI.create("/api/v1/avtaler/" + id + "/prismodeller/" + prismodellId))
                .body(AvtaleResponse.of(service.get(id)));
    }

    @PutMapping("/{id}/prismodeller/{prismodellId}")
    AvtaleResponse changePrismodell(
            @PathVariable UUID id, @PathVariable UUID prismodellId, @RequestBody PrismodellRequest request) {
        service.changePrismodell(id, prismodellId, version(request.version()), request.utkast());
        return AvtaleResponse.of(service.get(id));
    }

    @DeleteMapping("/{id}/prismodeller/{prismodellId}")
    AvtaleResponse removePrismodell(
            @PathVariable UUID id, @PathVariable UUID prismodellId, @RequestParam long version) {
        service.removePrismodell(id, prismodellId, version);
        return AvtaleResponse.of(service.get(id));
    }

    @GetMapping("/{id}/historikk")
    List<Historikk.Visning> historikk(@PathVariable UUID id) {
        return service.historikk(id);
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInput(List.of(FieldViolation.of("version", AvtaleProblem.PAAKREVD)));
        }
        return version;
    }
}
