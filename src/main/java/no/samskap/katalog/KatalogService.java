package no.samskap.katalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.avtale.AvtaleGyldighet;
import no.samskap.avtale.AvtaleService;
import no.samskap.deltakelse.Plassbruk;
import no.samskap.deltakelse.Plassoversikt;
import no.samskap.deltakelse.PlasserEndret;
import no.samskap.katalog.persistence.KatalogQueries;
import no.samskap.katalog.persistence.Oppforing;
import no.samskap.katalog.persistence.OppforingRepository;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetKatalog;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingForKatalog;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.TiltakstypeInfo;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's use cases: search (filters, sorts, paging, highlighted matches), read one implementation in full, and
 * keep the read model in step with the implementations, agreements and providers. Only VEILEDER and TILTAKSADMIN use
 * the catalog; rebuilding it is TILTAKSADMIN's (or the start-up's) job.
 */
@Service
public class KatalogService {

    private static final Logger log = LoggerFactory.getLogger(KatalogService.class);
    private static final String GJENNOMFORING = "gjennomforing";
    static final int BATCH = 500;

    private final KatalogQueries queries;
    private final OppforingRepository oppforinger;
    private final GjennomforingService gjennomforinger;
    private final AvtaleService avtaler;
    private final ArrangorKatalog arrangorer;
    private final TiltakstypeKatalog tiltakstyper;
    private final NavEnhetKatalog navEnheter;
    private final Plassoversikt plassoversikt;
    private final TilgangService tilgang;
    private final Clock clock;
    // Reference data (measure types, NAV units) changes only by migration: read once, not on every page view.
    private volatile @Nullable List<TiltakstypeInfo> alleTiltakstyper;
    private volatile @Nullable Set<String> tiltakskoder;
    private volatile @Nullable List<NavEnhetInfo> alleRegioner;
    private final Map<String, List<NavEnhetInfo>> kontorerIRegion = new ConcurrentHashMap<>();
    // Units found by number (at most the ~270 that exist; unknown numbers are asked again, so input cannot grow it).
    private final Map<String, NavEnhetInfo> enheterEtterNummer = new ConcurrentHashMap<>();

    KatalogService(
            KatalogQueries queries,
            OppforingRepository oppforinger,
            GjennomforingService gjennomforinger,
            AvtaleService avtaler,
            ArrangorKatalog arrangorer,
            TiltakstypeKatalog tiltakstyper,
            NavEnhetKatalog navEnheter,
            Plassoversikt plassoversikt,
            TilgangService tilgang,
            Clock clock) {
        this.queries = queries;
        this.oppforinger = oppforinger;
        this.gjennomforinger = gjennomforinger;
        this.avtaler = avtaler;
        this.arrangorer = arrangorer;
        this.tiltakstyper = tiltakstyper;
        this.navEnheter = navEnheter;
        this.plassoversikt = plassoversikt;
        this.tilgang = tilgang;
        this.clock = clock;
    }

    /** The current user if it may use the catalog (VEILEDER, TILTAKSADMIN), else 403. */
    public Innlogget krevTilgang() {
        return tilgang.krev(Rolle.VEILEDER, Rolle.TILTAKSADMIN);
    }

    /**
     * Parses the query parameters of a catalog URL.
     *
     * @throws no.samskap.shared.InvalidInput with every rejected parameter
     */
    public KatalogFilter tolk(Map<String, ? extends List<String>> parametre) {
        krevTilgang();
        Set<String> koder = tiltakskoder;
        if (koder == null) {
            koder = alleTiltakstyper().stream().map(TiltakstypeInfo::tiltakskode).collect(Collectors.toUnmodifiableSet());
            tiltakskoder = koder;
        }
        return KatalogFilter.fra(parametre, koder);
    }

    /** One page of the implementations matching the filter today, with the total count. */
    @Transactional(readOnly = true)
    public KatalogResultat sok(KatalogFilter filter) {
        krevTilgang();
        LocalDate idag = idag();
        List<KatalogTreff> treff = queries.side(filter, idag);
        long totalt = treff.isEmpty() && filter.side() == 1 ? 0
                : filter.side() == 1 && treff.size() < filter.storrelse() ? treff.size()
                : queries.tell(filter, idag);
        return new KatalogResultat(filter, treff, totalt);
    }

    /** One implementation that is in the catalog today, in full; {@link NotFound} otherwise. */
    @Transactional(readOnly = true)
    public KatalogDetaljer get(UUID id) {
        krevTilgang();
        if (!queries.erSynlig(id, idag())) {
            throw new NotFound(GJENNOMFORING, id);
        }
        var g = gjennomforinger.get(id);
        Set<no.samskap.shared.Innsatsgruppe> grupper = tiltakstyper.finn(g.tiltakskode())
                .map(TiltakstypeInfo::innsatsgrupper)
                .orElse(Set.of());
        return new KatalogDetaljer(g, tiltakstyper.beskrivelse(g.tiltakskode()).orElse(null),
                KatalogDetaljer.sortert(grupper), queries.plasser(id).orElseThrow(() -> new NotFound(GJENNOMFORING, id)),
                queries.resultater(id));
    }

    /** The measure types, by name (for the filter form). */
    public List<TiltakstypeInfo> tiltakstyper() {
        krevTilgang();
        return alleTiltakstyper();
    }

    /** All NAV regions, by name (for the filter form). */
    public List<NavEnhetInfo> regioner() {
        krevTilgang();
        List<NavEnhetInfo> regioner = alleRegioner;
        if (regioner == null) {
            regioner = List.copyOf(navEnheter.regioner());
            alleRegioner = regioner;
        }
        return regioner;
    }

    /** The offices of a region, by name (for the filter form). */
    public List<NavEnhetInfo> kontorer(String region) {
        krevTilgang();
        return kontorerIRegion.computeIfAbsent(region, r -> List.copyOf(navEnheter.kontorer(r)));
    }

    /**
     * The NAV units with these numbers that exist, in enhetsnummer order (for showing chosen units by name). Units
     * are read once and then served from memory (reference data); only numbers not seen before reach the database.
     */
    public List<NavEnhetInfo> navEnheter(Collection<String> enhetsnumre) {
        krevTilgang();
        var nye = enhetsnumre.stream().filter(n -> !enheterEtterNummer.containsKey(n)).collect(Collectors.toSet());
        if (!nye.isEmpty()) {
            navEnheter.hent(nye).forEach(e -> enheterEtterNummer.put(e.enhetsnummer(), e));
        }
        return enhetsnumre.stream()
                .distinct()
                .map(enheterEtterNummer::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(NavEnhetInfo::enhetsnummer))
                .toList();
    }

    private List<TiltakstypeInfo> alleTiltakstyper() {
        List<TiltakstypeInfo> typer = alleTiltakstyper;
        if (typer == null) {
            typer = List.copyOf(tiltakstyper.alle());
            alleTiltakstyper = typer;
        }
        return typer;
    }

    /**
     * The query string the catalog page opens with for a user without a saved default: the user's office and its
     * region; empty when the user has no office.
     */
    public Optional<String> kontorsporring(Innlogget bruker) {
        String kontor = bruker.navEnhet();
        if (kontor == null) {
            return Optional.empty();
        }
        String region = navEnheter.finn(kontor).map(NavEnhetInfo::region).orElse(null);
        return Optional.of("navEnhet=" + kontor + (region == null ? "" : "&navEnhet=" + region));
    }

    /** Rebuilds the read model from scratch (TILTAKSADMIN); returns how many rows it holds. */
    @Transactional
    public long rebuild() {
        tilgang.krev(Rolle.TILTAKSADMIN);
        return byggPaNytt();
    }

    /**
     * Rebuilds the read model from the published running implementations, in batches of {@value #BATCH}: each batch
     * reads its agreements, providers, offices and place use in one call each and is written as one JDBC batch. Listeners wait
     * until it commits; searches see the old rows until then. No access check (start-up); see {@link #rebuild()}.
     *
     * @return how many rows it wrote
     */
    @Transactional
    public long byggPaNytt() {
        long start = System.nanoTime();
        oppforinger.slettAlleOgLas();
        Map<String, TiltakstypeInfo> typer = tiltakstyper.alle().stream()
                .collect(Collectors.toMap(TiltakstypeInfo::tiltakskode, Function.identity()));
        Map<String, Optional<String>> beskrivelser = new HashMap<>();
        Instant naa = clock.instant();
        long antall = 0;
        UUID etter = null;
        while (true) {
            List<GjennomforingForKatalog> batch = gjennomforinger.listForKatalog(etter, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            List<Oppforing> rader = rader(batch, typer, beskrivelser);
            oppforinger.lagre(rader, naa);
            antall += rader.size();
            etter = batch.getLast().id();
        }
        log.info("catalog rebuilt: {} rows in {} ms", antall, (System.nanoTime() - start) / 1_000_000);
        return antall;
    }

    /** Whether the read model holds as many rows as there are published running implementations, equally fresh. */
    @Transactional(readOnly = true)
    public boolean erIStand() {
        var kilde = gjennomforinger.katalogFingeravtrykk();
        var kopi = oppforinger.fingeravtrykk();
        return kilde.antall() == kopi.antall() && java.util.Objects.equals(kilde.sistEndret(), kopi.sistEndret());
    }

    // Listeners (in the writer's transaction).

    void gjennomforingEndret(UUID id) {
        Optional<GjennomforingForKatalog> g = gjennomforinger.findForKatalog(id).filter(GjennomforingForKatalog::iKatalogen);
        if (g.isEmpty()) {
            oppforinger.slett(id);
            return;
        }
        Map<String, TiltakstypeInfo> typer = tiltakstyper.finn(g.get().tiltakskode()).stream()
                .collect(Collectors.toMap(TiltakstypeInfo::tiltakskode, Function.identity()));
        oppforinger.lagre(rader(List.of(g.get()), typer, new HashMap<>()), clock.instant());
    }

    void avtaleEndret(UUID id) {
        AvtaleGyldighet gyldighet = avtaler.gyldighet(List.of(id)).stream().findFirst()
                .orElse(new AvtaleGyldighet(id, null, null));
        oppforinger.oppdaterAvtale(id, gyldighet.aktivFra(), gyldighet.aktivTil(), clock.instant());
    }

    void plasserEndret(PlasserEndret event) {
        oppforinger.oppdaterPlasser(event.gjennomforingId(), event.opptatt(), event.venteliste(), clock.instant());
    }

    void arrangorEndret(UUID id) {
        arrangorer.finn(id).ifPresent(a -> oppforinger.oppdaterArrangor(id, a.navn(), clock.instant()));
    }

    /** Rows for published running implementations, with their agreements, providers and regions read in bulk. */
    private List<Oppforing> rader(
            List<GjennomforingForKatalog> batch,
            Map<String, TiltakstypeInfo> typer,
            Map<String, Optional<String>> beskrivelser) {
        Map<UUID, AvtaleGyldighet> gyldighet = avtaler
                .gyldighet(batch.stream().map(GjennomforingForKatalog::avtaleId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(AvtaleGyldighet::id, Function.identity()));
        Map<UUID, String> arrangornavn = arrangorer
                .hent(batch.stream().map(GjennomforingForKatalog::arrangorId).collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(ArrangorInfo::id, ArrangorInfo::navn));
        Map<UUID, Plassbruk> plassbruk = plassoversikt.plassbruk(
                batch.stream().map(GjennomforingForKatalog::id).toList());
        Map<String, String> regioner = new HashMap<>();
        navEnheter.hent(batch.stream().flatMap(g -> g.navEnheter().stream()).collect(Collectors.toSet()))
                .forEach(e -> {
                    if (e.region() != null) {
                        regioner.put(e.enhetsnummer(), e.region());
                    }
                });
        return batch.stream()
                .map(g -> rad(g, typer.get(g.tiltakskode()),
                        beskrivelser.computeIfAbsent(g.tiltakskode(), tiltakstyper::beskrivelse).orElse(null),
                        gyldighet.get(g.avtaleId()), arrangornavn.getOrDefault(g.arrangorId(), ""),
                        plassbruk.getOrDefault(g.id(), Plassbruk.INGEN), regioner))
                .toList();
    }

    private static Oppforing rad(
            GjennomforingForKatalog g,
            @Nullable TiltakstypeInfo type,
            @Nullable String typebeskrivelse,
            @Nullable AvtaleGyldighet avtale,
            String arrangornavn,
            Plassbruk plassbruk,
            Map<String, String> regioner) {
        var enheter = new TreeSet<String>(g.navEnheter());
        g.navEnheter().stream().map(regioner::get).filter(java.util.Objects::nonNull).forEach(enheter::add);
        return new Oppforing(
                g.id(),
                g.avtaleId(),
                g.navn(),
                g.tiltakskode(),
                type == null ? g.tiltakskode() : type.navn(),
                type == null ? List.of() : type.innsatsgrupper().stream().map(Enum::name).sorted().toList(),
                g.arrangorId(),
                arrangornavn,
                g.beskrivelse(),
                typebeskrivelse,
                g.oppmotested(),
                List.copyOf(enheter),
                g.startdato(),
                g.sluttdato(),
                g.oppstartstype().name(),
                g.apentForPamelding(),
                g.antallPlasser(),
                plassbruk.opptatt(),
                plassbruk.venteliste(),
                avtale == null ? null : avtale.aktivFra(),
                avtale == null ? null : avtale.aktivTil(),
                g.endret());
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }
}
