package no.samskap.tiltak;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetKatalog;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.NotFound;
import no.samskap.shared.Prismodelltype;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.domain.Gjennomforing;
import no.samskap.tiltak.persistence.GjennomforingKatalogQueries;
import no.samskap.tiltak.persistence.GjennomforingQueries;
import no.samskap.tiltak.persistence.GjennomforingRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of implementations (gjennomføringer): create under an AKTIV agreement, edit while running, abort,
 * reopen, publish to the catalog, open or close for enrolment, and the nightly end of expired ones. Only TILTAKSADMIN
 * changes; providers read their own, counsellors read published ones.
 */
@Service
public class GjennomforingService {

    private static final String GJENNOMFORING = "gjennomforing";
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final GjennomforingRepository repository;
    private final GjennomforingQueries queries;
    private final AvtaleOppslag avtaler;
    private final ArrangorKatalog arrangorer;
    private final NavEnhetKatalog navEnheter;
    private final TiltakstypeKatalog tiltakstyper;
    private final TilgangService tilgang;
    private final MessageSource messages;
    private final Clock clock;
    private final GjennomforingKatalogQueries katalogQueries;
    private final ApplicationEventPublisher events;

    GjennomforingService(
            GjennomforingRepository repository,
            GjennomforingQueries queries,
            AvtaleOppslag avtaler,
            ArrangorKatalog arrangorer,
            NavEnhetKatalog navEnheter,
            TiltakstypeKatalog tiltakstyper,
            TilgangService tilgang,
            MessageSource messages,
            Clock clock,
            GjennomforingKatalogQueries katalogQueries,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.queries = queries;
        this.avtaler = avtaler;
        this.arrangorer = arrangorer;
        this.navEnheter = navEnheter;
        this.tiltakstyper = tiltakstyper;
        this.tilgang = tilgang;
        this.messages = messages;
        this.clock = clock;
        this.katalogQueries = katalogQueries;
        this.events = events;
    }

    /** Creates a running implementation under an AKTIV agreement; returns its id. */
    @Transactional
    public UUID create(CreateGjennomforing command) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        UUID avtaleId = command.avtaleId();
        AvtaleForGjennomforing avtale =
                avtaleId == null ? null : avtaler.finn(avtaleId).orElse(null);
        Set<UUID> kontaktpersoner = kjenteKontaktpersoner(command.arrangorId(), avtale);
        Gjennomforing g = Gjennomforing.opprett(
                UUID.randomUUID(), avtaleId, avtale, command.arrangorId(), command.innhold(), kontaktpersoner);
        Instant now = clock.instant();
        repository.insert(g, now);
        skrivHistorikk(g, avtale, "OPPRETTET", user, now);
        events.publishEvent(new GjennomforingEndret(g.id()));
        return g.id();
    }

    /** Edits a running implementation; the provider cannot change. */
    @Transactional
    public void update(UpdateGjennomforing command) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        Gjennomforing g = load(command.id(), command.version());
        AvtaleForGjennomforing avtale = avtaleFor(g);
        g.endre(avtale, command.arrangorId(), command.innhold(), kjenteKontaktpersoner(g.arrangorId(), avtale));
        lagre(g, avtale, "ENDRET", user);
    }

    /** Stops a running implementation: AVLYST when the new end date is before the start, otherwise AVBRUTT. */
    @Transactional
    public void abort(AbortGjennomforing command) {
        change(command.id(), command.version(), "AVBRUTT", g -> g.avbryt(command.sluttdato(), command.aarsak(), idag()));
    }

    /** Reopens an AVSLUTTET implementation with an end date after today. */
    @Transactional
    public void reopen(ReopenGjennomforing command) {
        change(command.id(), command.version(), "GJENAPNET", g -> g.gjenapne(command.sluttdato(), idag()));
    }

    /** Shows a running implementation in the counsellors' catalog. */
    @Transactional
    public void publish(UUID id, long version) {
        change(id, version, "PUBLISERT", Gjennomforing::publiser);
    }

    @Transactional
    public void unpublish(UUID id, long version) {
        change(id, version, "AVPUBLISERT", Gjennomforing::avpubliser);
    }

    /** Lets counsellors enrol participants. */
    @Transactional
    public void openForEnrolment(UUID id, long version) {
        change(id, version, "APNET_FOR_PAMELDING", Gjennomforing::apneForPamelding);
    }

    @Transactional
    public void closeForEnrolment(UUID id, long version) {
        change(id, version, "STENGT_FOR_PAMELDING", Gjennomforing::stengForPamelding);
    }

    /**
     * Moves every running implementation whose end date is before {@code idag} to AVSLUTTET, with a history entry by
     * the system. Called by the nightly job (and by tests with a fixed date); not public, so no web or other module
     * can trigger it.
     *
     * @return how many were ended
     */
    @Transactional
    int endExpired(LocalDate idag) {
        Innlogget system = Innlogget.system();
        int antall = 0;
        for (UUID id : repository.findUtlopte(idag)) {
            Gjennomforing g = repository.getForUpdate(id);
            if (g.avsluttHvisUtlopt(idag)) {
                lagre(g, avtaler.finn(g.avtaleId()).orElse(null), "AVSLUTTET", system);
                antall++;
            }
        }
        return antall;
    }

    /** One implementation the current user may see, or {@link NotFound}. */
    @Transactional(readOnly = true)
    public GjennomforingDetails get(UUID id) {
        Innlogget user = lesetilgang();
        Gjennomforing g = repository.find(id).filter(x -> kanSe(user, x)).orElseThrow(() -> new NotFound(GJENNOMFORING, id));
        return details(g, user);
    }

    /** The readable change history of an implementation the current user may see, newest first. */
    @Transactional(readOnly = true)
    public List<Historikk.Visning> history(UUID id) {
        Innlogget user = lesetilgang();
        repository.find(id).filter(x -> kanSe(user, x)).orElseThrow(() -> new NotFound(GJENNOMFORING, id));
        return Historikk.beskriv(repository.historikk(id));
    }

    /** The implementations the current user may see, filtered, sorted and paged. */
    @Transactional(readOnly = true)
    public Side<GjennomforingSummary> list(GjennomforingFilter filter) {
        Innlogget user = lesetilgang();
        var synlighet = new GjennomforingQueries.Synlighet(
                user.har(Rolle.TILTAKSADMIN), user.har(Rolle.VEILEDER), synligeArrangorer(user));
        Side<GjennomforingSummary> side = queries.list(filter, synlighet);
        Map<String, String> typenavn = tiltakstyper.alle().stream()
                .collect(Collectors.toMap(TiltakstypeInfo::tiltakskode, TiltakstypeInfo::navn, (a, b) -> a));
        Map<UUID, String> arrangornavn = arrangorer
                .hent(side.innhold().stream().map(GjennomforingSummary::arrangorId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(ArrangorInfo::id, ArrangorInfo::navn, (a, b) -> a));
        return side.map(s -> s.medNavn(typenavn.get(s.tiltakskode()), arrangornavn.get(s.arrangorId())));
    }

    /**
     * One implementation with no access check and no actions, for a module that has decided access itself (an
     * enrolment's counsellor, provider or participant sees the implementation the enrolment is in).
     */
    @Transactional(readOnly = true)
    public Optional<GjennomforingDetails> finnForDeltakelse(UUID id) {
        return repository.find(id).map(g -> details(g, Innlogget.system()));
    }

    /** One implementation as the catalog copies it, whatever its state (no access check: for the catalog's read model). */
    @Transactional(readOnly = true)
    public Optional<GjennomforingForKatalog> findForKatalog(UUID id) {
        return katalogQueries.find(id);
    }

    /**
     * The next {@code antall} published running implementations with an id greater than {@code etter} (null: from the
     * start), by id — for rebuilding the catalog in batches (no access check).
     */
    @Transactional(readOnly = true)
    public List<GjennomforingForKatalog> listForKatalog(@Nullable UUID etter, int antall) {
        return katalogQueries.publiserte(etter, antall);
    }

    /** How many published running implementations there are and when the newest was written (no access check). */
    @Transactional(readOnly = true)
    public GjennomforingForKatalog.Fingeravtrykk katalogFingeravtrykk() {
        return katalogQueries.fingeravtrykk();
    }

    /** What a create form may offer under an agreement (TILTAKSADMIN only). */
    @Transactional(readOnly = true)
    public GjennomforingValg optionsForAvtale(UUID avtaleId) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        AvtaleForGjennomforing avtale = avtaler.finn(avtaleId).orElseThrow(() -> new NotFound("avtale", avtaleId));
        return valg(avtale);
    }

    /** What an edit form may offer for an implementation (TILTAKSADMIN only). */
    @Transactional(readOnly = true)
    public GjennomforingValg optionsForGjennomforing(UUID id) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        Gjennomforing g = repository.find(id).orElseThrow(() -> new NotFound(GJENNOMFORING, id));
        return valg(avtaleFor(g));
    }

    private GjennomforingValg valg(AvtaleForGjennomforing avtale) {
        List<ArrangorInfo> underenheter = arrangorer.hent(avtale.arrangorUnderenheter()).stream()
                .sorted(java.util.Comparator.comparing(ArrangorInfo::navn))
                .toList();
        var kontaktpersoner = new java.util.ArrayList<KontaktpersonInfo>(
                arrangorer.kontaktpersoner(avtale.arrangorHovedenhetId()));
        for (ArrangorInfo u : underenheter) {
            kontaktpersoner.addAll(arrangorer.kontaktpersoner(u.id()));
        }
        return new GjennomforingValg(avtale, underenheter, navEnheterMedNavn(avtale.navEnheter()), kontaktpersoner);
    }

    private void change(UUID id, long version, String operasjon, Consumer<Gjennomforing> action) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        Gjennomforing g = load(id, version);
        action.accept(g);
        lagre(g, avtaler.finn(g.avtaleId()).orElse(null), operasjon, user);
    }

    /** Loads for change; a version other than the stored one means someone else changed it first. */
    private Gjennomforing load(UUID id, long version) {
        Gjennomforing g = repository.getForUpdate(id);
        if (g.version() != version) {
            throw new StaleVersion(GJENNOMFORING, id);
        }
        return g;
    }

    private void lagre(Gjennomforing g, @Nullable AvtaleForGjennomforing avtale, String operasjon, Innlogget user) {
        Instant now = clock.instant();
        repository.update(g, now);
        skrivHistorikk(g, avtale, operasjon, user, now);
        events.publishEvent(new GjennomforingEndret(g.id()));
    }

    private AvtaleForGjennomforing avtaleFor(Gjennomforing g) {
        return avtaler.finn(g.avtaleId()).orElseThrow(() -> new NotFound("avtale", g.avtaleId()));
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }

    private Innlogget lesetilgang() {
        return tilgang.krev(Rolle.TILTAKSADMIN, Rolle.ARRANGOR, Rolle.VEILEDER);
    }

    private List<UUID> synligeArrangorer(Innlogget user) {
        if (!user.har(Rolle.ARRANGOR) || user.organisasjonsnumre().isEmpty()) {
            return List.of();
        }
        return arrangorer.idsForOrganisasjonsnumre(user.organisasjonsnumre());
    }

    private boolean kanSe(Innlogget user, Gjennomforing g) {
        return user.har(Rolle.TILTAKSADMIN)
                || (user.har(Rolle.VEILEDER) && g.publisert())
                || synligeArrangorer(user).contains(g.arrangorId());
    }

    /** The provider's contact persons that may be linked: those of the underenhet and of its hovedenhet. */
    private Set<UUID> kjenteKontaktpersoner(@Nullable UUID arrangorId, @Nullable AvtaleForGjennomforing avtale) {
        var ids = new HashSet<UUID>();
        if (arrangorId != null) {
            arrangorer.kontaktpersoner(arrangorId).forEach(k -> ids.add(k.id()));
        }
        if (avtale != null) {
            arrangorer.kontaktpersoner(avtale.arrangorHovedenhetId()).forEach(k -> ids.add(k.id()));
        }
        return ids;
    }

    private GjennomforingDetails details(Gjennomforing g, Innlogget user) {
        Optional<AvtaleForGjennomforing> avtale = avtaler.finn(g.avtaleId());
        Optional<ArrangorInfo> arrangor = arrangorer.finn(g.arrangorId());
        List<KontaktpersonInfo> kontaktpersoner = g.arrangorKontaktpersoner().stream()
                .map(arrangorer::kontaktperson)
                .flatMap(Optional::stream)
                .toList();
        boolean admin = user.har(Rolle.TILTAKSADMIN);
        boolean gjennomfores = g.status() == GjennomforingStatus.GJENNOMFORES;
        var handlinger = new GjennomforingDetails.Handlinger(
                admin && gjennomfores,
                admin && gjennomfores,
                admin && g.status() == GjennomforingStatus.AVSLUTTET,
                admin && gjennomfores && !g.publisert(),
                admin && g.publisert(),
                admin && gjennomfores && !g.apentForPamelding(),
                admin && g.apentForPamelding());
        return new GjennomforingDetails(
                g.id(),
                g.avtaleId(),
                avtale.map(AvtaleForGjennomforing::navn).orElse(null),
                g.tiltakskode(),
                tiltakstyper.finn(g.tiltakskode()).map(TiltakstypeInfo::navn).orElse(null),
                g.arrangorId(),
                arrangor.map(ArrangorInfo::navn).orElse(null),
                arrangor.map(ArrangorInfo::organisasjonsnummer).orElse(null),
                g.navn(),
                g.startdato(),
                g.sluttdato(),
                g.antallPlasser(),
                g.oppstartstype(),
                g.pameldingKreverGodkjenning(),
                g.prismodellId(),
                avtale.map(a -> a.prismodeller().get(g.prismodellId())).orElse(null),
                navEnheterMedNavn(g.navEnheter()),
                kontaktpersoner,
                g.navKontaktpersoner(),
                g.oppmotested(),
                g.estimertVentetid(),
                g.beskrivelse(),
                g.publisert(),
                g.apentForPamelding(),
                g.status(),
                g.avbruttDato(),
                g.avbruttAarsak(),
                g.version(),
                handlinger);
    }

    /** The offices with their names, in enhetsnummer order; unknown numbers are kept with the number as name. */
    private List<NavEnhetInfo> navEnheterMedNavn(Collection<String> enhetsnumre) {
        Map<String, NavEnhetInfo> kjente = new HashMap<>();
        navEnheter.hent(enhetsnumre).forEach(e -> kjente.put(e.enhetsnummer(), e));
        return enhetsnumre.stream()
                .sorted()
                .map(nr -> kjente.getOrDefault(nr, new NavEnhetInfo(nr, nr, NavEnhetType.LOKAL, null)))
                .toList();
    }

    private void skrivHistorikk(
            Gjennomforing g, @Nullable AvtaleForGjennomforing avtale, String operasjon, Innlogget user, Instant now) {
        repository.insertHistorikk(g.id(), new Historikk.Oppforing(now, user.ident(), operasjon, snapshot(g, avtale)));
    }

    /** The implementation as readable text per field, for the history's "changed from X to Y". */
    private Map<String, String> snapshot(Gjennomforing g, @Nullable AvtaleForGjennomforing avtale) {
        var s = new LinkedHashMap<String, String>();
        s.put("navn", g.navn());
        s.put("tiltakskode", tiltakstyper.finn(g.tiltakskode()).map(TiltakstypeInfo::navn).orElse(g.tiltakskode()));
        s.put(
                "arrangor",
                arrangorer.finn(g.arrangorId())
                        .map(a -> a.navn() + " (" + a.organisasjonsnummer() + ")")
                        .orElse(g.arrangorId().toString()));
        s.put("startdato", dato(g.startdato()));
        s.put("sluttdato", dato(g.sluttdato()));
        s.put("antallPlasser", Integer.toString(g.antallPlasser()));
        s.put("oppstartstype", tekst("gjennomforing.oppstartstype." + g.oppstartstype().name()));
        Prismodelltype type = avtale == null ? null : avtale.prismodeller().get(g.prismodellId());
        s.put(
                "prismodell",
                type == null ? g.prismodellId().toString() : tekst("gjennomforing.prismodelltype." + type.name()));
        s.put(
                "navEnheter",
                navEnheterMedNavn(g.navEnheter()).stream()
                        .map(e -> e.enhetsnummer() + " " + e.navn())
                        .collect(Collectors.joining(", ")));
        s.put(
                "arrangorKontaktpersoner",
                g.arrangorKontaktpersoner().stream()
                        .map(id -> arrangorer.kontaktperson(id).map(KontaktpersonInfo::navn).orElse(id.toString()))
                        .collect(Collectors.joining(", ")));
        s.put(
                "navKontaktpersoner",
                g.navKontaktpersoner().stream()
                        .map(k -> k.navn() + " (" + k.navIdent() + ")")
                        .collect(Collectors.joining(", ")));
        s.put("oppmotested", tekstEllerTom(g.oppmotested()));
        EstimertVentetid ventetid = g.estimertVentetid();
        s.put(
                "estimertVentetid",
                ventetid == null || ventetid.enhet() == null
                        ? ""
                        : ventetid.verdi() + " " + tekst("gjennomforing.ventetid.enhet." + ventetid.enhet().name()));
        s.put("beskrivelse", tekstEllerTom(g.beskrivelse()));
        s.put("publisert", tekst(g.publisert() ? "layout.ja" : "layout.nei"));
        s.put("apentForPamelding", tekst(g.apentForPamelding() ? "layout.ja" : "layout.nei"));
        s.put("status", tekst("gjennomforing.status." + g.status().name()));
        s.put("avbruttDato", dato(g.avbruttDato()));
        s.put("avbruttAarsak", tekstEllerTom(g.avbruttAarsak()));
        return s;
    }

    private String tekst(String key) {
        return messages.getMessage(key, null, key, NB);
    }

    private static String dato(@Nullable LocalDate dato) {
        return dato == null ? "" : DATO.format(dato);
    }

    private static String tekstEllerTom(@Nullable String s) {
        return s == null ? "" : s;
    }
}
