package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.domain.Investor;
import no.samskap.effekt.domain.Investoraggregat;
import no.samskap.effekt.domain.Investorregnskap;
import no.samskap.effekt.domain.Kontantstrom;
import no.samskap.effekt.domain.PartId;
import no.samskap.effekt.domain.Penger;
import no.samskap.effekt.domain.Prognose;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.MaalingRepository;
import no.samskap.effekt.persistence.UtbetalingRepository;
import no.samskap.effekt.persistence.UtbetalingRepository.KontantstromRad;
import no.samskap.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The investors' side of a contract: their dated cash flows (commitments from the terms, drawdowns NAV registers,
 * repayments and returns from the payment runs' waterfall), MoM, XIRR and maximum loss given guarantees, low/base/high
 * scenarios, and the investor's own view of a contract — aggregated figures only, never a participant.
 */
@Service
public class InvestorService {

    private final KontraktRepository kontrakter;
    private final UtbetalingRepository utbetalinger;
    private final MaalingRepository maaling;
    private final Beregning beregning;
    private final MaalingService maalingService;
    private final UtbetalingService utbetalingService;
    private final Effekttilgang tilgang;
    private final Clock clock;

    InvestorService(KontraktRepository kontrakter, UtbetalingRepository utbetalinger, MaalingRepository maaling,
            Beregning beregning, MaalingService maalingService, UtbetalingService utbetalingService,
            Effekttilgang tilgang, Clock clock) {
        this.kontrakter = kontrakter;
        this.utbetalinger = utbetalinger;
        this.maaling = maaling;
        this.beregning = beregning;
        this.maalingService = maalingService;
        this.utbetalingService = utbetalingService;
        this.tilgang = tilgang;
        this.clock = clock;
    }

    /**
     * NAV registers a drawdown, or a repayment or return made outside a payment run.
     *
     * @throws no.samskap.shared.BusinessRuleViolation {@code TREKK_OVER_FORPLIKTELSE} for a drawdown beyond the commitment
     */
    @Transactional
    public UUID registrerKontantstrom(RegistrerKontantstrom command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevNav();
        kontrakter.laas(command.kontraktId());
        Kontraktsinnhold k = kontrakter.siste(command.kontraktId()).innhold();
        var feil = InvalidInput.collector();
        feil.check(command.investor() != null, "investor", EffektProblem.PAAKREVD);
        feil.check(command.investor() == null || k.part(command.investor())
                .filter(p -> p.rolle() == Partsrolle.INVESTOR).isPresent(), "investor", EffektProblem.PART_UKJENT);
        feil.check(command.dato() != null, "dato", EffektProblem.PAAKREVD);
        feil.check(command.type() != null, "type", EffektProblem.PAAKREVD);
        feil.check(command.type() != Kontantstrom.Type.FORPLIKTELSE, "type", EffektProblem.KONTANTSTROMTYPE_UGYLDIG);
        Currency valuta = Currency.getInstance(k.valuta());
        BigDecimal belop = Vilkaarskontroll.belop(command.belop(), valuta, "belop", true, feil);
        feil.check(belop == null || belop.signum() > 0, "belop", EffektProblem.KONTANTSTROM_UGYLDIG);
        feil.throwIfAny();
        List<KontantstromRad> strommer = utbetalinger.kontantstrommer(command.kontraktId());
        var ny = new Kontantstrom(new PartId(Objects.requireNonNull(command.investor())),
                Objects.requireNonNull(command.dato()), Objects.requireNonNull(command.type()),
                new Penger(Objects.requireNonNull(belop), valuta));
        regnskap(k, strommer).med(List.of(ny));
        UUID id = UUID.randomUUID();
        utbetalinger.insert(new KontantstromRad(id, command.kontraktId(), ny.investor().value(), ny.dato(),
                ny.type().name(), belop, null, forhold.bruker().ident(), clock.instant()));
        return id;
    }

    /** The investors' ledger: NAV and the evaluator see every investor, an investor only itself (providers: 403). */
    @Transactional(readOnly = true)
    public List<Investorposisjon> regnskap(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId);
        if (forhold.innsyn() == Innsyn.LEVERANDOR) {
            forhold.krevFulltInnsyn();
        }
        Kontraktsinnhold k = kontrakter.siste(kontraktId).innhold();
        return posisjoner(k, utbetalinger.kontantstrommer(kontraktId)).stream()
                .filter(p -> forhold.ser(p.investorId()))
                .toList();
    }

    /**
     * Low, base and high scenarios: the planned outcomes at each achievement rate, through the caps and the
     * waterfall, to each investor's receipts, MoM and IRR (an investor sees its own line only; providers: 403).
     */
    @Transactional(readOnly = true)
    public List<Scenarioresultat> prognose(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId);
        if (forhold.innsyn() == Innsyn.LEVERANDOR) {
            forhold.krevFulltInnsyn();
        }
        return prognose(kontraktId, kontrakter.siste(kontraktId).innhold(), forhold);
    }

    /**
     * What an investor sees of the contract (NAV and the evaluator may look at it too): aggregated outcomes and
     * payments with small figures suppressed, its own ledger and forecast, soft outcomes and the effect in aggregate.
     */
    @Transactional(readOnly = true)
    public Investorvisning investorvisning(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId);
        if (forhold.innsyn() == Innsyn.LEVERANDOR) {
            forhold.krevFulltInnsyn();
        }
        LocalDate idag = LocalDate.now(clock);
        Beregning.Grunnlag g = beregning.beregn(kontraktId, idag);
        Kontraktsinnhold k = g.innhold();
        Investoraggregat aggregat = Investoraggregat.av(g.avstemming());
        int antall = aggregat.deltakere().antallDeltakere();
        List<Investorvisning.Maallinje> maal = new ArrayList<>();
        for (var l : aggregat.linjer()) {
            var m = k.resultatmaal(l.maal());
            maal.add(new Investorvisning.Maallinje(l.maal(),
                    m.map(x -> Objects.requireNonNull(x.navn())).orElse(l.maal()),
                    m.map(Kontraktsinnhold.Resultatmaal::maalAntall).orElse(null),
                    Prikket.av(l.deltakere()), Prikket.av(tilBelop(l.godkjent()))));
        }
        List<Utbetalingsprofillinje> profil = utbetalingService.profil(kontraktId, k);
        BigDecimal utbetalt = profil.isEmpty() ? BigDecimal.ZERO : profil.getLast().kumulativtFaktisk();
        List<Investorvisning.Profillinje> profillinjer = profil.stream()
                .map(p -> new Investorvisning.Profillinje(p.fra(), p.til(), p.planlagt(),
                        Prikket.vis(p.faktisk(), antall), Prikket.vis(p.kumulativtFaktisk(), antall)))
                .toList();
        List<Investorposisjon> egne = posisjoner(k, utbetalinger.kontantstrommer(kontraktId)).stream()
                .filter(p -> forhold.ser(p.investorId()))
                .toList();
        var deltakere = Maalgruppeprover.perId(maaling.deltakere(kontraktId, null));
        MykeResultater myke = maalingService.mykeResultater(kontraktId, deltakere).aggregert();
        Effektrapport effekt = UtbetalingService.effektrapport(k, utbetalinger.kohorter(kontraktId), true)
                .orElse(null);
        return new Investorvisning(kontraktId, Objects.requireNonNull(k.navn()), Objects.requireNonNull(k.valuta()),
                Objects.requireNonNull(k.fra()), Objects.requireNonNull(k.til()), g.vilkar().samletTak().belop(),
                Prikket.av(aggregat.deltakere()), Prikket.av(tilBelop(aggregat.godkjent())), maal,
                Prikket.vis(utbetalt, antall), profillinjer, egne, prognose(kontraktId, k, forhold), myke, effekt);
    }

    private List<Scenarioresultat> prognose(UUID kontraktId, Kontraktsinnhold k, Effekttilgang.Forhold forhold) {
        var grunnlag = k.prognose();
        if (grunnlag == null) {
            return List.of();
        }
        Currency valuta = Currency.getInstance(k.valuta());
        Map<String, PartId> ider = Vilkaarskontroll.partIder(k);
        Investorregnskap regnskap = regnskap(k, utbetalinger.kontantstrommer(kontraktId));
        LocalDate idag = LocalDate.now(clock);
        for (var t : grunnlag.trekk()) {
            PartId investor = Objects.requireNonNull(ider.get(t.investor()));
            Penger rom = regnskap.investor(investor).forpliktelse().minus(regnskap.innbetalt(investor));
            Penger belop = Vilkaarskontroll.penger(t.belop(), valuta).min(rom);
            if (Objects.requireNonNull(t.dato()).isAfter(idag) && belop.erPositiv()) {
                regnskap = regnskap.med(List.of(new Kontantstrom(investor, t.dato(), Kontantstrom.Type.TREKK, belop)));
            }
        }
        List<Prognose.PlanlagtUtfall> plan = grunnlag.utfall().stream()
                .map(u -> new Prognose.PlanlagtUtfall(Objects.requireNonNull(u.dato()), Objects.requireNonNull(u.maal()),
                        Objects.requireNonNull(u.antall())))
                .toList();
        List<Prognose.Scenario> scenarier = List.of(
                new Prognose.Scenario(Prognose.Scenarionavn.LAV, Objects.requireNonNull(grunnlag.lav())),
                new Prognose.Scenario(Prognose.Scenarionavn.BASIS, Objects.requireNonNull(grunnlag.basis())),
                new Prognose.Scenario(Prognose.Scenarionavn.HOY, Objects.requireNonNull(grunnlag.hoy())));
        Map<UUID, String> navn = new HashMap<>();
        k.parter().forEach(p -> navn.put(Objects.requireNonNull(p.id()), Objects.requireNonNull(p.navn())));
        return Prognose.beregn(Vilkaarskontroll.vilkar(k), plan, regnskap, scenarier).stream()
                .map(r -> new Scenarioresultat(r.scenario().navn(), r.scenario().oppnaaelsesgrad(),
                        r.utfallsbetalinger().belop(), r.rest().belop(),
                        r.investorer().stream()
                                .filter(i -> forhold.ser(i.investor().value()))
                                .map(i -> new Scenarioresultat.Investorprognose(i.investor().value(),
                                        navn.getOrDefault(i.investor().value(), ""), i.innbetalt().belop(),
                                        i.mottatt().belop(), i.mom(), i.irr()))
                                .toList()))
                .toList();
    }

    private static List<Investorposisjon> posisjoner(Kontraktsinnhold k, List<KontantstromRad> rader) {
        Investorregnskap regnskap = regnskap(k, rader);
        List<Investorposisjon> liste = new ArrayList<>();
        for (var p : k.parter(Partsrolle.INVESTOR)) {
            PartId id = new PartId(Objects.requireNonNull(p.id()));
            Investor i = regnskap.investor(id);
            List<Kontantstromvisning> strommer = new ArrayList<>();
            strommer.add(new Kontantstromvisning(null, id.value(), Objects.requireNonNull(k.fra()),
                    Kontantstrom.Type.FORPLIKTELSE, i.forpliktelse().belop(), null));
            rader.stream().filter(r -> r.investorId().equals(id.value())).map(InvestorService::visning)
                    .forEach(strommer::add);
            liste.add(new Investorposisjon(id.value(), Objects.requireNonNull(p.navn()), i.tranche(), p.instrument(),
                    i.forpliktelse().belop(), i.maksUtbetaling().belop(), regnskap.innbetalt(id).belop(),
                    regnskap.tilbakebetalt(id).belop(), regnskap.mottatt(id).belop(), regnskap.mom(id).orElse(null),
                    regnskap.irr(id).orElse(null), regnskap.maksimaltTap(id).belop(), strommer));
        }
        return liste;
    }

    /** The ledger of a contract: its investors by the terms and their stored cash flows. */
    static Investorregnskap regnskap(Kontraktsinnhold k, List<KontantstromRad> rader) {
        Currency valuta = Currency.getInstance(k.valuta());
        return new Investorregnskap(Vilkaarskontroll.investorer(k), rader.stream()
                .map(r -> new Kontantstrom(new PartId(r.investorId()), r.dato(), Kontantstrom.Type.valueOf(r.type()),
                        new Penger(r.belop(), valuta)))
                .toList());
    }

    static Kontantstromvisning visning(KontantstromRad r) {
        return new Kontantstromvisning(r.id(), r.investorId(), r.dato(), Kontantstrom.Type.valueOf(r.type()), r.belop(),
                r.kjoringId());
    }

    private static no.samskap.effekt.domain.Prikking.Tall<BigDecimal> tilBelop(
            no.samskap.effekt.domain.Prikking.Tall<Penger> tall) {
        Penger p = tall.verdi();
        return new no.samskap.effekt.domain.Prikking.Tall<>(p == null ? null : p.belop(), tall.antallDeltakere(),
                tall.skjult());
    }
}
