package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A chart for people who look rather than read, laid out here and drawn by the template as inline SVG (no
 * JavaScript): rectangles, lines, paths and texts in a 720-wide coordinate system. It carries its accessible name and
 * description, a legend, and the same figures as a table ({@code tabell}) for those who read. Series differ by more
 * than colour: the second series is hatched or dashed with square markers, and bars carry their value as text. A
 * suppressed figure (fewer than five participants) draws no bar and says so.
 *
 * @param id unique on the page (ids of the title, description and hatch pattern derive from it)
 */
record Diagram(
        String id,
        String tittel,
        String beskrivelse,
        int bredde,
        int hoyde,
        List<Rekt> rekter,
        List<Linje> linjer,
        List<Sti> stier,
        List<Tekst> tekster,
        List<Forklaring> forklaringer,
        Tabell tabell) {

    static final int BREDDE = 720;

    /** A rectangle (a bar); {@code skravert}: filled with the chart's hatch pattern (the second series). */
    record Rekt(double x, double y, double b, double h, String klasse, boolean skravert) {}

    record Linje(double x1, double y1, double x2, double y2, String klasse) {}

    /** A path: a series' line or a marker. */
    record Sti(String d, String klasse) {}

    /** A text; {@code anker} is SVG's text-anchor (start, middle, end). */
    record Tekst(double x, double y, String tekst, String anker, String klasse) {}

    /** A legend entry: the series' name and how it is drawn ({@code STOLPE} or {@code LINJE}, its number). */
    record Forklaring(String tekst, Form form, int serie) {}

    /** The figures as a table: column headings (the first names the categories) and rows of texts. */
    record Tabell(List<String> kolonner, List<List<String>> rader) {}

    enum Form {
        STOLPE,
        LINJE
    }

    /**
     * One series: its name, how it is drawn, and a value per category; a missing value (suppressed, or no figure) is
     * drawn as the text {@code mangler}.
     */
    record Serie(String navn, Form form, List<@Nullable BigDecimal> verdier, String mangler) {}

    /**
     * Horizontal grouped bars, one group per category (metrics, payers): good for "achieved against target" and
     * "paid against cap".
     */
    static Diagram stolper(String id, String tittel, String beskrivelse, List<String> kategorier, List<Serie> serier,
            Function<BigDecimal, String> format, String kategorioverskrift) {
        int etikettBredde = 230;
        double x0 = etikettBredde + 10;
        double x1 = BREDDE - 110;
        int stolpeHoyde = 18;
        int gruppeHoyde = serier.size() * (stolpeHoyde + 4) + 14;
        int topp = 34;
        int hoyde = topp + kategorier.size() * gruppeHoyde + 34;
        BigDecimal steg = steg(maks(serier));
        BigDecimal maks = ende(maks(serier), steg);
        List<Rekt> rekter = new ArrayList<>();
        List<Linje> linjer = new ArrayList<>();
        List<Tekst> tekster = new ArrayList<>();
        double bunn = topp + kategorier.size() * gruppeHoyde;
        for (BigDecimal tick : ticks(BigDecimal.ZERO, maks, steg)) {
            double x = x0 + skaler(tick, BigDecimal.ZERO, maks, x1 - x0);
            linjer.add(new Linje(x, topp, x, bunn, tick.signum() == 0 ? "diagram-akse" : "diagram-rutenett"));
            tekster.add(new Tekst(x, bunn + 18, format.apply(tick), "middle", "diagram-aksetekst"));
        }
        for (int k = 0; k < kategorier.size(); k++) {
            double gruppeTopp = topp + k * gruppeHoyde + 7;
            tekster.add(new Tekst(etikettBredde, gruppeTopp + (gruppeHoyde - 14) / 2.0 + 5, forkort(kategorier.get(k), 32),
                    "end", "diagram-etikett"));
            for (int s = 0; s < serier.size(); s++) {
                BigDecimal v = serier.get(s).verdier().get(k);
                double y = gruppeTopp + s * (stolpeHoyde + 4);
                if (v == null) {
                    tekster.add(new Tekst(x0 + 4, y + 13, serier.get(s).mangler(), "start", "diagram-verdi"));
                    continue;
                }
                double b = skaler(v.max(BigDecimal.ZERO), BigDecimal.ZERO, maks, x1 - x0);
                rekter.add(new Rekt(x0, y, Math.max(b, 1), stolpeHoyde, "diagram-serie-" + s, s % 2 == 1));
                tekster.add(new Tekst(x0 + b + 4, y + 13, format.apply(v), "start", "diagram-verdi"));
            }
        }
        List<Forklaring> forklaringer = new ArrayList<>();
        for (int s = 0; s < serier.size(); s++) {
            forklaringer.add(new Forklaring(serier.get(s).navn(), Form.STOLPE, s));
        }
        return new Diagram(id, tittel, beskrivelse, BREDDE, hoyde, rekter, linjer, List.of(), tekster, forklaringer,
                tabell(kategorioverskrift, kategorier, serier, format));
    }

    /**
     * Categories along the x axis (periods, dates) with bars (may be negative: money paid in) and lines (cumulative
     * figures); gaps where a value is missing.
     */
    static Diagram tidslinje(String id, String tittel, String beskrivelse, List<String> kategorier, List<Serie> serier,
            Function<BigDecimal, String> format, String kategorioverskrift) {
        int hoyde = 340;
        double x0 = 100;
        double x1 = BREDDE - 20;
        double topp = 34;
        double bunn = hoyde - 56;
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal maks = BigDecimal.ZERO;
        for (Serie s : serier) {
            for (BigDecimal v : s.verdier()) {
                if (v != null) {
                    min = min.min(v);
                    maks = maks.max(v);
                }
            }
        }
        BigDecimal steg = steg(maks.subtract(min));
        maks = maks.signum() > 0 ? ende(maks, steg) : BigDecimal.ZERO;
        min = min.signum() < 0 ? ende(min.negate(), steg).negate() : BigDecimal.ZERO;
        if (maks.signum() == 0 && min.signum() == 0) {
            maks = steg;
        }
        List<Rekt> rekter = new ArrayList<>();
        List<Linje> linjer = new ArrayList<>();
        List<Sti> stier = new ArrayList<>();
        List<Tekst> tekster = new ArrayList<>();
        BigDecimal fra = min;
        BigDecimal til = maks;
        java.util.function.ToDoubleFunction<BigDecimal> y = v -> bunn - skaler(v.subtract(fra), BigDecimal.ZERO,
                til.subtract(fra), bunn - topp);
        for (BigDecimal tick : ticks(min, maks, steg)) {
            double ty = y.applyAsDouble(tick);
            linjer.add(new Linje(x0, ty, x1, ty, tick.signum() == 0 ? "diagram-akse" : "diagram-rutenett"));
            tekster.add(new Tekst(x0 - 6, ty + 5, format.apply(tick), "end", "diagram-aksetekst"));
        }
        int n = Math.max(kategorier.size(), 1);
        double bandBredde = (x1 - x0) / n;
        int hver = (int) Math.ceil(n / 10.0);
        for (int k = 0; k < kategorier.size(); k++) {
            if (k % hver == 0) {
                tekster.add(new Tekst(x0 + bandBredde * (k + 0.5), bunn + 20, kategorier.get(k), "middle",
                        "diagram-aksetekst"));
            }
        }
        List<Integer> stolpeserier = new ArrayList<>();
        for (int s = 0; s < serier.size(); s++) {
            if (serier.get(s).form() == Form.STOLPE) {
                stolpeserier.add(s);
            }
        }
        double stolpeBredde = Math.min(28, bandBredde * 0.7 / Math.max(stolpeserier.size(), 1));
        double null0 = y.applyAsDouble(BigDecimal.ZERO);
        for (int i = 0; i < stolpeserier.size(); i++) {
            int s = stolpeserier.get(i);
            for (int k = 0; k < kategorier.size(); k++) {
                BigDecimal v = serier.get(s).verdier().get(k);
                if (v == null) {
                    continue;
                }
                double bx = x0 + bandBredde * (k + 0.5) - stolpeBredde * stolpeserier.size() / 2.0 + i * stolpeBredde;
                double vy = y.applyAsDouble(v);
                rekter.add(new Rekt(bx, Math.min(vy, null0), stolpeBredde - 2, Math.max(Math.abs(null0 - vy), 1),
                        "diagram-serie-" + s, s % 2 == 1));
            }
        }
        for (int s = 0; s < serier.size(); s++) {
            if (serier.get(s).form() != Form.LINJE) {
                continue;
            }
            StringBuilder d = new StringBuilder();
            boolean ny = true;
            for (int k = 0; k < kategorier.size(); k++) {
                BigDecimal v = serier.get(s).verdier().get(k);
                if (v == null) {
                    ny = true;
                    continue;
                }
                double px = x0 + bandBredde * (k + 0.5);
                double py = y.applyAsDouble(v);
                d.append(ny ? "M" : "L").append(tall(px)).append(' ').append(tall(py)).append(' ');
                ny = false;
                stier.add(new Sti(markor(px, py, s), "diagram-markor-" + s));
            }
            if (!d.isEmpty()) {
                stier.add(new Sti(d.toString().strip(), "diagram-linje-" + s));
            }
        }
        List<Forklaring> forklaringer = new ArrayList<>();
        for (int s = 0; s < serier.size(); s++) {
            forklaringer.add(new Forklaring(serier.get(s).navn(), serier.get(s).form(), s));
        }
        // the lines over the bars: markers first in the list are drawn below their line, so put lines last
        List<Sti> ordnet = new ArrayList<>(stier.stream().filter(st -> st.klasse().startsWith("diagram-linje")).toList());
        ordnet.addAll(stier.stream().filter(st -> !st.klasse().startsWith("diagram-linje")).toList());
        return new Diagram(id, tittel, beskrivelse, BREDDE, hoyde, rekter, linjer, ordnet, tekster, forklaringer,
                tabell(kategorioverskrift, kategorier, serier, format));
    }

    /** A circle for the first series, a square for the second, a diamond for the third: shape, not colour only. */
    private static String markor(double x, double y, int serie) {
        double r = 4.5;
        return switch (serie % 3) {
            case 0 -> "M" + tall(x - r) + " " + tall(y) + " a" + r + " " + r + " 0 1 0 " + tall(2 * r) + " 0 a" + r + " "
                    + r + " 0 1 0 " + tall(-2 * r) + " 0";
            case 1 -> "M" + tall(x - r) + " " + tall(y - r) + " h" + tall(2 * r) + " v" + tall(2 * r) + " h"
                    + tall(-2 * r) + " Z";
            default -> "M" + tall(x) + " " + tall(y - r - 1) + " L" + tall(x + r + 1) + " " + tall(y) + " L" + tall(x)
                    + " " + tall(y + r + 1) + " L" + tall(x - r - 1) + " " + tall(y) + " Z";
        };
    }

    private static Tabell tabell(String kategorioverskrift, List<String> kategorier, List<Serie> serier,
            Function<BigDecimal, String> format) {
        List<String> kolonner = new ArrayList<>();
        kolonner.add(kategorioverskrift);
        serier.forEach(s -> kolonner.add(s.navn()));
        List<List<String>> rader = new ArrayList<>();
        for (int k = 0; k < kategorier.size(); k++) {
            List<String> rad = new ArrayList<>();
            rad.add(kategorier.get(k));
            for (Serie s : serier) {
                BigDecimal v = s.verdier().get(k);
                rad.add(v == null ? s.mangler() : format.apply(v));
            }
            rader.add(rad);
        }
        return new Tabell(kolonner, rader);
    }

    private static BigDecimal maks(List<Serie> serier) {
        return serier.stream().flatMap(s -> s.verdier().stream()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** The distance between ticks: the smallest of 1, 2, 5 × 10ⁿ (at least 1) giving at most four steps over the span. */
    static BigDecimal steg(BigDecimal spenn) {
        BigDecimal kvart = spenn.divide(BigDecimal.valueOf(4), 6, RoundingMode.UP);
        if (kvart.compareTo(BigDecimal.ONE) <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal tier = BigDecimal.ONE;
        while (tier.multiply(BigDecimal.TEN).compareTo(kvart) < 0) {
            tier = tier.multiply(BigDecimal.TEN);
        }
        for (String f : List.of("1", "2", "5")) {
            BigDecimal kandidat = tier.multiply(new BigDecimal(f));
            if (kandidat.compareTo(kvart) >= 0) {
                return kandidat;
            }
        }
        return tier.multiply(BigDecimal.TEN);
    }

    /** The axis' end: the first tick at or beyond the value (at least one step). */
    static BigDecimal ende(BigDecimal verdi, BigDecimal steg) {
        BigDecimal antall = verdi.divide(steg, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        return antall.multiply(steg);
    }

    /** The ticks from {@code fra} (zero or negative) to {@code til}, zero among them. */
    private static List<BigDecimal> ticks(BigDecimal fra, BigDecimal til, BigDecimal steg) {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = BigDecimal.ZERO; t.compareTo(fra) >= 0; t = t.subtract(steg)) {
            ticks.addFirst(t);
        }
        for (BigDecimal t = steg; t.compareTo(til) <= 0; t = t.add(steg)) {
            ticks.add(t);
        }
        return ticks;
    }

    private static double skaler(BigDecimal verdi, BigDecimal fra, BigDecimal til, double lengde) {
        if (til.compareTo(fra) <= 0) {
            return 0;
        }
        return verdi.subtract(fra).doubleValue() / til.subtract(fra).doubleValue() * lengde;
    }

    private static String forkort(String tekst, int maks) {
        return tekst.length() <= maks ? tekst : tekst.substring(0, maks - 1) + "…";
    }

    private static String tall(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
