package no.samskap.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import no.samskap.audit.AuditLinje;
import no.samskap.audit.AuditOppslag;
import no.samskap.audit.AuditVerifisering;
import no.samskap.platform.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators (TILTAKSADMIN): a person's audit trail and the chain check. */
@RestController
@RequestMapping("/api/v1/revisjonslogg")
class RevisjonsloggApiController {

    private final AuditOppslag oppslag;

    RevisjonsloggApiController(AuditOppslag oppslag) {
        this.oppslag = oppslag;
    }

    record SokRequest(
            @Nullable String fodselsnummer,
            @Nullable Integer side,
            @Nullable Integer storrelse,
            @Nullable Long tilOgMedSekvens) {}

    /** A page like every list's, plus the bound that keeps the next pages from shifting. */
    record SokResponse(List<AuditLinje> innhold, int side, int storrelse, long totalt, long tilOgMedSekvens) {}

    record BruddResponse(long sekvens, UUID id, String aarsak) {}

    record KontrollResponse(boolean gyldig, long kontrollert, @Nullable BruddResponse forsteBrudd) {}

    @Operation(summary = "The audit entries about one person, newest first (the number goes in the body; each lookup "
            + "is itself audited); side from 0; send tilOgMedSekvens from the first page back for the next pages")
    @PostMapping("/sok")
    SokResponse sok(@RequestBody SokRequest request) {
        AuditOppslag.Personlogg logg = oppslag.forPerson(
                request.fodselsnummer(), request.side(), request.storrelse(), request.tilOgMedSekvens());
        Side<AuditLinje> s = logg.side();
        return new SokResponse(s.innhold(), s.side(), s.storrelse(), s.totalt(), logg.tilOgMedSekvens());
    }

    @Operation(summary = "Walks the hash chain and reports the first broken entry")
    @GetMapping("/kontroll")
    KontrollResponse kontroll() {
        AuditVerifisering v = oppslag.kontrollerKjeden();
        AuditVerifisering.BruttEntry b = v.forsteBrudd();
        return new KontrollResponse(v.gyldig(), v.kontrollert(),
                b == null ? null : new BruddResponse(b.sekvens(), b.id(), b.aarsak()));
    }
}
