package no.samskap.avtale;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.avtale.Avbrytelsesaarsak;
import no.samskap.avtale.domain.Avtale;
import no.samskap.avtale.domain.AvtaleInnhold;
import no.samskap.avtale.domain.AvtaleRegler;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.avtale.AvtaleUtkast;
import no.samskap.avtale.domain.Fakta;
import no.samskap.avtale.domain.Prismodell;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.avtale.persistence.AvtaleFilter;
import no.samskap.avtale.persistence.AvtaleQueries;
import no.samskap.avtale.persistence.AvtaleRad;
import no.samskap.avtale.persistence.AvtaleRepository;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetKatalog;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingOppslag;
import no.samskap.tiltak.TiltakstypeInfo;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement module's entry point: one transactional method per use case. Access: TILTAKSADMIN reads and writes
 * all agreements; ARRANGOR reads the agreements whose hovedenhet or an underenhet is one of its organisations; other
 * roles (also VEILEDER, who works from published implementations) have no access to agreements (403).
 */
@Service
public class AvtaleService {

    private static final Logger log = LoggerFactory.getLogger(AvtaleService.class);
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final AvtaleRepository repository;
    private final AvtaleQueries queries;
    private final TilgangService tilgang;
    private final ArrangorKatalog arrangorer;
    private final NavEnhetKatalog navEnheter;
    private final TiltakstypeKatalog tiltakstyper;
    private final GjennomforingOppslag gjennomforinger;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    AvtaleService(
            AvtaleRepository repository,
            AvtaleQueries queries,
            TilgangService tilgang,
            ArrangorKatalog arrangorer,
            NavEnhetKatalog navEnheter,
            TiltakstypeKatalog tiltakstyper,
            GjennomforingOppslag gjennomforinger,
            Clock clock,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.queries = queries;
        this.tilgang = tilgang;
        this.arrangorer = arrangorer;
        this.navEnheter = navEnheter;
        this.tiltakstyper = tiltakstyper;
        this.gjennomforinger = gjennomforinger;
        this.clock = clock;
        this.messages = messages;
        this.events = events;
    }

    /** Creates an agreement; all field errors together as {@link InvalidInput}. */
    @Transactional
    public UUID create(AvtaleUtkast utkast) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        var c = InvalidInput.collector();
        String tiltakskode = utkast.tiltakskode() == null ? null : utkast.tiltakskode().trim();
        Fakta fakta = fakta(utkast, tiltakskode, null, c);
        AvtaleInnhold innhold = AvtaleRegler.valider(utkast, fakta, null, c);
        c.throwIfAny();
        Objects.requireNonNull(innhold);
        List<Prismodell> prismodeller = utkast.prismodeller().stream()
                .map(p -> AvtaleRegler.prismodell(UUID.randomUUID(), p))
                .toList();
        TiltakstypeInfo type = Objects.requireNonNull(fakta.tiltakstype());
        Instant naa = clock.instant();
        Avtale avtale = Avtale.opprett(UUID.randomUUID(), type.tiltakskode(), innhold, prismodeller,
                type.systemPrismodell(), UUID.randomUUID(), naa);
        repository.insert(avtale, naa);
        historikk(avtale, bruker, "OPPRETTET", naa);
        events.publishEvent(new AvtaleEndret(avtale.id()));
        log.info("avtale {} created", avtale.id());
        return avtale.id();
    }

    /** Changes an agreement loaded at {@code version}; 409 if someone else changed it since. */
    @Transactional
    public void update(UUID id, long version, AvtaleUtkast utkast) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        Avtale avtale = last(id, version);
        var c = InvalidInput.collector();
        Fakta fakta = fakta(utkast, avtale.tiltakskode(), id, c);
        AvtaleInnhold innhold = AvtaleRegler.valider(utkast, fakta, avtale, c);
        c.throwIfAny();
        TiltakstypeInfo type = fakta.tiltakstype();
        avtale.endre(Objects.requireNonNull(innhold), type == null ? null : type.systemPrismodell(), UUID.randomUUID(),
                idag());
        lagre(avtale, bruker, "ENDRET");
    }

    /** Aborts an agreement with reasons; refused while an implementation under it is running. */
    @Transactional
    public void abort(UUID id, long version, Set<Avbrytelsesaarsak> aarsaker, @Nullable String forklaring) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        Avtale avtale = last(id, version);
        avtale.avbryt(aarsaker, forklaring, gjennomforinger.harGjennomforingSomGjennomfores(id), idag(), clock.instant());
        lagre(avtale, bruker, "AVBRUTT");
    }

    /** Registers an option: moves the end date (within the option model's maximum). */
    @Transactional
    public void registerOpsjon(UUID id, long version, @Nullable LocalDate nySluttdato) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        Avtale avtale = last(id, version);
        avtale.registrerOpsjon(UUID.randomUUID(), nySluttdato, bruker.ident(), idag(), clock.instant());
        lagre(avtale, bruker, "OPSJON_REGISTRERT");
    }

    /** Adds a price model with its rates; returns its id. */
    @Transactional
    public UUID addPrismodell(UUID id, long version, PrismodellUtkast utkast) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        Avtale avtale = last(id, version);
        var c = InvalidInput.collector();
        AvtaleRegler.validerPrismodell(utkast, avtale.innhold().avtaletype(), "", c);
        c.throwIfAny();
        Prismodell prismodell = AvtaleRegler.prismodell(UUID.randomUUID(), utkast);
        avtale.leggTilPrismodell(prismodell);
        lagre(avtale, bruker, "PRISMODELL_LAGT_TIL");
        return prismodell.id();
    }

    /** Changes a price model's description and rates (its type only while no implementation uses it). */
    @Transactional
    public void changePrismodell(UUID id, UUID prismodellId, long version, PrismodellUtkast utkast) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        Avtale avtale = last(id, version);
        avtale.prismodell(prismodellId).orElseThrow(() -> new NotFound("prismodell", prismodellId));
        var c = InvalidInput.collector();
        AvtaleRegler.validerPrismodell(utkast, avtale.innhold().avtaletype(), "", c);
        c.throwIfAny();
        avtale.endrePrismodell(AvtaleRegler.prismodell(prismodellId, utkast),
                gjennomforinger.prismodellerIBruk(id).contains(prismodellId));
        lagre(avtale, bruker, "PRISMODELL_ENDRET");
    }

    /** Removes a price model; refused while an implementation uses it. */
    @Transactional
    public void removePrismodell(UUID id, UUID prismodellId, long version) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN);
        Avtale avtale = last(id, version);
        avtale.fjernPrismodell(prismodellId, gjennomforinger.prismodellerIBruk(id));
        lagre(avtale, bruker, "PRISMODELL_FJERNET");
    }

    /**
     * The nightly job: records for each agreement whose end date has passed that it ended (status AVSLUTTET), as a
     * history entry by the system. Idempotent.
     *
     * @return how many agreements it recorded
     */
    @Transactional
    int registerAvsluttede() {
        LocalDate idag = idag();
        Instant naa = clock.instant();
        int antall = 0;
        for (UUID id : repository.avsluttetUtenRegistrering(idag, 10_000)) {
            Avtale avtale = repository.get(id);
            if (avtale.registrerAvslutning(idag, naa) && repository.registrerAvslutning(id, naa)) {
                repository.insertHistorikk(id, Innlogget.system().ident(), "AVSLUTTET", snapshot(avtale, idag), naa);
                events.publishEvent(new AvtaleEndret(id));
                antall++;
            }
        }
        return antall;
    }

    /** One page of the agreements the user may see. */
    @Transactional(readOnly = true)
    public Side<AvtaleSammendrag> list(AvtaleFilter filter, @Nullable String sort, Side.Sideforesporsel side) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN, Rolle.ARRANGOR);
        Side<AvtaleRad> rader = queries.list(filter, synligeArrangorer(bruker), sort, side, idag());
        Set<UUID> arrangorIds = rader.innhold().stream().map(AvtaleRad::arrangorHovedenhetId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, ArrangorInfo> navn = arrangorer.hent(arrangorIds).stream()
                .collect(Collectors.toMap(ArrangorInfo::id, Function.identity(), (a, b) -> a));
        Map<String, String> typer = tiltakstypeNavn();
        return rader.map(r -> new AvtaleSammendrag(r, typer.getOrDefault(r.tiltakskode(), r.tiltakskode()),
                r.arrangorHovedenhetId() == null ? null : navn.get(r.arrangorHovedenhetId())));
    }

    /** An agreement with names, status and history; 404 when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public AvtaleDetaljer get(UUID id) {
        Innlogget bruker = tilgang.krev(Rolle.TILTAKSADMIN, Rolle.ARRANGOR);
        Avtale avtale = repository.find(id).orElseThrow(() -> new NotFound("avtale", id));
        List<UUID> synlige = synligeArrangorer(bruker);
        if (synlige != null && !kanSe(avtale, synlige)) {
            throw new NotFound("avtale", id);
        }
        var i = avtale.innhold();
        ArrangorInfo hovedenhet = i.arrangorHovedenhetId() == null ? null
                : arrangorer.finn(i.arrangorHovedenhetId()).orElse(null);
        List<ArrangorInfo> underenheter = arrangorer.hent(i.arrangorUnderenheter()).stream()
                .sorted(Comparator.comparing(ArrangorInfo::navn)).toList();
        List<KontaktpersonInfo> kontaktpersoner = i.arrangorKontaktpersoner().stream()
                .map(arrangorer::kontaktperson).flatMap(Optional::stream)
                .sorted(Comparator.comparing(KontaktpersonInfo::navn)).toList();
        boolean admin = bruker.har(Rolle.TILTAKSADMIN);
        return new AvtaleDetaljer(
                avtale,
                avtale.status(idag()),
                tiltakstyper.finn(avtale.tiltakskode()).map(TiltakstypeInfo::navn).orElse(null),
                hovedenhet,
                underenheter,
                kontaktpersoner,
                navEnheter.hent(i.navRegioner()),
                navEnheter.hent(i.navEnheter()),
                Historikk.beskriv(queries.historikk(id)),
                admin ? gjennomforinger.prismodellerIBruk(id) : Set.of(),
                admin);
    }

    /**
     * When the agreements with these ids let their implementations be shown in the catalog (no access check: for the
     * catalog's read model). Unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public List<AvtaleGyldighet> gyldighet(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : queries.gyldighet(ids);
    }

    /** The history of an agreement, newest first (same access as {@link #get}). */
    @Transactional(readOnly = true)
    public List<Historikk.Visning> historikk(UUID id) {
        return get(id).historikk();
    }

    // Choices for the forms (TILTAKSADMIN only).

    public List<TiltakstypeInfo> tiltakstyper() {
        tilgang.krev(Rolle.TILTAKSADMIN, Rolle.ARRANGOR);
        return tiltakstyper.alle();
    }

    public List<NavEnhetInfo> regioner() {
        tilgang.krev(Rolle.TILTAKSADMIN, Rolle.ARRANGOR);
        return navEnheter.regioner();
    }

    /** The offices of the chosen regions, by region. */
    public Map<NavEnhetInfo, List<NavEnhetInfo>> kontorer(Collection<String> regioner) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        var result = new LinkedHashMap<NavEnhetInfo, List<NavEnhetInfo>>();
        for (NavEnhetInfo region : navEnheter.hent(new TreeSet<>(regioner))) {
            result.put(region, navEnheter.kontorer(region.enhetsnummer()));
        }
        return result;
    }

    /** The hovedenhet with this organisation number, if registered. */
    public Optional<ArrangorInfo> finnHovedenhet(String organisasjonsnummer) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        List<UUID> ids = arrangorer.idsForOrganisasjonsnumre(List.of(organisasjonsnummer.trim()));
        return arrangorer.hent(ids).stream()
                .filter(a -> a.erHovedenhet() && a.organisasjonsnummer().equals(organisasjonsnummer.trim()))
                .findFirst();
    }

    public Optional<ArrangorInfo> finnArrangor(UUID id) {
        tilgang.krev(Rolle.TILTAKSADMIN, Rolle.ARRANGOR);
        return arrangorer.finn(id);
    }

    public List<ArrangorInfo> underenheter(UUID hovedenhetId) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        return arrangorer.underenheter(hovedenhetId);
    }

    /** The contact persons of a hovedenhet and its underenheter. */
    public List<KontaktpersonInfo> kontaktpersoner(UUID hovedenhetId) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        return kontaktpersonerHos(hovedenhetId, arrangorer.underenheter(hovedenhetId)).stream()
                .sorted(Comparator.comparing(KontaktpersonInfo::navn)).toList();
    }

    private List<KontaktpersonInfo> kontaktpersonerHos(UUID hovedenhetId, List<ArrangorInfo> underenheter) {
        return Stream.concat(Stream.of(hovedenhetId), underenheter.stream().map(ArrangorInfo::id))
                .flatMap(id -> arrangorer.kontaktpersoner(id).stream())
                .toList();
    }

    private Fakta fakta(AvtaleUtkast u, @Nullable String tiltakskode, @Nullable UUID avtaleId, InvalidInput.Collector c) {
        TiltakstypeInfo type = tiltakskode == null || tiltakskode.isBlank() ? null : tiltakstyper.finn(tiltakskode).orElse(null);
        ArrangorInfo hovedenhet = u.arrangorHovedenhetId() == null ? null : arrangorer.finn(u.arrangorHovedenhetId()).orElse(null);
        Set<UUID> underAvHoved = new HashSet<>();
        Set<UUID> kontaktpersoner = new HashSet<>();
        if (hovedenhet != null && hovedenhet.erHovedenhet()) {
            List<ArrangorInfo> under = arrangorer.underenheter(hovedenhet.id());
            under.forEach(a -> underAvHoved.add(a.id()));
            kontaktpersonerHos(hovedenhet.id(), under).forEach(k -> kontaktpersoner.add(k.id()));
        }
        Set<String> enhetsnumre = new HashSet<>(u.navRegioner());
        enhetsnumre.addAll(u.navEnheter());
        Map<String, NavEnhetInfo> enheter = new HashMap<>();
        navEnheter.hent(enhetsnumre).forEach(e -> enheter.put(e.enhetsnummer(), e));
        if (avtaleId == null) {
            return new Fakta(type, hovedenhet, underAvHoved, kontaktpersoner, enheter, null, Set.of(), Set.of(), Set.of());
        }
        return new Fakta(type, hovedenhet, underAvHoved, kontaktpersoner, enheter,
                gjennomforinger.tidligsteStartdato(avtaleId).orElse(null),
                gjennomforinger.prismodellerIBruk(avtaleId),
                gjennomforinger.arrangorUnderenheterIBruk(avtaleId),
                gjennomforinger.navEnheterIBruk(avtaleId));
    }

    private Avtale last(UUID id, long version) {
        Avtale avtale = repository.get(id);
        if (avtale.version() != version) {
            throw new StaleVersion("avtale", id);
        }
        return avtale;
    }

    private void lagre(Avtale avtale, Innlogget bruker, String operasjon) {
        Instant naa = clock.instant();
        repository.update(avtale, naa);
        historikk(avtale, bruker, operasjon, naa);
        events.publishEvent(new AvtaleEndret(avtale.id()));
        log.info("avtale {} {}", avtale.id(), operasjon);
    }

    private void historikk(Avtale avtale, Innlogget bruker, String operasjon, Instant naa) {
        repository.insertHistorikk(avtale.id(), bruker.ident(), operasjon, snapshot(avtale, idag()), naa);
    }

    /** The agreement as flat field → readable text (names, labels, dd.MM.yyyy), for the history. */
    Map<String, String> snapshot(Avtale a, LocalDate idag) {
        var i = a.innhold();
        var s = new LinkedHashMap<String, String>();
        s.put("navn", i.navn());
        s.put("tiltakskode", tiltakstyper.finn(a.tiltakskode()).map(TiltakstypeInfo::navn).orElse(a.tiltakskode()));
        s.put("avtaletype", tekst("avtale.avtaletype." + i.avtaletype().name()));
        s.put("sakarkivnummer", Objects.toString(i.sakarkivnummer(), ""));
        s.put("status", tekst("avtale.status." + a.status(idag).name()));
        s.put("arrangorHovedenhet", i.arrangorHovedenhetId() == null ? ""
                : arrangorer.finn(i.arrangorHovedenhetId()).map(AvtaleService::arrangorTekst)
                        .orElse(i.arrangorHovedenhetId().toString()));
        s.put("arrangorUnderenheter", join(arrangorer.hent(i.arrangorUnderenheter()).stream().map(AvtaleService::arrangorTekst)));
        s.put("arrangorKontaktpersoner", join(i.arrangorKontaktpersoner().stream()
                .map(k -> arrangorer.kontaktperson(k).map(KontaktpersonInfo::navn).orElse(k.toString()))));
        s.put("startdato", dato(i.startdato()));
        s.put("sluttdato", dato(i.sluttdato()));
        s.put("opsjonMaksVarighet", dato(i.opsjonMaksVarighet()));
        s.put("navRegioner", join(navEnheter.hent(i.navRegioner()).stream().map(NavEnhetInfo::navn)));
        s.put("navEnheter", join(navEnheter.hent(i.navEnheter()).stream().map(NavEnhetInfo::navn)));
        s.put("administratorer", join(i.administratorer().stream()));
        s.put("beskrivelse", Objects.toString(i.beskrivelse(), ""));
        s.put("prismodeller", join(a.prismodeller().stream().map(this::prismodellTekst)));
        s.put("opsjoner", String.valueOf(a.opsjoner().size()));
        s.put("avsluttet", a.avslutningRegistrert() == null ? ""
                : dato(LocalDate.ofInstant(a.avslutningRegistrert(), clock.getZone())));
        var avbrudd = a.avbrudd();
        s.put("avbruttAarsaker", avbrudd == null ? ""
                : join(avbrudd.aarsaker().stream().map(r -> tekst("avtale.aarsak." + r.name()))));
        s.put("avbruttForklaring", avbrudd == null ? "" : Objects.toString(avbrudd.forklaring(), ""));
        return s;
    }

    private static String arrangorTekst(ArrangorInfo a) {
        return a.navn() + " (" + a.organisasjonsnummer() + ")";
    }

    private String prismodellTekst(Prismodell p) {
        // The same words and number format as the detail page ("Fra 01.01.2026: 21 500 kr"), not "21500.00".
        String satser = p.satser().stream()
                .map(s -> messages.getMessage("avtale.sats.linje", new Object[] {dato(s.gyldigFra()), s.belop().kroner()},
                        NB))
                .collect(Collectors.joining("; "));
        return tekst("avtale.prismodelltype." + p.type().name())
                + (p.beskrivelse() == null ? "" : " – " + p.beskrivelse())
                + (satser.isEmpty() ? "" : " [" + satser + "]");
    }

    private static String dato(@Nullable LocalDate dato) {
        return dato == null ? "" : DATO.format(dato);
    }

    private String tekst(String key) {
        return messages.getMessage(key, null, key, NB);
    }

    private static String join(Stream<String> values) {
        return values.sorted().collect(Collectors.joining(", "));
    }

    private Map<String, String> tiltakstypeNavn() {
        return tiltakstyper.alle().stream()
                .collect(Collectors.toMap(TiltakstypeInfo::tiltakskode, TiltakstypeInfo::navn, (a, b) -> a));
    }

    private @Nullable List<UUID> synligeArrangorer(Innlogget bruker) {
        if (bruker.har(Rolle.TILTAKSADMIN)) {
            return null;
        }
        return arrangorer.idsForOrganisasjonsnumre(bruker.organisasjonsnumre());
    }

    private static boolean kanSe(Avtale avtale, List<UUID> synlige) {
        var i = avtale.innhold();
        return (i.arrangorHovedenhetId() != null && synlige.contains(i.arrangorHovedenhetId()))
                || i.arrangorUnderenheter().stream().anyMatch(synlige::contains);
    }

    private LocalDate idag() {
        return LocalDate.now(clock);
    }
}
