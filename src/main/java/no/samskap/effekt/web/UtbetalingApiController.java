package no.samskap.effekt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.Effektrapport;
import no.samskap.effekt.KjorUtbetaling;
import no.samskap.effekt.Oppgjor;
import no.samskap.effekt.RegistrerKohort;
import no.samskap.effekt.UtbetalingService;
import no.samskap.effekt.Utbetalingskjoringvisning;
import no.samskap.effekt.Utbetalingsprofillinje;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Comparison groups and the effect they trigger, payment runs, statements and the payment profile. */
@Tag(name = "Effektkontrakter: utbetaling", description = "Comparison groups, payment runs, statements, profile")
@RestController
@RequestMapping(EffektkontraktApiController.PATH + "/{kontraktId}")
class UtbetalingApiController {

    private final UtbetalingService service;

    UtbetalingApiController(UtbetalingService service) {
        this.service = service;
    }

    record KohortRequest(
            @Nullable Long version,
            @Nullable String navn,
            @Nullable LocalDate dato,
            @Nullable Integer antallTiltak,
            @Nullable Integer utfallTiltak,
            @Nullable Integer antallSammenligning,
            @Nullable Integer utfallSammenligning) {}

    record KjoringRequest(@Nullable String periode, @Nullable LocalDate utbetalingsdato) {}

    @Operation(summary = "Record a cohort's comparison-group aggregates (the contract's evaluator)")
    @PostMapping("/kohorter")
    ResponseEntity<Effektrapport> kohort(@PathVariable UUID kontraktId, @RequestBody KohortRequest r) {
        service.registrerKohort(kommando(kontraktId, null, r));
        return ResponseEntity.created(URI.create(EffektkontraktApiController.PATH + "/" + kontraktId + "/effekt"))
                .body(service.effekt(kontraktId));
    }

    @Operation(summary = "Correct a cohort's aggregates (the contract's evaluator); a stale version gets 409")
    @PutMapping("/kohorter/{kohortId}")
    Effektrapport endreKohort(@PathVariable UUID kontraktId, @PathVariable UUID kohortId, @RequestBody KohortRequest r) {
        service.registrerKohort(kommando(kontraktId, kohortId, r));
        return service.effekt(kontraktId);
    }

    @Operation(summary = "The effect per cohort and over all cohorts, and the payments it triggers")
    @GetMapping("/effekt")
    Effektrapport effekt(@PathVariable UUID kontraktId) {
        return service.effekt(kontraktId);
    }

    @Operation(summary = "Make the payment run of a period, 2026-03 or 2026-K1 as the contract's frequency says "
            + "(TILTAKSADMIN); never beyond a cap or an investor's contracted maximum")
    @PostMapping("/utbetalingskjoringer")
    ResponseEntity<Utbetalingskjoringvisning> kjor(@PathVariable UUID kontraktId, @RequestBody KjoringRequest r) {
        UUID id = service.kjor(new KjorUtbetaling(kontraktId, r.periode(), r.utbetalingsdato()));
        return ResponseEntity.created(URI.create(EffektkontraktApiController.PATH + "/" + kontraktId
                + "/utbetalingskjoringer/" + id)).body(service.kjoring(kontraktId, id));
    }

    @Operation(summary = "The payment runs, oldest first (provider: its own lines)")
    @GetMapping("/utbetalingskjoringer")
    List<Utbetalingskjoringvisning> kjoringer(@PathVariable UUID kontraktId) {
        return service.kjoringer(kontraktId);
    }

    @Operation(summary = "One payment run")
    @GetMapping("/utbetalingskjoringer/{kjoringId}")
    Utbetalingskjoringvisning kjoring(@PathVariable UUID kontraktId, @PathVariable UUID kjoringId) {
        return service.kjoring(kontraktId, kjoringId);
    }

    @Operation(summary = "A party's statement (providers and investors: their own)")
    @GetMapping("/oppgjor/{partId}")
    Oppgjor oppgjor(@PathVariable UUID kontraktId, @PathVariable UUID partId) {
        return service.oppgjor(kontraktId, partId);
    }

    @Operation(summary = "The planned payment profile against what the runs paid")
    @GetMapping("/utbetalingsprofil")
    List<Utbetalingsprofillinje> profil(@PathVariable UUID kontraktId) {
        return service.profil(kontraktId);
    }

    private static RegistrerKohort kommando(UUID kontraktId, @Nullable UUID kohortId, KohortRequest r) {
        return new RegistrerKohort(kontraktId, kohortId, r.version(), r.navn(), r.dato(), r.antallTiltak(),
                r.utfallTiltak(), r.antallSammenligning(), r.utfallSammenligning());
    }
}
