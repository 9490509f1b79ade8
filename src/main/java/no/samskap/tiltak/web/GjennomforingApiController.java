package no.samskap.tiltak.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.InvalidInput;
import no.samskap.tiltak.AbortGjennomforing;
import no.samskap.tiltak.CreateGjennomforing;
import no.samskap.tiltak.GjennomforingFilter;
import no.samskap.tiltak.GjennomforingProblem;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.GjennomforingSummary;
import no.samskap.tiltak.ReopenGjennomforing;
import no.samskap.tiltak.UpdateGjennomforing;
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

/** JSON API for implementations: list, read, create, update and the actions as POST sub-resources. */
@RestController
@RequestMapping("/api/v1/gjennomforinger")
class GjennomforingApiController {

    private final GjennomforingService service;

    GjennomforingApiController(GjennomforingService service) {
        this.service = service;
    }

    @GetMapping
    Side<GjennomforingSummary> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tiltakskode,
            @RequestParam(required = false) @Nullable UUID avtaleId,
            @RequestParam(required = false) @Nullable GjennomforingStatus status,
            @RequestParam(required = false) @Nullable String navEnhet,
            @RequestParam(required = false) @Nullable UUID arrangorId,
            @RequestParam(required = false) @Nullable Boolean publisert,
            @RequestParam(required = false) @Nullable Boolean apentForPamelding,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        return service.list(new GjennomforingFilter(
                q, tiltakskode, avtaleId, status, navEnhet, arrangorId, publisert, apentForPamelding, sort, side,
                storrelse));
    }

    @GetMapping("/{id}")
    GjennomforingResponse get(@PathVariable UUID id) {
        return GjennomforingResponse.of(service.get(id));
    }

    @GetMapping("/{id}/historikk")
    List<Historikk.Visning> history(@PathVariable UUID id) {
        return service.history(id);
    }

    @PostMapping
    ResponseEntity<GjennomforingResponse> create(@RequestBody GjennomforingRequest request) {
        UUID id = service.create(new CreateGjennomforing(request.avtaleId(), request.arrangorId(), request.innhold()));
        return ResponseEntity.created(URI.create("/api/v1/gjennomforinger/" + id))
                .body(GjennomforingResponse.of(service.get(id)));
    }

    @PutMapping("/{id}")
    GjennomforingResponse update(@PathVariable UUID id, @RequestBody GjennomforingRequest request) {
        service.update(new UpdateGjennomforing(id, version(request.version()), request.arrangorId(), request.innhold()));
        return GjennomforingResponse.of(service.get(id));
    }

    @PostMapping("/{id}/avbryt")
    GjennomforingResponse abort(@PathVariable UUID id, @RequestBody GjennomforingHandlingRequest request) {
        service.abort(new AbortGjennomforing(id, version(request.version()), request.sluttdato(), request.aarsak()));
        return GjennomforingResponse.of(service.get(id));
    }

    @PostMapping("/{id}/gjenapne")
    GjennomforingResponse reopen(@PathVariable UUID id, @RequestBody GjennomforingHandlingRequest request) {
        service.reopen(new ReopenGjennomforing(id, version(request.version()), request.sluttdato()));
        return GjennomforingResponse.of(service.get(id));
    }

    @PostMapping("/{id}/publiser")
    GjennomforingResponse publish(@PathVariable UUID id, @RequestBody GjennomforingHandlingRequest request) {
        service.publish(id, version(request.version()));
        return GjennomforingResponse.of(service.get(id));
    }

    @PostMapping("/{id}/avpubliser")
    GjennomforingResponse unpublish(@PathVariable UUID id, @RequestBody GjennomforingHandlingRequest request) {
        service.unpublish(id, version(request.version()));
        return GjennomforingResponse.of(service.get(id));
    }

    @PostMapping("/{id}/apne-for-pamelding")
    GjennomforingResponse openForEnrolment(@PathVariable UUID id, @RequestBody GjennomforingHandlingRequest request) {
        service.openForEnrolment(id, version(request.version()));
        return GjennomforingResponse.of(service.get(id));
    }

    @PostMapping("/{id}/steng-for-pamelding")
    GjennomforingResponse closeForEnrolment(@PathVariable UUID id, @RequestBody GjennomforingHandlingRequest request) {
        service.closeForEnrolment(id, version(request.version()));
        return GjennomforingResponse.of(service.get(id));
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new InvalidInput(List.of(no.samskap.shared.FieldViolation.of("version", GjennomforingProblem.VERSION_PAAKREVD)));
        }
        return version;
    }
}
