package no.samskap.audit;

import no.samskap.audit.persistence.AuditEntryRepository;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.platform.Side;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators (TILTAKSADMIN) ask of the audit log: who has read or changed one person's data, and whether the
 * chain is intact. Looking a person up is itself audited.
 */
@Service
public class AuditOppslag {

    static final String RESSURS = "audit";

    private final AuditEntryRepository repository;
    private final AuditLog auditLog;
    private final TilgangService tilgang;
    private final FodselsnummerRegler fodselsnummerRegler;

    AuditOppslag(
            AuditEntryRepository repository,
            AuditLog auditLog,
            TilgangService tilgang,
            FodselsnummerRegler fodselsnummerRegler) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.tilgang = tilgang;
        this.fodselsnummerRegler = fodselsnummerRegler;
    }

    /** Throws 403 unless the current user is an administrator. */
    public void krevTilgang() {
        tilgang.krev(Rolle.TILTAKSADMIN);
    }

    /**
     * The audit entries about one person, newest first, paged ({@code side} from 0). Every page view is recorded with
     * purpose KONTROLL, after the list is read.
     *
     * @param tilOgMedSekvens the newest entry the pages cover, as the first page answered it; null for a new lookup.
     *     Later pages that send it back do not shift as new entries (such as these lookups) arrive.
     * @throws InvalidInput when the fødselsnummer is missing or invalid (never echoed)
     */
    @Transactional
    public Personlogg forPerson(@Nullable String fodselsnummer, @Nullable Integer side, @Nullable Integer storrelse,
            @Nullable Long tilOgMedSekvens) {
        krevTilgang();
        var feil = InvalidInput.collector();
        Fodselsnummer fnr = fodselsnummerRegler.kontroller(fodselsnummer, "fodselsnummer", feil);
        feil.throwIfAny();
        var foresporsel = Side.foresporsel(side, storrelse);
        long til = tilOgMedSekvens != null && tilOgMedSekvens > 0 ? tilOgMedSekvens : repository.sisteSekvens();
        var linjer = repository.forPerson(fnr.verdi(), til, foresporsel.offset(), foresporsel.storrelse()).stream()
                .map(l -> new AuditLinje(l.sekvens(), l.tidspunkt(), l.utfortAv(), l.rolle(), l.handling(),
                        l.ressursType(), l.ressursId(), l.formaal() == null ? null : Formaal.valueOf(l.formaal()),
                        l.mangePersoner()))
                .toList();
        long totalt = repository.antallForPerson(fnr.verdi(), til);
        auditLog.registrer("LES", RESSURS, "oppslag", fnr.verdi(), Formaal.KONTROLL);
        return new Personlogg(new Side<>(linjer, foresporsel.side(), foresporsel.storrelse(), totalt), til);
    }

    /**
     * One page of a person's audit trail.
     *
     * @param tilOgMedSekvens the newest entry the pages of this lookup cover: send it back for the next pages
     */
    public record Personlogg(Side<AuditLinje> side, long tilOgMedSekvens) {}

    /** Walks the chain (see {@link AuditLog#verifiser()}); administrators only. */
    @Transactional(readOnly = true)
    public AuditVerifisering kontrollerKjeden() {
        krevTilgang();
        return auditLog.verifiser();
    }
}
