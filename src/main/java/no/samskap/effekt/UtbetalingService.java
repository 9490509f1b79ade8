package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.effekt.domain.Effektutlosning;
import no.samskap.effekt.domain.Fossefall;
import no.samskap.effekt.domain.Investorregnskap;
import no.samskap.effekt.domain.Justering;
import no.samskap.effekt.domain.Justeringsaarsak;
import no.samskap.effekt.domain.Kohort;
import no.samskap.effekt.domain.Kontantstrom;
import no.samskap.effekt.domain.Kontraktsvilkar;
import no.samskap.effekt.domain.PartId;
import no.samskap.effekt.domain.Penger;
import no.samskap.effekt.domain.Utbetaling;
import no.samskap.effekt.domain.Utbetalingskjoring;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.effekt.domain.Utbetalingsprofil;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.KontraktRepository.KontraktRad;
import no.samskap.effekt.persistence.UtbetalingRepository;
import no.samskap.effekt.persistence.UtbetalingRepository.KjoringRad;
import no.samskap.effekt.persistence.UtbetalingRepository.KohortRad;
import no.samskap.effekt.persistence.UtbetalingRepository.KontantstromRad;
import no.samskap.effekt.persistence.UtbetalingRepository.UtbetalingRad;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comparison groups and payments. The evaluator records cohort aggregates; the effect against the comparison group
 * triggers payments per cohort and over all cohorts. NAV runs payments per period: per payer and recipient, what the
 * approved claims and triggered effects earned to the end of the period less what earlier runs paid, never beyond a
 * cap; the investors' share goes through the waterfall, never beyond an investor's contracted maximum. Every party
 * gets a statement; the planned profile is compared with what was paid.
 */
@Service
public class UtbetalingService {

    private static final Pattern KVARTAL = Pattern.compile("(\\d{4})-K([1-4])");
    static final String KJORING = "effekt-utbetalingskjoring";

    private final KontraktRepository kontrakter;
    private final UtbetalingRepository utbetalinger;
    private final Beregning beregning;
    private final Effekttilgang tilgang;
    private final ApplicationEventPublisher hendelser;
    private final Clock clock;

    UtbetalingService(KontraktRepository kontrakter, UtbetalingRepository utbetalinger, Beregning beregning,
            Effekttilgang tilgang, ApplicationEventPublisher hendelser, Clock clock) {
        this.kontrakter = kontrakter;
        this.utbetalinger = utbetalinger;
        this.beregning = beregning;
        this.tilgang = tilgang;
        this.hendelser = hendelser;
        this.clock = clock;
    }

    /** The evaluator records a cohort's aggregates, or corrects them ({@code kohortId} and {@code version}). */
    @Transactional
    public UUID registrerKohort(RegistrerKohort command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevEvaluator();
        var feil = InvalidInput.collector();
        String navn = Vilkaarskontroll.tekst(command.navn());
        feil.check(navn != null, "navn", EffektProblem.PAAKREVD);
        feil.check(navn == null || navn.length() <= Vilkaarskontroll.MAKS_NAVN, "navn", EffektProblem.FOR_LANG,
                Vilkaarskontroll.MAKS_NAVN);
        feil.check(command.dato() != null, "dato", EffektProblem.PAAKREVD);
        antall(command.antallTiltak(), "antallTiltak", feil);
        antall(command.utfallTiltak(), "utfallTiltak", feil);
        antall(command.antallSammenligning(), "antallSammenligning", feil);
        antall(command.utfallSammenligning(), "utfallSammenligning", feil);
        feil.check(command.kohortId() == null || command.version() != null, "version",
                EffektProblem.VERSION_PAAKREVD);
        feil.throwIfAny();
        UUID id = command.kohortId() == null ? UUID.randomUUID() : command.kohortId();
        var rad = new KohortRad(id, command.kontraktId(), Objects.requireNonNull(navn),
                Objects.requireNonNull(command.dato()), Objects.requireNonNull(command.antallTiltak()),
                Objects.requireNonNull(command.utfallTiltak()), Objects.requireNonNull(command.antallSammenligning()),
                Objects.requireNonNull(command.utfallSammenligning()), forhold.bruker().ident(),
                command.version() == null ? 0 : command.version());
        if (command.kohortId() == null) {
            utbetalinger.insert(rad, clock.instant());
        } else {
            utbetalinger.kohort(command.kontraktId(), id).orElseThrow(() -> new NotFound("effekt-kohort", id));
            utbetalinger.oppdater(rad, clock.instant());
        }
        return id;
    }

    /**
     * The effect per cohort and over all cohorts and the payments it triggers (every party; an investor sees the
     * counts of cohorts of fewer than five participants suppressed).
     *
     * @throws NotFound when the contract has no evaluation against a comparison group
     */
    @Transactional(readOnly = true)
    public Effektrapport effekt(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId);
        Kontraktsinnhold k = kontrakter.gjeldende(kontraktId, LocalDate.now(clock)).innhold();
        return effektrapport(k, utbetalinger.kohorter(kontraktId), forhold.innsyn() == Innsyn.INVESTOR)
                .orElseThrow(() -> new NotFound("effektmaaling", kontraktId));
    }

    static java.util.Optional<Effektrapport> effektrapport(
            Kontraktsinnhold k, List<KohortRad> kohorter, boolean prikk) {
        var e = k.effektmaaling();
        if (e == null) {
            return java.util.Optional.empty();
        }
        Effektutlosning utlosning = utlosning(k);
        List<Kohort> domene = kohorter.stream().map(UtbetalingService::kohort).toList();
        List<Effektutlosning.Effektbetaling> linjer = utlosning.utlos(domene);
        List<Effektrapport.Kohortlinje> rapport = new ArrayList<>();
        for (int i = 0; i < linjer.size(); i++) {
            var l = linjer.get(i);
            KohortRad rad = i < kohorter.size() ? kohorter.get(i) : null;
            Kohort tall = rad == null ? Effektutlosning.samle(domene) : domene.get(i);
            boolean skjul = prikk && tall.antallTiltak() < no.samskap.effekt.domain.Prikking.MINSTE_ANTALL;
            rapport.add(new Effektrapport.Kohortlinje(rad == null ? null : rad.id(), l.kohort(),
                    rad == null ? null : rad.dato(),
                    skjul ? null : tall.antallTiltak(), skjul ? null : tall.utfallTiltak(),
                    skjul ? null : tall.antallSammenligning(), skjul ? null : tall.utfallSammenligning(),
                    skjul ? null : tall.rateTiltak().orElse(null), skjul ? null : tall.rateSammenligning().orElse(null),
                    skjul ? null : l.effekt(), l.status(), l.belop().belop(), skjul,
                    rad == null ? 0 : rad.version()));
        }
        return java.util.Optional.of(new Effektrapport(Objects.requireNonNull(e.metode()),
                Objects.requireNonNull(e.form()), Objects.requireNonNull(e.kohortterskel()),
                Objects.requireNonNull(e.samletTerskel()), Objects.requireNonNull(k.valuta()), rapport));
    }

    /**
     * Makes the payment run of a period (NAV). Computed with the terms in effect at the period's end; claims count
     * when the evaluator approved them by then, cohorts when they were measured by then. The investors' share of what
     * the run pays goes through the waterfall as repayments and returns dated the payment date. Publishes
     * {@link UtbetalingskjoringGjennomfort}.
     *
     * @throws BusinessRuleViolation when the period is malformed, not the contract's frequency, run already, or not
     *     after the runs before it
     */
    @Transactional
    public UUID kjor(KjorUtbetaling command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevNav();
        KontraktRad kontrakt = kontrakter.laas(command.kontraktId())
                .orElseThrow(() -> new NotFound(Effekttilgang.RESSURS, command.kontraktId()));
        Kontraktsinnhold siste = kontrakter.siste(kontrakt.id()).innhold();
        var frekvens = Objects.requireNonNull(Objects.requireNonNull(siste.utbetaling()).frekvens());
        Utbetalingsperiode periode = periode(command.periode(), frekvens);
        if (periode.til().isBefore(kontrakt.fra())) {
            throw new BusinessRuleViolation(EffektProblem.PERIODE_UTENFOR_KONTRAKT, "periode");
        }
        List<KjoringRad> tidligereKjoringer = utbetalinger.kjoringer(kontrakt.id());
        for (KjoringRad k : tidligereKjoringer) {
            if (k.fra().equals(periode.fra())) {
                throw new BusinessRuleViolation(EffektProblem.PERIODE_ALLEREDE_KJORT, "periode");
            }
            if (!periode.fra().isAfter(k.til())) {
                throw new BusinessRuleViolation(EffektProblem.PERIODE_FOR_TIDLIGERE, "periode", k.til());
            }
        }
        LocalDate utbetalingsdato = command.utbetalingsdato() != null ? command.utbetalingsdato() : LocalDate.now(clock);
        Beregning.Grunnlag g = beregning.beregn(kontrakt.id(), periode.til());
        Kontraktsinnhold k = g.innhold();
        Kontraktsvilkar vilkar = g.vilkar();
        Currency valuta = vilkar.valuta();
        List<Utbetaling> tidligere = utbetalinger.utbetalinger(kontrakt.id()).stream()
                .filter(u -> u.belop().signum() > 0)
                .map(u -> new Utbetaling(new Utbetalingsperiode(u.fra(), u.til()), new PartId(u.betalerId()),
                        new PartId(u.mottakerId()), new Penger(u.belop(), valuta)))
                .toList();
        Utbetalingskjoring kjoring = Utbetalingskjoring.beregn(g.avstemming(), periode, tidligere,
                effektopptjening(k, utbetalinger.kohorter(kontrakt.id()), periode.til()));
        UUID kjoringId = UUID.randomUUID();
        Instant naa = clock.instant();
        utbetalinger.insert(new KjoringRad(kjoringId, kontrakt.id(), periode.fra(), periode.til(), utbetalingsdato,
                forhold.bruker().ident(), naa));
        List<UtbetalingskjoringGjennomfort.Betaling> betalinger = new ArrayList<>();
        for (var l : kjoring.linjer()) {
            UUID id = UUID.randomUUID();
            utbetalinger.insert(kontrakt.id(), new UtbetalingRad(id, kjoringId, l.betaler().value(),
                    l.mottaker().value(), l.opptjent().belop(), l.tidligereUtbetalt().belop(), l.belop().belop(),
                    kutt(l.justeringer(), Justeringsaarsak.TAK_KONTRAKT, valuta),
                    kutt(l.justeringer(), Justeringsaarsak.TAK_BETALER, valuta), periode.fra(), periode.til(),
                    utbetalingsdato));
            if (l.belop().erPositiv()) {
                betalinger.add(new UtbetalingskjoringGjennomfort.Betaling(id, l.betaler().value(), l.mottaker().value(),
                        l.belop().belop()));
            }
        }
        fordelTilInvestorer(kontrakt.id(), k, kjoring.totalt(), utbetalingsdato, kjoringId, forhold, naa);
        hendelser.publishEvent(new UtbetalingskjoringGjennomfort(UUID.randomUUID(), kontrakt.id(), kjoringId, periode.fra(),
                periode.til(), utbetalingsdato, valuta.getCurrencyCode(), kjoring.totalt().belop(), betalinger, naa));
        return kjoringId;
    }

    /** The contract's payment runs, oldest first (NAV, the evaluator; a provider sees its own lines). */
    @Transactional(readOnly = true)
    public List<Utbetalingskjoringvisning> kjoringer(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        return kjoringer(kontraktId, forhold, null);
    }

    /** One payment run (404 if it is not the contract's). */
    @Transactional(readOnly = true)
    public Utbetalingskjoringvisning kjoring(UUID kontraktId, UUID kjoringId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        return kjoringer(kontraktId, forhold, kjoringId).stream().findFirst()
                .orElseThrow(() -> new NotFound(KJORING, kjoringId));
    }

    private List<Utbetalingskjoringvisning> kjoringer(
            UUID kontraktId, Effekttilgang.Forhold forhold, @Nullable UUID bare) {
        Kontraktsinnhold k = kontrakter.siste(kontraktId).innhold();
        Map<UUID, String> navn = partnavn(kontraktId);
        List<UtbetalingRad> linjer = utbetalinger.utbetalinger(kontraktId);
        List<KontantstromRad> strommer = utbetalinger.kontantstrommer(kontraktId);
        List<Utbetalingskjoringvisning> liste = new ArrayList<>();
        for (KjoringRad kj : utbetalinger.kjoringer(kontraktId)) {
            if (bare != null && !bare.equals(kj.id())) {
                continue;
            }
            List<Utbetalingskjoringvisning.Linje> egne = linjer.stream()
                    .filter(l -> l.kjoringId().equals(kj.id()))
                    .filter(l -> forhold.ser(l.mottakerId()) || forhold.ser(l.betalerId()))
                    .map(l -> new Utbetalingskjoringvisning.Linje(l.betalerId(), navn.getOrDefault(l.betalerId(), ""),
                            l.mottakerId(), navn.getOrDefault(l.mottakerId(), ""), l.opptjent(), l.tidligereUtbetalt(),
                            l.belop(), kutt(l)))
                    .toList();
            List<Utbetalingskjoringvisning.Investorutdeling> tilInvestorer = new ArrayList<>();
            if (forhold.innsyn().serAlt()) {
                strommer.stream().filter(s -> kj.id().equals(s.kjoringId()))
                        .map(KontantstromRad::investorId).distinct()
                        .forEach(investor -> tilInvestorer.add(new Utbetalingskjoringvisning.Investorutdeling(investor,
                                navn.getOrDefault(investor, ""),
                                sum(strommer, kj.id(), investor, "TILBAKEBETALING"),
                                sum(strommer, kj.id(), investor, "AVKASTNING"))));
            }
            BigDecimal totalt = egne.stream().map(Utbetalingskjoringvisning.Linje::belop)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            liste.add(new Utbetalingskjoringvisning(kj.id(), kj.fra(), kj.til(), kj.utbetalingsdato(), kj.kjortAv(),
                    kj.tidspunkt(), Objects.requireNonNull(k.valuta()), totalt, egne, tilInvestorer));
        }
        return liste;
    }

    /**
     * A party's statement: NAV and the evaluator may ask for any party, a provider or investor for its own (else
     * 404).
     */
    @Transactional(readOnly = true)
    public Oppgjor oppgjor(UUID kontraktId, UUID partId) {
        var forhold = tilgang.forhold(kontraktId);
        Kontraktsinnhold k = kontrakter.siste(kontraktId).innhold();
        var part = kontrakter.parter(kontraktId).stream()
                .filter(p -> p.partId().equals(partId) && forhold.ser(partId))
                .findFirst()
                .orElseThrow(() -> new NotFound("effekt-part", partId));
        Map<UUID, String> navn = partnavn(kontraktId);
        List<Oppgjor.Oppgjorslinje> linjer = utbetalinger.utbetalinger(kontraktId).stream()
                .filter(l -> l.betalerId().equals(partId) || l.mottakerId().equals(partId))
                .filter(l -> l.belop().signum() > 0 || l.kuttKontrakt().signum() > 0 || l.kuttBetaler().signum() > 0)
                .map(l -> new Oppgjor.Oppgjorslinje(l.kjoringId(), l.fra(), l.til(), l.utbetalingsdato(),
                        l.betalerId(), navn.getOrDefault(l.betalerId(), ""), l.mottakerId(),
                        navn.getOrDefault(l.mottakerId(), ""), l.belop(), kutt(l)))
                .toList();
        BigDecimal betalt = linjer.stream().filter(l -> l.betalerId().equals(partId))
                .map(Oppgjor.Oppgjorslinje::belop).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mottatt = linjer.stream().filter(l -> l.mottakerId().equals(partId))
                .map(Oppgjor.Oppgjorslinje::belop).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Kontantstromvisning> strommer = utbetalinger.kontantstrommer(kontraktId).stream()
                .filter(s -> s.investorId().equals(partId))
                .map(InvestorService::visning)
                .toList();
        if (part.rolle() == Kontraktsinnhold.Partsrolle.INVESTOR) {
            betalt = strommer.stream().filter(s -> s.type() == Kontantstrom.Type.TREKK)
                    .map(Kontantstromvisning::belop).reduce(BigDecimal.ZERO, BigDecimal::add);
            mottatt = strommer.stream().filter(s -> s.type() != Kontantstrom.Type.TREKK)
                    .map(Kontantstromvisning::belop).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return new Oppgjor(partId, part.navn(), part.rolle(), Objects.requireNonNull(k.valuta()), linjer, betalt,
                mottatt, strommer);
    }

    /** The planned payment profile against what the runs paid, period by period (every party). */
    @Transactional(readOnly = true)
    public List<Utbetalingsprofillinje> profil(UUID kontraktId) {
        tilgang.forhold(kontraktId);
        return profil(kontraktId, kontrakter.siste(kontraktId).innhold());
    }

    List<Utbetalingsprofillinje> profil(UUID kontraktId, Kontraktsinnhold k) {
        Currency valuta = Currency.getInstance(k.valuta());
        var plan = Objects.requireNonNull(k.utbetaling()).plan().stream()
                .map(p -> new Utbetalingsprofil.PlanlagtUtbetaling(
                        new Utbetalingsperiode(Objects.requireNonNull(p.fra()), Objects.requireNonNull(p.til())),
                        Vilkaarskontroll.penger(p.belop(), valuta)))
                .toList();
        var faktiske = utbetalinger.utbetalinger(kontraktId).stream()
                .map(u -> new Utbetaling(new Utbetalingsperiode(u.fra(), u.til()), new PartId(u.betalerId()),
                        new PartId(u.mottakerId()), new Penger(u.belop(), valuta)))
                .toList();
        return Utbetalingsprofil.sammenlign(plan, faktiske, valuta).stream()
                .map(l -> new Utbetalingsprofillinje(l.periode().fra(), l.periode().til(), l.planlagt().belop(),
                        l.faktisk().belop(), l.avvik().belop(), l.kumulativtPlanlagt().belop(),
                        l.kumulativtFaktisk().belop()))
                .toList();
    }

    /** The investors' share of what the run pays, through the waterfall, as their cash flows on the payment date. */
    private void fordelTilInvestorer(UUID kontraktId, Kontraktsinnhold k, Penger totalt, LocalDate dato,
            UUID kjoringId, Effekttilgang.Forhold forhold, Instant naa) {
        BigDecimal andel = Objects.requireNonNull(Objects.requireNonNull(k.utbetaling()).andelTilInvestorer());
        if (andel.signum() == 0 || !totalt.erPositiv() || k.parter(Kontraktsinnhold.Partsrolle.INVESTOR).isEmpty()) {
            return;
        }
        Investorregnskap regnskap = InvestorService.regnskap(k, utbetalinger.kontantstrommer(kontraktId));
        Fossefall.Fordeling fordeling = Fossefall.fordel(totalt.ganger(andel), regnskap.per(dato).posisjoner());
        for (Kontantstrom s : fordeling.somKontantstrommer(dato)) {
            utbetalinger.insert(new KontantstromRad(UUID.randomUUID(), kontraktId, s.investor().value(), s.dato(),
                    s.type().name(), s.belop().belop(), kjoringId, forhold.bruker().ident(), naa));
        }
    }

    /** What the effect against the comparison group has triggered by the date (cumulative), to the provider named. */
    private static List<Utbetalingskjoring.AnnenOpptjening> effektopptjening(
            Kontraktsinnhold k, List<KohortRad> kohorter, LocalDate til) {
        var e = k.effektmaaling();
        if (e == null) {
            return List.of();
        }
        List<Kohort> maalt = kohorter.stream().filter(r -> !r.dato().isAfter(til)).map(UtbetalingService::kohort)
                .toList();
        if (maalt.isEmpty()) {
            return List.of();
        }
        Penger sum = utlosning(k).utlos(maalt).stream()
                .map(Effektutlosning.Effektbetaling::belop)
                .reduce(Penger.ingen(Currency.getInstance(k.valuta())), Penger::plus);
        if (!sum.erPositiv()) {
            return List.of();
        }
        Map<String, PartId> ider = Vilkaarskontroll.partIder(k);
        return List.of(new Utbetalingskjoring.AnnenOpptjening(
                e.betaler() == null ? null : ider.get(e.betaler()),
                Objects.requireNonNull(ider.get(e.mottaker())), sum));
    }

    private static Effektutlosning utlosning(Kontraktsinnhold k) {
        var e = Objects.requireNonNull(k.effektmaaling());
        Currency valuta = Currency.getInstance(k.valuta());
        return new Effektutlosning(Objects.requireNonNull(e.metode()), Objects.requireNonNull(e.form()),
                Objects.requireNonNull(e.kohortterskel()), Vilkaarskontroll.penger(e.belopPerKohort(), valuta),
                Objects.requireNonNull(e.samletTerskel()), Vilkaarskontroll.penger(e.samletBelop(), valuta));
    }

    private static Kohort kohort(KohortRad r) {
        return new Kohort(r.navn(), r.antallTiltak(), r.utfallTiltak(), r.antallSammenligning(),
                r.utfallSammenligning());
    }

    /** A period as the contract's frequency names it: 2026-03 (a month) or 2026-K1 (a quarter). */
    static Utbetalingsperiode periode(@Nullable String tekst, Utbetalingsperiode.Periodetype frekvens) {
        String t = tekst == null ? "" : tekst.strip().toUpperCase(java.util.Locale.ROOT);
        Matcher kvartal = KVARTAL.matcher(t);
        if (frekvens == Utbetalingsperiode.Periodetype.KVARTAL && kvartal.matches()) {
            return Utbetalingsperiode.kvartal(Integer.parseInt(kvartal.group(1)), Integer.parseInt(kvartal.group(2)));
        }
        if (frekvens == Utbetalingsperiode.Periodetype.MAANED) {
            try {
                return Utbetalingsperiode.maaned(YearMonth.parse(t));
            } catch (DateTimeParseException e) {
                // falls through to the rejection below
            }
        }
        throw new BusinessRuleViolation(EffektProblem.PERIODE_FORMAT, "periode", frekvens.name());
    }

    private Map<UUID, String> partnavn(UUID kontraktId) {
        Map<UUID, String> navn = new java.util.HashMap<>();
        kontrakter.parter(kontraktId).forEach(p -> navn.put(p.partId(), p.navn()));
        return navn;
    }

    private static List<Kutt> kutt(UtbetalingRad l) {
        List<Kutt> kutt = new ArrayList<>();
        if (l.kuttKontrakt().signum() > 0) {
            kutt.add(new Kutt(Justeringsaarsak.TAK_KONTRAKT, l.kuttKontrakt()));
        }
        if (l.kuttBetaler().signum() > 0) {
            kutt.add(new Kutt(Justeringsaarsak.TAK_BETALER, l.kuttBetaler()));
        }
        return kutt;
    }

    private static BigDecimal kutt(List<Justering> justeringer, Justeringsaarsak aarsak, Currency valuta) {
        return justeringer.stream().filter(j -> j.aarsak() == aarsak).map(Justering::belop)
                .reduce(Penger.ingen(valuta), Penger::plus).belop();
    }

    private static BigDecimal sum(List<KontantstromRad> strommer, UUID kjoringId, UUID investor, String type) {
        return strommer.stream()
                .filter(s -> kjoringId.equals(s.kjoringId()) && s.investorId().equals(investor) && type.equals(s.type()))
                .map(KontantstromRad::belop).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void antall(@Nullable Integer antall, String felt, InvalidInput.Collector feil) {
        feil.check(antall != null, felt, EffektProblem.PAAKREVD);
        feil.check(antall == null || antall >= 0, felt, EffektProblem.ANTALL_UGYLDIG);
    }
}
