package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import no.samskap.effekt.Avstemmingsrapport;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.Investorposisjon;
import no.samskap.effekt.Investorvisning;
import no.samskap.effekt.Kontantstromvisning;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.Utbetalingskjoringvisning;
import no.samskap.effekt.Utbetalingsprofillinje;
import no.samskap.effekt.domain.Kontantstrom;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The outcome-contract pages' charts, from the services' figures: outcomes achieved against the target per metric,
 * payments against the payers' commitments and the contract cap, the planned payment profile against what was paid,
 * and an investor's cash flows. An investor's charts come from its aggregated view, so a suppressed figure stays
 * suppressed in the chart and its table.
 */
@Component
class Diagrammer {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;
    private final Formatering format;

    Diagrammer(MessageSource messages, Formatering format) {
        this.messages = messages;
        this.format = format;
    }

    /** Outcomes achieved (claims not rejected) against the target, per metric. */
    Diagram resultater(Kontraktsinnhold k, Avstemmingsrapport rapport) {
        Map<String, Avstemmingsrapport.Linje> perMaal = new LinkedHashMap<>();
        rapport.perResultatmaal().forEach(l -> perMaal.put(l.nokkel(), l));
        List<String> kategorier = new ArrayList<>();
        List<@Nullable BigDecimal> oppnaadd = new ArrayList<>();
        List<@Nullable BigDecimal> maal = new ArrayList<>();
        for (var m : k.resultatmaal()) {
            kategorier.add(Objects.requireNonNull(m.navn()));
            var l = perMaal.get(m.kode());
            oppnaadd.add(BigDecimal.valueOf(l == null ? 0 : l.oppnaadd()));
            maal.add(m.maalAntall() == null ? null : BigDecimal.valueOf(m.maalAntall()));
        }
        return Diagram.stolper("resultatdiagram", tekst("effekt.diagram.resultater.tittel"),
                tekst("effekt.diagram.resultater.beskrivelse"), kategorier, List.of(
                        new Diagram.Serie(tekst("effekt.diagram.oppnaadd"), Diagram.Form.STOLPE, oppnaadd, ""),
                        new Diagram.Serie(tekst("effekt.diagram.maal"), Diagram.Form.STOLPE, maal,
                                tekst("effekt.diagram.ikke-satt"))),
                antall(), tekst("effekt.felt.resultatmaal"));
    }

    /** The investor's version: participants who achieved each metric (suppressed below five) against the target. */
    Diagram resultater(Investorvisning v) {
        List<String> kategorier = new ArrayList<>();
        List<@Nullable BigDecimal> deltakere = new ArrayList<>();
        List<@Nullable BigDecimal> maal = new ArrayList<>();
        for (var l : v.resultatmaal()) {
            kategorier.add(l.navn());
            deltakere.add(l.deltakere().verdi() == null ? null : BigDecimal.valueOf(l.deltakere().verdi()));
            maal.add(l.maalAntall() == null ? null : BigDecimal.valueOf(l.maalAntall()));
        }
        return Diagram.stolper("resultatdiagram", tekst("effekt.diagram.resultater.tittel"),
                tekst("effekt.diagram.resultater.beskrivelse.investor"), kategorier, List.of(
                        new Diagram.Serie(tekst("effekt.diagram.deltakere-oppnaadd"), Diagram.Form.STOLPE, deltakere,
                                tekst("effekt.prikket")),
                        new Diagram.Serie(tekst("effekt.diagram.maal"), Diagram.Form.STOLPE, maal,
                                tekst("effekt.diagram.ikke-satt"))),
                antall(), tekst("effekt.felt.resultatmaal"));
    }

    /** What the runs paid each payer's recipients in all, against the payer's commitment, and the contract's total. */
    Diagram utbetalingerMotTak(EffektkontraktDetaljer k, List<Utbetalingskjoringvisning> kjoringer) {
        Map<UUID, BigDecimal> betalt = new LinkedHashMap<>();
        for (var kj : kjoringer) {
            for (var l : kj.linjer()) {
                betalt.merge(l.betalerId(), l.belop().max(BigDecimal.ZERO), BigDecimal::add);
            }
        }
        List<String> kategorier = new ArrayList<>();
        List<@Nullable BigDecimal> utbetalt = new ArrayList<>();
        List<@Nullable BigDecimal> tak = new ArrayList<>();
        for (var p : k.innhold().parter(Partsrolle.UTFALLSBETALER)) {
            kategorier.add(Objects.requireNonNull(p.navn()));
            utbetalt.add(betalt.getOrDefault(p.id(), BigDecimal.ZERO));
            tak.add(p.forpliktelse());
        }
        kategorier.add(tekst("effekt.diagram.hele-kontrakten"));
        utbetalt.add(betalt.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        tak.add(k.samletTak());
        String valuta = Objects.requireNonNull(k.innhold().valuta());
        return Diagram.stolper("takdiagram", tekst("effekt.diagram.tak.tittel"),
                tekst("effekt.diagram.tak.beskrivelse", valuta), kategorier, List.of(
                        new Diagram.Serie(tekst("effekt.diagram.utbetalt"), Diagram.Form.STOLPE, utbetalt, ""),
                        new Diagram.Serie(tekst("effekt.diagram.tak"), Diagram.Form.STOLPE, tak, "")),
                belop(), tekst("effekt.felt.betaler"));
    }

    /** The planned payment profile against what was paid, both accumulated, period by period. */
    Diagram profil(List<Utbetalingsprofillinje> profil, String valuta) {
        List<String> kategorier = profil.stream().map(p -> periode(p.fra(), p.til())).toList();
        List<@Nullable BigDecimal> planlagt = new ArrayList<>(profil.stream().map(Utbetalingsprofillinje::kumulativtPlanlagt)
                .toList());
        List<@Nullable BigDecimal> faktisk = new ArrayList<>(profil.stream().map(Utbetalingsprofillinje::kumulativtFaktisk)
                .toList());
        return profil("profildiagram", kategorier, planlagt, faktisk, valuta, "");
    }

    /** The investor's version: the actual figures suppressed while fewer than five participants count. */
    Diagram profil(Investorvisning v) {
        List<String> kategorier = v.profil().stream().map(p -> periode(p.fra(), p.til())).toList();
        List<@Nullable BigDecimal> planlagt = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (var p : v.profil()) {
            sum = sum.add(p.planlagt());
            planlagt.add(sum);
        }
        List<@Nullable BigDecimal> faktisk = new ArrayList<>();
        v.profil().forEach(p -> faktisk.add(p.kumulativtFaktisk().verdi()));
        return profil("profildiagram", kategorier, planlagt, faktisk, v.valuta(), tekst("effekt.prikket"));
    }

    private Diagram profil(String id, List<String> kategorier, List<@Nullable BigDecimal> planlagt,
            List<@Nullable BigDecimal> faktisk, String valuta, String skjult) {
        return Diagram.tidslinje(id, tekst("effekt.diagram.profil.tittel"),
                tekst("effekt.diagram.profil.beskrivelse", valuta), kategorier, List.of(
                        new Diagram.Serie(tekst("effekt.diagram.faktisk-kumulativt"), Diagram.Form.LINJE, faktisk,
                                skjult),
                        new Diagram.Serie(tekst("effekt.diagram.planlagt-kumulativt"), Diagram.Form.LINJE, planlagt,
                                "")),
                belop(), tekst("effekt.felt.periode"));
    }

    /**
     * An investor's dated cash flows: money paid in below the axis, money back above it, and the net position
     * accumulated as a line. The commitment is not money moving and is left out.
     */
    Diagram kontantstrommer(Investorposisjon p, String valuta, int nummer) {
        Map<LocalDate, BigDecimal> perDato = new java.util.TreeMap<>();
        for (Kontantstromvisning s : p.kontantstrommer()) {
            if (s.type() == Kontantstrom.Type.FORPLIKTELSE) {
                continue;
            }
            BigDecimal fortegn = s.type() == Kontantstrom.Type.TREKK ? s.belop().negate() : s.belop();
            perDato.merge(s.dato(), fortegn, BigDecimal::add);
        }
        List<String> kategorier = new ArrayList<>();
        List<@Nullable BigDecimal> strom = new ArrayList<>();
        List<@Nullable BigDecimal> netto = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (var e : perDato.entrySet()) {
            kategorier.add(dato(e.getKey()));
            strom.add(e.getValue());
            sum = sum.add(e.getValue());
            netto.add(sum);
        }
        return Diagram.tidslinje("kontantstromdiagram-" + nummer, tekst("effekt.diagram.kontantstrom.tittel", p.navn()),
                tekst("effekt.diagram.kontantstrom.beskrivelse", valuta), kategorier, List.of(
                        new Diagram.Serie(tekst("effekt.diagram.kontantstrom"), Diagram.Form.STOLPE, strom, ""),
                        new Diagram.Serie(tekst("effekt.diagram.netto-kumulativt"), Diagram.Form.LINJE, netto, "")),
                belop(), tekst("effekt.felt.dato"));
    }

    /** The investors in the order the waterfall pays them: senior before mezzanine before junior. */
    static List<Investorposisjon> iFossefallsrekkefolge(List<Investorposisjon> posisjoner) {
        return posisjoner.stream().sorted(Comparator.comparing(Investorposisjon::tranche)).toList();
    }

    private Function<BigDecimal, String> antall() {
        return v -> format.tall(v.setScale(0, RoundingMode.HALF_EVEN));
    }

    private Function<BigDecimal, String> belop() {
        return v -> format.tall(v.setScale(0, RoundingMode.HALF_EVEN));
    }

    /** A period as a short label: a quarter {@code K1 2026}, a month {@code 03.2026}. */
    private static String periode(LocalDate fra, LocalDate til) {
        if (fra.getMonthValue() == til.getMonthValue() && fra.getYear() == til.getYear()) {
            return String.format("%02d.%d", fra.getMonthValue(), fra.getYear());
        }
        return "K" + ((fra.getMonthValue() - 1) / 3 + 1) + " " + fra.getYear();
    }

    private static String dato(LocalDate d) {
        return String.format("%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
