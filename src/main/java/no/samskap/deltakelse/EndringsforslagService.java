package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import no.samskap.audit.AuditLog;
import no.samskap.deltakelse.domain.Aarsak;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider proposes changes to an enrolment (extend, end with a reason, change start or end date, change
 * participation percentage); the counsellor of the enrolment's office approves (the change is then made) or rejects
 * with a reason. Open proposals are visible to both, and to the participant, on the enrolment.
 */
@Service
public class EndringsforslagService {

    static final String RESSURS = "endringsforslag";
    static final int MAKS_BEGRUNNELSE = 1000;
    private static final EnumSet<DeltakelseStatus> KAN_SLUTTE = EnumSet.of(DeltakelseStatus.DELTAR);

    private final DeltakelseRepository repository;
    private final DeltakelseService deltakelser;
    private final Deltakelsesendring endring;
    private final Deltakelsestilgang tilgang;
    private final AuditLog audit;
    private final Clock clock;

    EndringsforslagService(DeltakelseRepository repository, DeltakelseService deltakelser, Deltakelsesendring endring,
            Deltakelsestilgang tilgang, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.deltakelser = deltakelser;
        this.endring = endring;
        this.tilgang = tilgang;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A provider user proposes a change to an enrolment at one of its providers; the counsellor who enrolled the
     * person is notified.
     *
     * @throws InvalidInput all field errors together
     * @throws BusinessRuleViolation when the enrolment has ended or a proposal of this kind is already open
     */
    @Transactional
    public UUID foreslaa(NyttForslag command) {
        var t = tilgang.arrangor();
        Deltakelse d = deltakelser.synlig(t, command.deltakelseId());
        var feil = InvalidInput.collector();
        Forslagstype type = command.type();
        feil.check(type != null, "type", DeltakelseProblem.FORSLAGSTYPE_PAAKREVD);
        String begrunnelse = DeltakelseService.tekst(command.begrunnelse());
        feil.check(begrunnelse == null || begrunnelse.length() <= MAKS_BEGRUNNELSE, "begrunnelse",
                DeltakelseProblem.BEGRUNNELSE_FOR_LANG, MAKS_BEGRUNNELSE);
        Aarsak aarsak = null;
        if (type != null) {
            switch (type) {
                case FORLENG -> {
                    feil.check(command.sluttdato() != null, "sluttdato", DeltakelseProblem.SLUTTDATO_PAAKREVD);
                    feil.check(command.sluttdato() == null || d.sluttdato() == null
                                    || command.sluttdato().isAfter(d.sluttdato()),
                            "sluttdato", DeltakelseProblem.FORLENGELSE_MA_VAERE_SENERE);
                    DeltakelseService.kontrollerDatoer(d.startdato(), command.sluttdato(), feil);
                }
                case ENDRE_SLUTTDATO -> {
                    feil.check(command.sluttdato() != null, "sluttdato", DeltakelseProblem.SLUTTDATO_PAAKREVD);
                    DeltakelseService.kontrollerDatoer(d.startdato(), command.sluttdato(), feil);
                }
                case AVSLUTT -> {
                    feil.check(command.sluttdato() != null, "sluttdato", DeltakelseProblem.SLUTTDATO_PAAKREVD);
                    DeltakelseService.kontrollerDatoer(d.startdato(), command.sluttdato(), feil);
                    feil.check(command.aarsak() != null, "aarsak", DeltakelseProblem.AARSAK_PAAKREVD_FELT);
                    if (command.aarsak() != null) {
                        try {
                            aarsak = new Aarsak(command.aarsak(), command.aarsakBeskrivelse());
                        } catch (InvalidInput e) {
                            feil.addAll(e.violations());
                        }
                    }
                }
                case ENDRE_STARTDATO -> {
                    feil.check(command.startdato() != null, "startdato", DeltakelseProblem.STARTDATO_PAAKREVD_FORSLAG);
                    DeltakelseService.kontrollerDatoer(command.startdato(), d.sluttdato(), feil);
                }
                case ENDRE_DELTAKELSESPROSENT -> {
                    feil.check(command.deltakelsesprosent() != null, "deltakelsesprosent",
                            DeltakelseProblem.PROSENT_PAAKREVD);
                    DeltakelseService.kontrollerProsent(command.deltakelsesprosent(), feil);
                }
            }
        }
        feil.throwIfAny();
        if (d.status().erAvsluttende()) {
            throw new BusinessRuleViolation(DeltakelseProblem.DELTAKELSE_AVSLUTTET, "status");
        }
        if (repository.harApentForslag(d.id(), type)) {
            throw new BusinessRuleViolation(DeltakelseProblem.FORSLAG_FINNES_ALLEREDE, "type");
        }
        Instant naa = clock.instant();
        boolean medStart = type == Forslagstype.ENDRE_STARTDATO;
        boolean medSlutt = EnumSet.of(Forslagstype.FORLENG, Forslagstype.ENDRE_SLUTTDATO, Forslagstype.AVSLUTT).contains(type);
        var forslag = new Endringsforslag(UUID.randomUUID(), d.id(), type, medStart ? command.startdato() : null,
                medSlutt ? command.sluttdato() : null,
                type == Forslagstype.ENDRE_DELTAKELSESPROSENT ? command.deltakelsesprosent() : null,
                aarsak == null ? null : aarsak.type(), aarsak == null ? null : aarsak.beskrivelse(), begrunnelse,
                Forslagsstatus.VENTER, t.bruker().ident(), naa, null, null, null, 0);
        repository.insertForslag(forslag);
        repository.varsle(d.opprettetAv(), d.id(), Varseltype.NYTT_FORSLAG, naa);
        audit.registrer("OPPRETT", RESSURS, forslag.id().toString(), d.fodselsnummer(), t.formaal());
        return forslag.id();
    }

    /**
     * The counsellor of the enrolment's office approves an open proposal: the change is made as if the counsellor
     * made it (status rules and places apply). An approved end on a later date sets the end date only: the person
     * keeps the place until then, and the nightly job ends the enrolment with the proposal's reason.
     *
     * @throws StaleVersion when the proposal was answered or the enrolment changed since it was read
     */
    @Transactional
    public void godkjenn(UUID deltakelseId, UUID forslagId, @Nullable Long version) {
        var t = tilgang.veileder();
        var feil = InvalidInput.collector();
        feil.check(version != null, "version", DeltakelseProblem.VERSION_PAAKREVD);
        feil.throwIfAny();
        Endringsforslag f = apentForslag(deltakelseId, forslagId);
        Deltakelse d = deltakelser.synlig(t, f.deltakelseId());
        if (!repository.besvarForslag(f.id(), version, Forslagsstatus.GODKJENT, t.bruker().ident(), null, clock.instant())) {
            throw new StaleVersion(RESSURS, f.id());
        }
        switch (f.type()) {
            case FORLENG, ENDRE_SLUTTDATO -> nyeVerdier(d, d.startdato(), f.sluttdato(), d.deltakelsesprosent(), t);
            case ENDRE_STARTDATO -> nyeVerdier(d, f.startdato(), d.sluttdato(), d.deltakelsesprosent(), t);
            case ENDRE_DELTAKELSESPROSENT -> nyeVerdier(d, d.startdato(), d.sluttdato(), f.deltakelsesprosent(), t);
            case AVSLUTT -> {
                Aarsak aarsak = new Aarsak(f.aarsak(), f.aarsakBeskrivelse());
                DeltakelseStatus til = avslutning(d.status(),
                        deltakelser.gjennomforingForDeltakelse(d).oppstartstype(), aarsak);
                if (til != DeltakelseStatus.IKKE_AKTUELL && f.sluttdato() != null
                        && f.sluttdato().isAfter(LocalDate.now(clock))) {
                    // the person takes part until the end date; the nightly DeltakelseAvslutningJobb ends the
                    // enrolment the day after, with this proposal's reason
                    nyeVerdier(d, d.startdato(), f.sluttdato(), d.deltakelsesprosent(), t);
                } else {
                    LocalDate slutt = til == DeltakelseStatus.IKKE_AKTUELL ? null : f.sluttdato();
                    deltakelser.flyttStatus(d, til, aarsak, slutt, t.bruker().ident(), t.formaal());
                }
            }
        }
    }

    /** Saves {@code d} with these dates and percentage, its status unchanged (the dates are checked first). */
    private void nyeVerdier(Deltakelse d, @Nullable LocalDate start, @Nullable LocalDate slutt,
            @Nullable BigDecimal prosent, Deltakelsestilgang.Tilgang t) {
        var feil = InvalidInput.collector();
        DeltakelseService.kontrollerDatoer(start, slutt, feil);
        feil.throwIfAny();
        endring.lagre(d, d.med(d.status(), start, slutt, prosent, d.innhold()),
                deltakelser.gjennomforingForDeltakelse(d).antallPlasser(), null, t.bruker().ident(), t.formaal());
    }

    /** The counsellor of the enrolment's office rejects an open proposal, with a reason the provider sees. */
    @Transactional
    public void avvis(UUID deltakelseId, UUID forslagId, @Nullable String begrunnelse, @Nullable Long version) {
        var t = tilgang.veileder();
        var feil = InvalidInput.collector();
        String tekst = DeltakelseService.tekst(begrunnelse);
        feil.check(tekst != null, "begrunnelse", DeltakelseProblem.AVVISNING_BEGRUNNELSE_PAAKREVD);
        feil.check(tekst == null || tekst.length() <= MAKS_BEGRUNNELSE, "begrunnelse",
                DeltakelseProblem.BEGRUNNELSE_FOR_LANG, MAKS_BEGRUNNELSE);
        feil.check(version != null, "version", DeltakelseProblem.VERSION_PAAKREVD);
        feil.throwIfAny();
        Endringsforslag f = apentForslag(deltakelseId, forslagId);
        Deltakelse d = deltakelser.synlig(t, f.deltakelseId());
        if (!repository.besvarForslag(f.id(), version, Forslagsstatus.AVVIST, t.bruker().ident(), tekst, clock.instant())) {
            throw new StaleVersion(RESSURS, f.id());
        }
        audit.registrer("ENDRE", RESSURS, f.id().toString(), d.fodselsnummer(), t.formaal());
    }

    /** Which final status ending from {@code fra} leads to: before the start it never became relevant. */
    static DeltakelseStatus avslutning(DeltakelseStatus fra, Oppstartstype oppstart, Aarsak aarsak) {
        if (!KAN_SLUTTE.contains(fra)) {
            return DeltakelseStatus.IKKE_AKTUELL;
        }
        if (oppstart == Oppstartstype.LOPENDE) {
            return DeltakelseStatus.HAR_SLUTTET;
        }
        return aarsak.type() == Aarsakstype.FERDIG ? DeltakelseStatus.FULLFORT : DeltakelseStatus.AVBRUTT;
    }

    private Endringsforslag apentForslag(UUID deltakelseId, UUID id) {
        Endringsforslag f = repository.finnForslag(id).filter(x -> x.deltakelseId().equals(deltakelseId))
                .orElseThrow(() -> new NotFound(RESSURS, id));
        if (f.status() != Forslagsstatus.VENTER) {
            throw new BusinessRuleViolation(DeltakelseProblem.FORSLAG_ER_BESVART, "forslag");
        }
        return f;
    }
}
