package no.samskap.effekt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.Bevisreferanse;
import no.samskap.effekt.Effektdeltaker;
import no.samskap.effekt.Effektvarsel;
import no.samskap.effekt.EndreDeltaker;
import no.samskap.effekt.Importresultat;
import no.samskap.effekt.MaalingService;
import no.samskap.effekt.MykeResultater;
import no.samskap.effekt.RegistrerDeltaker;
import no.samskap.effekt.RegistrerMykMaaling;
import no.samskap.effekt.RegistrerUtfall;
import no.samskap.effekt.Sjekkpunktstatus;
import no.samskap.effekt.Utfallshendelse;
import no.samskap.shared.Innsatsgruppe;
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
 * Measurement: participants, outcome events (one by one or CSV), checkpoints and reminders, soft outcomes. Personal
 * data travels only in bodies, never in a URL; investors get 403.
 */
@Tag(name = "Effektkontrakter: måling", description = "Participants, outcome events, checkpoints, soft outcomes")
@RestController
@RequestMapping(EffektkontraktApiController.PATH + "/{kontraktId}")
class MaalingApiController {

    private final MaalingService service;

    MaalingApiController(MaalingService service) {
        this.service = service;
    }

    record DeltakerRequest(
            @Nullable UUID leverandor,
            @Nullable String referanse,
            @Nullable String fodselsnummer,
            @Nullable LocalDate fodselsdato,
            @Nullable Innsatsgruppe innsatsgruppe,
            @Nullable UUID gjennomforingId,
            @Nullable LocalDate inntaksdato,
            @Nullable LocalDate sluttdato,
            @Nullable String kohort) {}

    record EndreDeltakerRequest(@Nullable Long version, @Nullable LocalDate sluttdato, @Nullable String kohort) {}

    record UtfallRequest(
            @Nullable UUID deltakerId,
            @Nullable String maal,
            @Nullable LocalDate dato,
            @Nullable BigDecimal verdi,
            @Nullable String jobbforlop,
            @Nullable List<Bevisreferanse> bevis) {}

    record MykMaalingRequest(
            @Nullable UUID deltakerId,
            @Nullable String skala,
            @Nullable LocalDate dato,
            @Nullable Integer egenvurdering,
            @Nullable Integer veiledervurdering) {}

    @Operation(summary = "Register a participant (provider); the answer shows any deviation from the target group")
    @PostMapping("/deltakere")
    ResponseEntity<Effektdeltaker> registrer(@PathVariable UUID kontraktId, @RequestBody DeltakerRequest r) {
        UUID id = service.registrerDeltaker(new RegistrerDeltaker(kontraktId, r.leverandor(), r.referanse(),
                r.fodselsnummer(), r.fodselsdato(), r.innsatsgruppe(), r.gjennomforingId(), r.inntaksdato(),
                r.sluttdato(), r.kohort()));
        return ResponseEntity.created(URI.create(sti(kontraktId) + "/deltakere/" + id))
                .body(service.deltaker(kontraktId, id));
    }

    @Operation(summary = "The participants the caller may see (provider: own; fødselsnummer masked); every read audited")
    @GetMapping("/deltakere")
    List<Effektdeltaker> deltakere(@PathVariable UUID kontraktId) {
        return service.deltakere(kontraktId);
    }

    @Operation(summary = "One participant")
    @GetMapping("/deltakere/{deltakerId}")
    Effektdeltaker deltaker(@PathVariable UUID kontraktId, @PathVariable UUID deltakerId) {
        return service.deltaker(kontraktId, deltakerId);
    }

    @Operation(summary = "Set a participant's end date or cohort (provider); a stale version gets 409")
    @PutMapping("/deltakere/{deltakerId}")
    Effektdeltaker endre(@PathVariable UUID kontraktId, @PathVariable UUID deltakerId,
            @RequestBody EndreDeltakerRequest r) {
        service.endreDeltaker(new EndreDeltaker(kontraktId, deltakerId, r.version(), r.sluttdato(), r.kohort()));
        return service.deltaker(kontraktId, deltakerId);
    }

    @Operation(summary = "Register an outcome event with typed evidence (provider)")
    @PostMapping("/utfall")
    ResponseEntity<Utfallshendelse> utfall(@PathVariable UUID kontraktId, @RequestBody UtfallRequest r) {
        UUID id = service.registrerUtfall(new RegistrerUtfall(kontraktId, r.deltakerId(), r.maal(), r.dato(),
                r.verdi(), r.jobbforlop(), r.bevis()));
        return ResponseEntity.created(URI.create(sti(kontraktId) + "/utfall/" + id)).body(service.ettUtfall(kontraktId, id));
    }

    @Operation(summary = "One outcome event with its claim")
    @GetMapping("/utfall/{utfallId}")
    Utfallshendelse ettUtfall(@PathVariable UUID kontraktId, @PathVariable UUID utfallId) {
        return service.ettUtfall(kontraktId, utfallId);
    }

    @Operation(summary = "Import outcome events from CSV (provider): header referanse;maal;dato;verdi;jobbforlop;"
            + "bevistype;bevisreferanse; all lines or none")
    @PostMapping(path = "/utfall/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<Importresultat> importer(@PathVariable UUID kontraktId, @RequestBody String csv) {
        Importresultat resultat = service.importerUtfall(kontraktId, csv);
        return ResponseEntity.created(URI.create(sti(kontraktId) + "/utfall")).body(resultat);
    }

    @Operation(summary = "The outcome events the caller may see, optionally of one participant, with their claims")
    @GetMapping("/utfall")
    List<Utfallshendelse> utfallsliste(
            @PathVariable UUID kontraktId, @RequestParam(required = false) @Nullable UUID deltakerId) {
        return service.utfall(kontraktId, deltakerId);
    }

    @Operation(summary = "Job-retention checkpoints scheduled from job starts, with their reminder state")
    @GetMapping("/sjekkpunkter")
    List<Sjekkpunktstatus> sjekkpunkter(@PathVariable UUID kontraktId) {
        return service.sjekkpunkter(kontraktId);
    }

    @Operation(summary = "The caller's notifications in the contract: checkpoints, approved claims, payments")
    @GetMapping("/varsler")
    List<Effektvarsel> varsler(@PathVariable UUID kontraktId) {
        return service.varsler(kontraktId);
    }

    @Operation(summary = "Mark a notification as read (provider)")
    @PostMapping("/varsler/{varselId}/lest")
    ResponseEntity<Void> lest(@PathVariable UUID kontraktId, @PathVariable UUID varselId) {
        service.merkLest(kontraktId, varselId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Register a soft-outcome reading on a 1-10 scale (provider)")
    @PostMapping("/myke-resultater")
    ResponseEntity<MykeResultater> myk(@PathVariable UUID kontraktId, @RequestBody MykMaalingRequest r) {
        service.registrerMykMaaling(new RegistrerMykMaaling(kontraktId, r.deltakerId(), r.skala(), r.dato(),
                r.egenvurdering(), r.veiledervurdering()));
        return ResponseEntity.created(URI.create(sti(kontraktId) + "/myke-resultater"))
                .body(service.mykeResultater(kontraktId));
    }

    @Operation(summary = "Soft outcomes per scale with each participant's distance travelled and the averages")
    @GetMapping("/myke-resultater")
    MykeResultater myke(@PathVariable UUID kontraktId) {
        return service.mykeResultater(kontraktId);
    }

    private static String sti(UUID kontraktId) {
        return EffektkontraktApiController.PATH + "/" + kontraktId;
    }
}
