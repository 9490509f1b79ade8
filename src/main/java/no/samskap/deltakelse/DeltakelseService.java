package no.samskap.deltakelse;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.deltakelse.domain.Aarsak;
import no.samskap.deltakelse.domain.Statusregler;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments: a counsellor enrols a person, moves the enrolment through its statuses, and the implementation's
 * places are given under a per-implementation lock so that they are never overbooked. Every read and write of the
 * person's data is audited in the same transaction.
 */
@Service
public class DeltakelseService {

    static final String RESSURS = "deltakelse";
    static final int MAKS_NAVN = 200;
    private static final String SYSTEM = "system";

    private final DeltakelseRepository repository;
    private final GjennomforingService gjennomforinger;
    private final FodselsnummerRegler fodselsnummerRegler;
    private final TilgangService tilgang;
    private final AuditLog audit;
    private final Clock clock;

    DeltakelseService(DeltakelseRepository repository, GjennomforingService gjennomforinger,
            FodselsnummerRegler fodselsnummerRegler, TilgangService tilgang, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.gjennomforinger = gjennomforinger;
        this.fodselsnummerRegler = fodselsnummerRegler;
        this.tilgang = tilgang;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Enrols a person (VEILEDER only). LOPENDE intake: VENTER_PA_OPPSTART when a place is free, else VENTELISTE;
     * FELLES intake: SOKT_INN.
     *
     * @throws InvalidInput all field errors together (the fødselsnummer is never echoed)
     * @throws BusinessRuleViolation when the implementation is not published and open for enrolment
     */
    @Transactional
    public UUID meldPa(MeldPa command) {
        Innlogget bruker = tilgang.krev(Rolle.VEILEDER);
        var feil = InvalidInput.collector();
        feil.check(command.gjennomforingId() != null, "gjennomforingId", DeltakelseProblem.GJENNOMFORING_PAAKREVD);
        Fodselsnummer fnr = fodselsnummerRegler.kontroller(command.fodselsnummer(), "fodselsnummer", feil);
        String navn = command.navn() == null ? "" : command.navn().strip();
        feil.check(!navn.isEmpty(), "navn", DeltakelseProblem.NAVN_PAAKREVD);
        feil.check(navn.length() <= MAKS_NAVN, "navn", DeltakelseProblem.NAVN_FOR_LANGT, MAKS_NAVN);
        feil.throwIfAny();
        GjennomforingDetails g = gjennomforing(command.gjennomforingId());
        if (g.oppstartstype() == Oppstartstype.LOPENDE && command.startdato() == null) {
            feil.add("startdato", DeltakelseProblem.STARTDATO_PAAKREVD);
        }
        feil.throwIfAny();
        if (!g.publisert() || !g.apentForPamelding()) {
            throw new BusinessRuleViolation(DeltakelseProblem.GJENNOMFORING_IKKE_APEN, "gjennomforingId");
        }
        DeltakelseStatus status;
        if (g.oppstartstype() == Oppstartstype.FELLES) {
            status = DeltakelseStatus.SOKT_INN;
        } else {
            repository.laasPlasser(g.id());
            status = repository.antallSomTarPlass(g.id()) < g.antallPlasser()
                    ? DeltakelseStatus.VENTER_PA_OPPSTART
                    : DeltakelseStatus.VENTELISTE;
        }
        Instant naa = clock.instant();
        var d = new DeltakelseDetails(UUID.randomUUID(), g.id(), fnr.verdi(), navn, status, command.startdato(), null,
                command.innhold(), bruker.ident(), bruker.navEnhet(), 0);
        repository.insert(d, naa);
        repository.historikk(d.id(), null, status, null, bruker.ident(), naa);
        audit.registrer("OPPRETT", RESSURS, d.id().toString(), fnr.verdi(), Formaal.OPPFOLGING);
        return d.id();
    }

    /**
     * Moves an enrolment to another status (VEILEDER only), by the status rules; when this frees a place, the first
     * on the waiting list gets it.
     *
     * @throws BusinessRuleViolation when the move or its reason breaks the rules
     * @throws StaleVersion when someone else changed the enrolment since {@code version}
     */
    @Transactional
    public void endreStatus(UUID id, @Nullable DeltakelseStatus til, @Nullable Aarsak aarsak, @Nullable Long version) {
        Innlogget bruker = tilgang.krev(Rolle.VEILEDER);
        var feil = InvalidInput.collector();
        feil.check(til != null, "til", DeltakelseProblem.STATUS_PAAKREVD);
        feil.check(version != null, "version", DeltakelseProblem.VERSION_PAAKREVD);
        feil.throwIfAny();
        DeltakelseDetails d = repository.find(id).orElseThrow(() -> new NotFound(RESSURS, id));
        GjennomforingDetails g = gjennomforinger.get(d.gjennomforingId());
        Statusregler.kontroller(d.status(), til, g.oppstartstype(), aarsak);
        repository.laasPlasser(g.id());
        if (til.tarPlass() && !d.status().tarPlass() && repository.antallSomTarPlass(g.id()) >= g.antallPlasser()) {
            throw new BusinessRuleViolation(DeltakelseProblem.INGEN_LEDIG_PLASS, "til");
        }
        Instant naa = clock.instant();
        if (!repository.oppdaterStatus(id, til, version, naa)) {
            throw new StaleVersion(RESSURS, id);
        }
        repository.historikk(id, d.status(), til, aarsak, bruker.ident(), naa);
        audit.registrer("ENDRE", RESSURS, id.toString(), d.fodselsnummer(), Formaal.OPPFOLGING);
        if (d.status().tarPlass() && !til.tarPlass()) {
            giLedigPlass(g, naa);
        }
    }

    /** One enrolment (VEILEDER only); the read is audited. */
    @Transactional
    public DeltakelseDetails hent(UUID id) {
        tilgang.krev(Rolle.VEILEDER);
        DeltakelseDetails d = repository.find(id).orElseThrow(() -> new NotFound(RESSURS, id));
        audit.registrer("LES", RESSURS, id.toString(), d.fodselsnummer(), Formaal.OPPFOLGING);
        return d;
    }

    /** The implementation if the counsellor may see it; one not published is not open for enrolment (422). */
    private GjennomforingDetails gjennomforing(UUID id) {
        try {
            return gjennomforinger.get(id);
        } catch (NotFound e) {
            throw new BusinessRuleViolation(DeltakelseProblem.GJENNOMFORING_IKKE_APEN, "gjennomforingId");
        }
    }

    /** Gives a free place to the first on the waiting list, if any; the caller holds the implementation's lock. */
    private void giLedigPlass(GjennomforingDetails g, Instant naa) {
        if (repository.antallSomTarPlass(g.id()) >= g.antallPlasser()) {
            return;
        }
        repository.forsteIVenteliste(g.id()).flatMap(repository::find).ifPresent(neste -> {
            repository.oppdaterStatus(neste.id(), DeltakelseStatus.VENTER_PA_OPPSTART, neste.version(), naa);
            repository.historikk(neste.id(), DeltakelseStatus.VENTELISTE, DeltakelseStatus.VENTER_PA_OPPSTART, null, SYSTEM, naa);
            audit.registrer("ENDRE", RESSURS, neste.id().toString(), neste.fodselsnummer(), Formaal.SYSTEM);
        });
    }
}
