package no.samskap.deltakelse.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseDetails;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.deltakelse.MeldPa;
import no.samskap.deltakelse.domain.Aarsak;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The enrolment API for counsellors; access is decided by {@link DeltakelseService}. */
@RestController
@RequestMapping("/api/v1/deltakelser")
class DeltakelseApiController {

    private final DeltakelseService service;

    DeltakelseApiController(DeltakelseService service) {
        this.service = service;
    }

    record MeldPaRequest(
            @Nullable UUID gjennomforingId,
            @Nullable String fodselsnummer,
            @Nullable String navn,
            @Nullable LocalDate startdato,
            @Nullable String innhold) {}

    record AarsakRequest(@Nullable Aarsakstype type, @Nullable String beskrivelse) {}

    record EndreStatusRequest(@Nullable DeltakelseStatus til, @Nullable AarsakRequest aarsak, @Nullable Long version) {}

    @PostMapping
    ResponseEntity<DeltakelseDetails> meldPa(@RequestBody MeldPaRequest request) {
        UUID id = service.meldPa(new MeldPa(
                request.gjennomforingId(), request.fodselsnummer(), request.navn(), request.startdato(), request.innhold()));
        return ResponseEntity.created(URI.create("/api/v1/deltakelser/" + id)).body(service.hent(id));
    }

    @GetMapping("/{id}")
    DeltakelseDetails hent(@PathVariable UUID id) {
        return service.hent(id);
    }

    @PostMapping("/{id}/status")
    DeltakelseDetails endreStatus(@PathVariable UUID id, @RequestBody EndreStatusRequest request) {
        AarsakRequest a = request.aarsak();
        Aarsak aarsak = a == null || a.type() == null ? null : new Aarsak(a.type(), a.beskrivelse());
        service.endreStatus(id, request.til(), aarsak, request.version());
        return service.hent(id);
    }
}
