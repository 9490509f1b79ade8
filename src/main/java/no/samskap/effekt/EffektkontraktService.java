package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.domain.Kontraktsvilkar;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.KontraktRepository.KontraktRad;
import no.samskap.effekt.persistence.KontraktRepository.PartRad;
import no.samskap.effekt.persistence.KontraktRepository.VersjonRad;
import no.samskap.platform.Side;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tiltak.GjennomforingService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome contracts and their terms: NAV creates a contract with its parties, target group, metrics, pricing rules
 * and caps, and amends it in versions that take effect on a date, each recording who, when, why and what changed.
 * Everyone related to a contract reads it as {@link Effekttilgang} allows.
 */
@Service
public class EffektkontraktService {

    /** The reason recorded for a contract's first version when none is given. */
    static final String OPPRETTET = "OPPRETTET";

    private final KontraktRepository kontrakter;
    private final Effekttilgang tilgang;
    private final GjennomforingService gjennomforinger;
    private final Clock clock;

    EffektkontraktService(
            KontraktRepository kontrakter, Effekttilgang tilgang, GjennomforingService gjennomforinger, Clock clock) {
        this.kontrakter = kontrakter;
        this.tilgang = tilgang;
        this.gjennomforinger = gjennomforinger;
        this.clock = clock;
    }

    /**
     * Creates a contract (NAV only). Its first version applies from the contract's start.
     *
     * @throws InvalidInput every field error of the content at once
     * @throws BusinessRuleViolation when the terms break a rule of the engine (e.g. payers mixed with the pool)
     */
    @Transactional
    public UUID opprett(Kontraktsinnhold innhold) {
        Innlogget bruker = tilgang.nav();
        Kontraktsinnhold k = Vilkaarskontroll.kontroller(innhold, Map.of(), this::gjennomforingFinnes);
        Vilkaarskontroll.vilkar(k);
        UUID id = UUID.randomUUID();
        Instant naa = clock.instant();
        kontrakter.insert(new KontraktRad(id, Objects.requireNonNull(k.navn()), Objects.requireNonNull(k.valuta()),
                Objects.requireNonNull(k.fra()), Objects.requireNonNull(k.til()), bruker.ident(), 0, naa));
        kontrakter.insertVersjon(new VersjonRad(id, 1, k.fra(), k, List.of(), OPPRETTET, bruker.ident(), naa));
        kontrakter.lagreParter(partrader(id, k));
        return id;
    }

    /**
     * Amends a contract's terms (NAV only) with a new version that applies from {@code gjelderFra}. The currency never
     * changes, a party keeps its role, and parties or metrics that rows refer to stay.
     *
     * @throws StaleVersion when the contract changed since the client read it
     */
    @Transactional
    public void endreVilkaar(EndreVilkaar command) {
        tilgang.forhold(command.kontraktId()).krevNav();
        Innlogget bruker = tilgang.innlogget();
        var feil = InvalidInput.collector();
        feil.check(command.version() != null, "version", EffektProblem.VERSION_PAAKREVD);
        feil.check(command.gjelderFra() != null, "gjelderFra", EffektProblem.PAAKREVD);
        String begrunnelse = Vilkaarskontroll.tekst(command.begrunnelse());
        feil.check(begrunnelse != null, "begrunnelse", EffektProblem.BEGRUNNELSE_PAAKREVD);
        feil.check(begrunnelse == null || begrunnelse.length() <= 2000, "begrunnelse", EffektProblem.FOR_LANG, 2000);
        Map<String, UUID> kjente = new HashMap<>();
        Map<String, Partsrolle> roller = new HashMap<>();
        for (PartRad p : kontrakter.parter(command.kontraktId())) {
            kjente.put(p.kode(), p.partId());
            roller.put(p.kode(), p.rolle());
        }
        Kontraktsinnhold ny;
        try {
            ny = Vilkaarskontroll.kontroller(command.innhold(), kjente, this::gjennomforingFinnes);
        } catch (InvalidInput e) {
            feil.addAll(e.violations());
            feil.throwIfAny();
            throw e;
        }
        feil.throwIfAny();
        KontraktRad kontrakt = kontrakter.laas(command.kontraktId())
                .orElseThrow(() -> new NotFound(Effekttilgang.RESSURS, command.kontraktId()));
        if (kontrakt.version() != Objects.requireNonNull(command.version())) {
            throw new StaleVersion(Effekttilgang.RESSURS, kontrakt.id());
        }
        VersjonRad siste = kontrakter.siste(kontrakt.id());
        LocalDate gjelderFra = Objects.requireNonNull(command.gjelderFra());
        if (gjelderFra.isBefore(siste.gjelderFra())) {
            throw new BusinessRuleViolation(EffektProblem.GJELDER_FRA_FOR_TIDLIG, "gjelderFra", siste.gjelderFra());
        }
        if (!kontrakt.valuta().equals(ny.valuta())) {
            throw new BusinessRuleViolation(EffektProblem.VALUTA_KAN_IKKE_ENDRES, "valuta");
        }
        for (int i = 0; i < ny.parter().size(); i++) {
            Part p = ny.parter().get(i);
            Partsrolle tidligere = roller.get(p.kode());
            if (tidligere != null && tidligere != p.rolle()) {
                throw new BusinessRuleViolation(EffektProblem.ROLLE_KAN_IKKE_ENDRES, "parter[" + i + "].rolle");
            }
        }
        for (Part p : siste.innhold().parter()) {
            if (ny.part(Objects.requireNonNull(p.kode())).isEmpty()
                    && kontrakter.partIBruk(kontrakt.id(), Objects.requireNonNull(p.id()))) {
                throw new BusinessRuleViolation(EffektProblem.PART_I_BRUK, "parter", p.kode());
            }
        }
        for (var m : siste.innhold().resultatmaal()) {
            String kode = Objects.requireNonNull(m.kode());
            if (ny.resultatmaal(kode).isEmpty() && kontrakter.maalIBruk(kontrakt.id(), kode)) {
                throw new BusinessRuleViolation(EffektProblem.RESULTATMAAL_I_BRUK, "resultatmaal", kode);
            }
        }
        Vilkaarskontroll.vilkar(ny);
        Instant naa = clock.instant();
        kontrakter.insertVersjon(new VersjonRad(kontrakt.id(), siste.nummer() + 1, gjelderFra, ny,
                Endringslogg.endringer(siste.innhold(), ny), Objects.requireNonNull(begrunnelse), bruker.ident(), naa));
        kontrakter.oppdater(kontrakt.id(), Objects.requireNonNull(ny.navn()), Objects.requireNonNull(ny.fra()),
                Objects.requireNonNull(ny.til()), kontrakt.version(), naa);
        kontrakter.lagreParter(partrader(kontrakt.id(), ny));
    }

    /** The contracts the current user is related to (NAV: all), newest first. */
    @Transactional(readOnly = true)
    public Side<EffektkontraktSammendrag> list(@Nullable Integer side, @Nullable Integer storrelse) {
        Innlogget bruker = tilgang.innlogget();
        boolean nav = bruker.har(Rolle.TILTAKSADMIN);
        Side<KontraktRad> rader = kontrakter.list(nav, bruker.organisasjonsnumre(), Effekttilgang.partsroller(bruker),
                side, storrelse);
        return rader.map(k -> new EffektkontraktSammendrag(k.id(), k.navn(), k.valuta(), k.fra(), k.til(),
                nav ? Innsyn.NAV : tilgang.forhold(k.id()).innsyn()));
    }

    /** One contract as the current user sees it, with the terms in effect today. */
    @Transactional(readOnly = true)
    public EffektkontraktDetaljer hent(UUID id) {
        var forhold = tilgang.forhold(id);
        KontraktRad kontrakt = kontrakter.find(id).orElseThrow(() -> new NotFound(Effekttilgang.RESSURS, id));
        VersjonRad gjeldende = kontrakter.gjeldende(id, LocalDate.now(clock));
        int nyeste = kontrakter.siste(id).nummer();
        Kontraktsvilkar vilkar = Vilkaarskontroll.vilkar(gjeldende.innhold());
        Innsyn innsyn = forhold.innsyn();
        var handlinger = new EffektkontraktDetaljer.Handlinger(
                innsyn == Innsyn.NAV, innsyn == Innsyn.LEVERANDOR, innsyn == Innsyn.LEVERANDOR,
                innsyn == Innsyn.EVALUATOR, innsyn == Innsyn.EVALUATOR, innsyn == Innsyn.NAV, innsyn == Innsyn.NAV);
        return new EffektkontraktDetaljer(id, kontrakt.version(), gjeldende.nummer(), nyeste, gjeldende.gjelderFra(),
                synlig(gjeldende.innhold(), forhold), vilkar.samletTak().belop(), innsyn,
                forhold.egneParter().stream().sorted().toList(), handlinger);
    }

    /**
     * Every version of the contract, newest first, with who changed what, when and why (an investor does not see the
     * changes of the other investors' terms).
     */
    @Transactional(readOnly = true)
    public List<Kontraktsversjon> versjoner(UUID id) {
        var forhold = tilgang.forhold(id);
        List<String> skjult = forhold.innsyn() != Innsyn.INVESTOR
                ? List.of()
                : kontrakter.parter(id).stream()
                        .filter(p -> p.rolle() == Partsrolle.INVESTOR && !forhold.egneParter().contains(p.partId()))
                        .map(p -> "parter[" + p.kode() + "].")
                        .toList();
        List<Kontraktsversjon> versjoner = new ArrayList<>();
        for (VersjonRad v : kontrakter.versjoner(id)) {
            versjoner.add(new Kontraktsversjon(v.nummer(), v.gjelderFra(), v.endretAv(), v.tidspunkt(),
                    v.begrunnelse(), v.endringer().stream()
                            .filter(e -> skjult.stream().noneMatch(e.felt()::startsWith))
                            .toList()));
        }
        return versjoner.reversed();
    }

    /** The whole content of one version of the contract. */
    @Transactional(readOnly = true)
    public Kontraktsinnhold versjon(UUID id, int nummer) {
        var forhold = tilgang.forhold(id);
        return kontrakter.versjoner(id).stream()
                .filter(v -> v.nummer() == nummer)
                .findFirst()
                .map(v -> synlig(v.innhold(), forhold))
                .orElseThrow(() -> new NotFound("kontraktsversjon", nummer));
    }

    /** An investor sees the contract's terms, but not what the other investors committed or may receive. */
    private static Kontraktsinnhold synlig(Kontraktsinnhold innhold, Effekttilgang.Forhold forhold) {
        if (forhold.innsyn() != Innsyn.INVESTOR) {
            return innhold;
        }
        List<Part> parter = innhold.parter().stream()
                .map(p -> p.rolle() != Partsrolle.INVESTOR || forhold.egneParter().contains(p.id())
                        ? p
                        : new Part(p.kode(), p.rolle(), p.navn(), p.organisasjonsnummer(), p.konsortium(), null, null,
                                p.instrument(), p.tranche(), null, null, null, p.id()))
                .toList();
        return innhold.medParter(parter);
    }

    private boolean gjennomforingFinnes(UUID id) {
        return gjennomforinger.finnForDeltakelse(id).isPresent();
    }

    private static List<PartRad> partrader(UUID kontraktId, Kontraktsinnhold k) {
        return k.parter().stream()
                .map(p -> new PartRad(kontraktId, Objects.requireNonNull(p.id()), Objects.requireNonNull(p.kode()),
                        Objects.requireNonNull(p.rolle()), Objects.requireNonNull(p.navn()), p.organisasjonsnummer()))
                .toList();
    }
}
