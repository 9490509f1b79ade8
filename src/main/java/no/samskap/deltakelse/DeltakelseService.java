package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.deltakelse.domain.Aarsak;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetKatalog;
import no.samskap.deltakelse.domain.Statusregler;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.platform.Side;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Rolle;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.Oppstartstype;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolments: a counsellor enrols a person, changes dates and status; providers and participants read theirs (see
 * {@link Deltakelsestilgang}). The implementation's places are never overbooked (see {@link Deltakelsesendring}).
 * Every read and write of a person's data is audited in the same transaction, with why.
 */
@Service
public class DeltakelseService {

    static final String RESSURS = "deltakelse";
    static final String SYSTEMBRUKER = "system";
    static final int MAKS_NAVN = 200;
    static final int MAKS_INNHOLD = 2000;
    static final int MAKS_VALG = 50;

    private final DeltakelseRepository repository;
    private final Deltakelsesendring endring;
    private final Deltakelsestilgang tilgang;
    private final GjennomforingService gjennomforinger;
    private final TiltakstypeKatalog tiltakstyper;
    private final FodselsnummerRegler fodselsnummerRegler;
    private final DeltakelseHendelser hendelser;
    private final AuditLog audit;
    private final NavEnhetKatalog navEnheter;
    private final Clock clock;

    DeltakelseService(DeltakelseRepository repository, Deltakelsesendring endring, Deltakelsestilgang tilgang,
            GjennomforingService gjennomforinger, TiltakstypeKatalog tiltakstyper,
            FodselsnummerRegler fodselsnummerRegler, DeltakelseHendelser hendelser, AuditLog audit,
            NavEnhetKatalog navEnheter, Clock clock) {
        this.repository = repository;
        this.endring = endring;
        this.tilgang = tilgang;
        this.gjennomforinger = gjennomforinger;
        this.tiltakstyper = tiltakstyper;
        this.fodselsnummerRegler = fodselsnummerRegler;
        this.hendelser = hendelser;
        this.audit = audit;
        this.navEnheter = navEnheter;
        this.clock = clock;
    }

    /**
     * Enrols a person (counsellor only; the enrolment belongs to the counsellor's office). LOPENDE intake:
     * VENTER_PA_OPPSTART when a place is free, else VENTELISTE; FELLES intake: SOKT_INN.
     *
     * @throws InvalidInput all field errors together (the fødselsnummer is never echoed)
     * @throws BusinessRuleViolation when the implementation is not published and open for enrolment, or the person
     *     already has an enrolment in it that has not ended
     */
    @Transactional
    public UUID meldPa(MeldPa command) {
        var t = tilgang.veileder();
        var feil = InvalidInput.collector();
        feil.check(command.gjennomforingId() != null, "gjennomforingId", DeltakelseProblem.GJENNOMFORING_PAAKREVD);
        Fodselsnummer fnr = fodselsnummerRegler.kontroller(command.fodselsnummer(), "fodselsnummer", feil);
        String navn = command.navn() == null ? "" : command.navn().strip();
        feil.check(!navn.isEmpty(), "navn", DeltakelseProblem.NAVN_PAAKREVD);
        feil.check(navn.length() <= MAKS_NAVN, "navn", DeltakelseProblem.NAVN_FOR_LANGT, MAKS_NAVN);
        String innhold = tekst(command.innhold());
        feil.check(innhold == null || innhold.length() <= MAKS_INNHOLD, "innhold", DeltakelseProblem.INNHOLD_FOR_LANGT,
                MAKS_INNHOLD);
        feil.throwIfAny();
        GjennomforingDetails g = gjennomforing(command.gjennomforingId());
        if (g.oppstartstype() == Oppstartstype.LOPENDE && command.startdato() == null) {
            feil.add("startdato", DeltakelseProblem.STARTDATO_PAAKREVD);
        }
        feil.throwIfAny();
        if (!g.publisert() || !g.apentForPamelding()) {
            throw new BusinessRuleViolation(DeltakelseProblem.GJENNOMFORING_IKKE_APEN, "gjennomforingId");
        }
        // Under the implementation's lock: two counsellors enrolling the same person at once make one enrolment.
        repository.laasPlasser(g.id());
        if (repository.harApenDeltakelse(g.id(), fnr.verdi())) {
            throw new BusinessRuleViolation(DeltakelseProblem.ALLEREDE_PAMELDT, "fodselsnummer");
        }
        DeltakelseStatus status;
        if (g.oppstartstype() == Oppstartstype.FELLES) {
            status = DeltakelseStatus.SOKT_INN;
        } else {
            status = repository.antallSomTarPlass(g.id()) < g.antallPlasser()
                    ? DeltakelseStatus.VENTER_PA_OPPSTART
                    : DeltakelseStatus.VENTELISTE;
        }
        Instant naa = clock.instant();
        var d = new Deltakelse(UUID.randomUUID(), g.id(), g.arrangorId(), fnr.verdi(), navn, status,
                command.startdato(), null, null, innhold, t.bruker().ident(), t.bruker().navEnhet(), 0);
        repository.insert(d, naa);
        repository.historikk(d.id(), null, status, null, t.bruker().ident(), naa);
        audit.registrer("OPPRETT", RESSURS, d.id().toString(), fnr.verdi(), Formaal.OPPFOLGING);
        hendelser.endret(d, null, naa);
        hendelser.plasser(g.id(), g.antallPlasser());
        return d.id();
    }

    /**
     * The enrol form of an implementation the counsellor may see (404 otherwise): whether it is open for enrolment,
     * its places and waiting list, and the content and start date to prefill.
     */
    @Transactional(readOnly = true)
    public PameldingSkjema pameldingSkjema(UUID gjennomforingId) {
        tilgang.veileder();
        GjennomforingDetails g = gjennomforinger.get(gjennomforingId);
        String innhold = g.beskrivelse() != null ? g.beskrivelse() : tiltakstyper.beskrivelse(g.tiltakskode()).orElse(null);
        if (innhold != null && innhold.length() > MAKS_INNHOLD) {
            innhold = innhold.substring(0, MAKS_INNHOLD);
        }
        LocalDate idag = LocalDate.now(clock);
        LocalDate start = g.oppstartstype() != Oppstartstype.LOPENDE ? null
                : g.startdato().isAfter(idag) ? g.startdato() : idag;
        return new PameldingSkjema(g.id(), g.navn(), g.arrangorNavn(), g.oppstartstype(),
                g.publisert() && g.apentForPamelding(), g.antallPlasser(), repository.antallSomTarPlass(g.id()),
                repository.antallIVenteliste(g.id()), innhold, start);
    }

    /**
     * Changes dates, participation percentage and content (counsellor of the enrolment's office). Null clears a
     * value; the start date stays required once a place is taken.
     */
    @Transactional
    public void endre(EndreDeltakelse command) {
        var t = tilgang.veileder();
        Deltakelse d = synlig(t, command.id());
        var feil = InvalidInput.collector();
        feil.check(command.version() != null, "version", DeltakelseProblem.VERSION_PAAKREVD);
        String innhold = tekst(command.innhold());
        feil.check(innhold == null || innhold.length() <= MAKS_INNHOLD, "innhold", DeltakelseProblem.INNHOLD_FOR_LANGT,
                MAKS_INNHOLD);
        kontrollerProsent(command.deltakelsesprosent(), feil);
        kontrollerDatoer(command.startdato(), command.sluttdato(), feil);
        feil.check(command.startdato() != null || !d.status().tarPlass(), "startdato",
                DeltakelseProblem.STARTDATO_PAAKREVD);
        feil.throwIfAny();
        if (d.status().erAvsluttende()) {
            throw new BusinessRuleViolation(DeltakelseProblem.DELTAKELSE_AVSLUTTET, "status");
        }
        Deltakelse gammel = versjon(d, command.version());
        Deltakelse ny = gammel.med(gammel.status(), command.startdato(), command.sluttdato(),
                command.deltakelsesprosent(), innhold);
        endring.lagre(gammel, ny, antallPlasser(d), null, t.bruker().ident(), t.formaal());
    }

    /**
     * Moves an enrolment to another status (counsellor of its office), by the status rules; when this frees a place,
     * the first on the waiting list gets it. Starting sets the start date to today if none; ending sets the end date
     * to today if none or later.
     *
     * @throws BusinessRuleViolation when the move or its reason breaks the rules, or no place is free
     */
    @Transactional
    public void endreStatus(UUID id, @Nullable DeltakelseStatus til, @Nullable Aarsak aarsak, @Nullable Long version) {
        var t = tilgang.veileder();
        Deltakelse d = synlig(t, id);
        var feil = InvalidInput.collector();
        feil.check(til != null, "til", DeltakelseProblem.STATUS_PAAKREVD);
        feil.check(version != null, "version", DeltakelseProblem.VERSION_PAAKREVD);
        feil.throwIfAny();
        flyttStatus(versjon(d, version), til, aarsak, null, t.bruker().ident(), t.formaal());
    }

    /** Moves {@code d} to {@code til} (by the rules) with dates set as {@link #endreStatus} says. */
    void flyttStatus(Deltakelse d, DeltakelseStatus til, @Nullable Aarsak aarsak, @Nullable LocalDate sluttdato,
            String utfortAv, Formaal formaal) {
        GjennomforingDetails g = gjennomforingForDeltakelse(d);
        Statusregler.kontroller(d.status(), til, g.oppstartstype(), aarsak);
        LocalDate idag = LocalDate.now(clock);
        LocalDate start = d.startdato();
        LocalDate slutt = sluttdato != null ? sluttdato : d.sluttdato();
        if (til == DeltakelseStatus.DELTAR && start == null) {
            start = idag;
        }
        if (EnumSet.of(DeltakelseStatus.HAR_SLUTTET, DeltakelseStatus.FULLFORT, DeltakelseStatus.AVBRUTT).contains(til)
                && sluttdato == null && (slutt == null || slutt.isAfter(idag))) {
            slutt = start != null && start.isAfter(idag) ? start : idag;
        }
        Deltakelse ny = d.med(til, start, slutt, d.deltakelsesprosent(), d.innhold());
        endring.lagre(d, ny, g.antallPlasser(), aarsak, utfortAv, formaal);
    }

    /**
     * Ends an enrolment that takes part and whose end date has passed (the nightly job; no user): with the reason of
     * the approved end proposal that set this end date, or else as finished (FERDIG). FELLES intake ends as FULLFORT
     * or AVBRUTT, LOPENDE as HAR_SLUTTET; a freed place goes to the first on the waiting list.
     *
     * @return false when the enrolment no longer needs ending (changed since it was listed)
     */
    @Transactional
    boolean avsluttEtterSluttdato(UUID id, LocalDate idag) {
        Deltakelse d = repository.find(id).orElse(null);
        if (d == null || d.status() != DeltakelseStatus.DELTAR || d.sluttdato() == null || !d.sluttdato().isBefore(idag)) {
            return false;
        }
        LocalDate slutt = d.sluttdato();
        Aarsak aarsak = repository.forslag(id).stream()
                .filter(f -> f.type() == Forslagstype.AVSLUTT && f.status() == Forslagsstatus.GODKJENT
                        && slutt.equals(f.sluttdato()) && f.aarsak() != null)
                .findFirst()
                .map(f -> new Aarsak(f.aarsak(), f.aarsakBeskrivelse()))
                .orElse(Aarsak.av(Aarsakstype.FERDIG));
        DeltakelseStatus til = EndringsforslagService.avslutning(d.status(), gjennomforingForDeltakelse(d).oppstartstype(),
                aarsak);
        flyttStatus(d, til, aarsak, slutt, SYSTEMBRUKER, Formaal.SYSTEM);
        return true;
    }

    /** One enrolment the current user may see (404 otherwise); the read is audited. */
    @Transactional
    public DeltakelseDetails hent(UUID id) {
        var t = tilgang.lesetilgang();
        Deltakelse d = synlig(t, id);
        audit.registrer("LES", RESSURS, id.toString(), d.fodselsnummer(), t.formaal());
        GjennomforingDetails g = gjennomforingForDeltakelse(d);
        List<Endringsforslag> forslag = repository.forslag(id);
        boolean veileder = t.som() == Rolle.VEILEDER;
        boolean apen = !d.status().erAvsluttende();
        var handlinger = new DeltakelseDetails.Handlinger(
                veileder ? Statusregler.tillatteOverganger(d.status(), g.oppstartstype()) : EnumSet.noneOf(DeltakelseStatus.class),
                veileder && apen,
                t.som() == Rolle.ARRANGOR && apen,
                veileder && apen && forslag.stream().anyMatch(f -> f.status() == Forslagsstatus.VENTER));
        List<KontaktpersonInfo> kontakter = g.arrangorKontaktpersoner();
        return new DeltakelseDetails(d.id(), d.gjennomforingId(), g.navn(), g.arrangorNavn(), g.oppstartstype(),
                t.maskert() ? maskert(d.fodselsnummer()) : d.fodselsnummer(), d.navn(), d.status(), d.startdato(),
                d.sluttdato(), d.deltakelsesprosent(), d.innhold(), d.navEnhet(),
                d.navEnhet() == null ? null : navEnheter.finn(d.navEnhet()).map(NavEnhetInfo::navn).orElse(null),
                d.version(), repository.historikk(id),
                forslag, kontakter, handlinger);
    }

    /**
     * As {@link #hent}, for a page meant for one role (a counsellor's form, a provider's proposal, the participant's
     * own pages): 403 when the user does not act in that role, 404 when the enrolment is not theirs to see.
     */
    @Transactional
    public DeltakelseDetails hentSom(Rolle rolle, UUID id) {
        tilgang.som(rolle);
        return hent(id);
    }

    /** The participant's own enrolments, newest change first (participants only). Each is an audited read. */
    @Transactional
    public Side<DeltakelseSummary> mine(@Nullable Integer side) {
        tilgang.som(Rolle.DELTAKER);
        return list(new DeltakelseFilter(null, null, side, null));
    }

    /**
     * The enrolments the current user may see (own office / own providers / own), newest change first. Every listed
     * enrolment is an audited read.
     */
    @Transactional
    public Side<DeltakelseSummary> list(DeltakelseFilter filter) {
        var t = tilgang.lesetilgang();
        Side<Deltakelse> side = repository.list(t.synlighet(), filter);
        return side.map(oppsummering(t));
    }

    /**
     * The implementations the current user's enrolments are in (at most {@value #MAKS_VALG}, those with the newest
     * change first), to filter the list by. Names only: no personal data.
     */
    @Transactional(readOnly = true)
    public List<GjennomforingValg> gjennomforingValg() {
        var t = tilgang.lesetilgang();
        return repository.gjennomforingIds(t.synlighet(), MAKS_VALG).stream()
                .flatMap(id -> gjennomforinger.finnForDeltakelse(id).stream())
                .map(g -> new GjennomforingValg(g.id(), g.navn()))
                .sorted(java.util.Comparator.comparing(GjennomforingValg::navn))
                .toList();
    }

    /** Throws {@code AccessDeniedException} (403) unless the current user may look up a person's enrolments. */
    public void krevPersonsok() {
        tilgang.veileder();
    }

    /** A person's enrolments at the counsellor's office; the lookup is audited even when it finds nothing. */
    @Transactional
    public List<DeltakelseSummary> forPerson(@Nullable String fodselsnummer) {
        var t = tilgang.veileder();
        var feil = InvalidInput.collector();
        Fodselsnummer fnr = fodselsnummerRegler.kontroller(fodselsnummer, "fodselsnummer", feil);
        feil.throwIfAny();
        List<Deltakelse> funnet = repository.forPerson(fnr.verdi(), t.bruker().navEnhet());
        if (funnet.isEmpty()) {
            audit.registrer("LES", RESSURS, "sok", fnr.verdi(), t.formaal());
        }
        return funnet.stream().map(oppsummering(t)).toList();
    }

    private java.util.function.Function<Deltakelse, DeltakelseSummary> oppsummering(Deltakelsestilgang.Tilgang t) {
        Map<UUID, Optional<GjennomforingDetails>> lest = new HashMap<>();
        return d -> {
            audit.registrer("LES", RESSURS, d.id().toString(), d.fodselsnummer(), t.formaal());
            Optional<GjennomforingDetails> g = lest.computeIfAbsent(d.gjennomforingId(), gjennomforinger::finnForDeltakelse);
            return new DeltakelseSummary(d.id(), d.gjennomforingId(), g.map(GjennomforingDetails::navn).orElse(null),
                    g.map(GjennomforingDetails::arrangorNavn).orElse(null), maskert(d.fodselsnummer()), d.navn(),
                    d.status(), d.startdato(), d.sluttdato(), repository.antallApneForslag(d.id()));
        };
    }

    /** The enrolment if the user may see it, else 404 (whether it exists is not revealed). */
    Deltakelse synlig(Deltakelsestilgang.Tilgang t, UUID id) {
        return repository.find(id).filter(t::kanSe).orElseThrow(() -> new NotFound(RESSURS, id));
    }

    GjennomforingDetails gjennomforingForDeltakelse(Deltakelse d) {
        return gjennomforinger.finnForDeltakelse(d.gjennomforingId())
                .orElseThrow(() -> new NotFound("gjennomforing", d.gjennomforingId()));
    }

    private int antallPlasser(Deltakelse d) {
        return gjennomforingForDeltakelse(d).antallPlasser();
    }

    /** {@code d} as the caller last saw it, or 409 when that is not the stored version. */
    private static Deltakelse versjon(Deltakelse d, @Nullable Long version) {
        if (version == null || version != d.version()) {
            throw new no.samskap.shared.StaleVersion(RESSURS, d.id());
        }
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

    static void kontrollerProsent(@Nullable BigDecimal prosent, InvalidInput.Collector feil) {
        feil.check(prosent == null || (prosent.signum() > 0 && prosent.compareTo(BigDecimal.valueOf(100)) <= 0
                        && prosent.scale() <= 2),
                "deltakelsesprosent", DeltakelseProblem.PROSENT_UGYLDIG);
    }

    static void kontrollerDatoer(@Nullable LocalDate start, @Nullable LocalDate slutt, InvalidInput.Collector feil) {
        feil.check(start == null || slutt == null || !slutt.isBefore(start), "sluttdato",
                DeltakelseProblem.SLUTTDATO_FOR_STARTDATO);
    }

    static @Nullable String tekst(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String maskert(String fodselsnummer) {
        return fodselsnummer.substring(0, 6) + "*****";
    }
}
