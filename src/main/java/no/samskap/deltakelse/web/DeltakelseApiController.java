package no.samskap.deltakelse.web;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseDetails;
import no.samskap.deltakelse.DeltakelseFilter;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.deltakelse.DeltakelseSummary;
import no.samskap.deltakelse.EndreDeltakelse;
import no.samskap.deltakelse.EndringsforslagService;
import no.samskap.deltakelse.Forslagstype;
import no.samskap.deltakelse.MeldPa;
import no.samskap.deltakelse.NyttForslag;
import no.samskap.deltakelse.Varsel;
import no.samskap.deltakelse.VarselService;
import no.samskap.deltakelse.domain.Aarsak;
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
 * The enrolment API for counsellors (enrol, change, approve proposals), providers (their participants, proposals) and
 * participants (their own enrolments); access is decided by the services. The fødselsnummer travels only in request
 * and response bodies, never in a URL.
 */
@RestController
@RequestMapping("/api/v1/deltakelser")
class DeltakelseApiController {

    private final DeltakelseService service;
    private final EndringsforslagService forslag;
    private final VarselService varsler;

    DeltakelseApiController(DeltakelseService service, EndringsforslagService forslag, VarselService varsler) {
        this.service = service;
        this.forslag = forslag;
        this.varsler = varsler;
    }

    record MeldPaRequest(
            @Nullable UUID gjennomforingId,
            @Nullable String fodselsnummer,
            @Nullable String navn,
            @Nullable LocalDate startdato,
            @Nullable String innhold) {}

    record AarsakRequest(@Nullable Aarsakstype type, @Nullable String beskrivelse) {}

    record EndreStatusRequest(@Nullable DeltakelseStatus til, @Nullable AarsakRequest aarsak, @Nullable Long version) {}

    record EndreRequest(
            @Nullable LocalDate startdato,
            @Nullable LocalDate sluttdato,
            @Nullable BigDecimal deltakelsesprosent,
            @Nullable String innhold,
            @Nullable Long version) {}

    record PersonsokRequest(@Nullable String fodselsnummer) {}

    record ForslagRequest(
            @Nullable Forslagstype type,
            @Nullable LocalDate startdato,
            @Nullable LocalDate sluttdato,
            @Nullable BigDecimal deltakelsesprosent,
            @Nullable AarsakRequest aarsak,
            @Nullable String begrunnelse) {}

    record SvarRequest(@Nullable String begrunnelse, @Nullable Long version) {}

    @Operation(summary = "Enrol a person (counsellor); the enrolment belongs to the counsellor's NAV office")
    @PostMapping
    ResponseEntity<DeltakelseDetails> meldPa(@RequestBody MeldPaRequest request) {
        UUID id = service.meldPa(new MeldPa(
                request.gjennomforingId(), request.fodselsnummer(), request.navn(), request.startdato(), request.innhold()));
        return ResponseEntity.created(URI.create("/api/v1/deltakelser/" + id)).body(service.hent(id));
    }

    @Operation(summary = "The enrolments the caller may see: counsellor (own office), provider (own providers, "
            + "fødselsnummer masked), participant (own)")
    @GetMapping
    Side<DeltakelseSummary> list(
            @RequestParam(required = false) @Nullable UUID gjennomforingId,
            @RequestParam(required = false) @Nullable DeltakelseStatus status,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        return service.list(new DeltakelseFilter(gjennomforingId, status, side, storrelse));
    }

    @Operation(summary = "A person's enrolments at the counsellor's office (the number goes in the body)")
    @PostMapping("/sok")
    List<DeltakelseSummary> sok(@RequestBody PersonsokRequest request) {
        return service.forPerson(request.fodselsnummer());
    }

    @Operation(summary = "One enrolment with history and proposals")
    @GetMapping("/{id}")
    DeltakelseDetails hent(@PathVariable UUID id) {
        return service.hent(id);
    }

    @Operation(summary = "Change dates, participation percentage and content (counsellor)")
    @PutMapping("/{id}")
    DeltakelseDetails endre(@PathVariable UUID id, @RequestBody EndreRequest request) {
        service.endre(new EndreDeltakelse(id, request.startdato(), request.sluttdato(), request.deltakelsesprosent(),
                request.innhold(), request.version()));
        return service.hent(id);
    }

    @Operation(summary = "Move to another status, with a reason where one is needed (counsellor)")
    @PostMapping("/{id}/status")
    DeltakelseDetails endreStatus(@PathVariable UUID id, @RequestBody EndreStatusRequest request) {
        service.endreStatus(id, request.til(), aarsak(request.aarsak()), request.version());
        return service.hent(id);
    }

    @Operation(summary = "Propose a change (provider)")
    @PostMapping("/{id}/forslag")
    ResponseEntity<DeltakelseDetails> foreslaa(@PathVariable UUID id, @RequestBody ForslagRequest request) {
        AarsakRequest a = request.aarsak();
        forslag.foreslaa(new NyttForslag(id, request.type(), request.startdato(), request.sluttdato(),
                request.deltakelsesprosent(), a == null ? null : a.type(), a == null ? null : a.beskrivelse(),
                request.begrunnelse()));
        return ResponseEntity.status(201).body(service.hent(id));
    }

    @Operation(summary = "Approve a provider's proposal; the change is made (counsellor)")
    @PostMapping("/{id}/forslag/{forslagId}/godkjenning")
    DeltakelseDetails godkjenn(@PathVariable UUID id, @PathVariable UUID forslagId, @RequestBody SvarRequest request) {
        forslag.godkjenn(id, forslagId, request.version());
        return service.hent(id);
    }

    @Operation(summary = "Reject a provider's proposal with a reason (counsellor)")
    @PostMapping("/{id}/forslag/{forslagId}/avvisning")
    DeltakelseDetails avvis(@PathVariable UUID id, @PathVariable UUID forslagId, @RequestBody SvarRequest request) {
        forslag.avvis(id, forslagId, request.begrunnelse(), request.version());
        return service.hent(id);
    }

    @Operation(summary = "The counsellor's notifications (places given from the waiting list, new proposals)")
    @GetMapping("/varsler")
    List<Varsel> varsler() {
        return varsler.mine();
    }

    @Operation(summary = "Mark a notification as read")
    @PostMapping("/varsler/{id}/lest")
    ResponseEntity<Void> lest(@PathVariable UUID id) {
        varsler.merkLest(id);
        return ResponseEntity.noContent().build();
    }

    private static @Nullable Aarsak aarsak(@Nullable AarsakRequest a) {
        return a == null || a.type() == null ? null : new Aarsak(a.type(), a.beskrivelse());
    }
}
