package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The internal rate of return of dated cash flows (XIRR): the annual rate {@code r} with
 * {@code Σ cᵢ / (1 + r)^(dᵢ/365) = 0}, where {@code dᵢ} is the days from the first flow (Actual/365, as spreadsheets do).
 *
 * <p>Newton's method from 10 % finds the rate in a few steps for ordinary flows; when it leaves the domain
 * ({@code r ≤ −1}), meets a flat derivative or does not converge in 100 steps, bisection takes over on a bracket that
 * starts at [−0.999999, 1] and doubles its upper end until the sign changes. Rates are a ratio, not money, so the
 * iteration runs in {@code double}; the result is rounded HALF_EVEN to eight decimals. There is no rate when all flows
 * have the same sign (nothing paid in, or nothing received) or no sign change can be bracketed.
 */
public final class Xirr {

    static final double TOLERANSE = 1e-10;
    private static final int MAKS_STEG = 100;

    private Xirr() {}

    /** A signed amount on a date: paid in negative, received positive. */
    public record Flyt(LocalDate dato, BigDecimal belop) {}

    public static Optional<BigDecimal> beregn(List<Flyt> flyter) {
        return beregn(flyter, 0.1);
    }

    /** As {@link #beregn(List)}, with Newton's starting guess given (for tests of the fallback). */
    static Optional<BigDecimal> beregn(List<Flyt> flyter, double gjetning) {
        List<Flyt> ikkeNull = flyter.stream().filter(f -> f.belop().signum() != 0).toList();
        boolean negativ = ikkeNull.stream().anyMatch(f -> f.belop().signum() < 0);
        boolean positiv = ikkeNull.stream().anyMatch(f -> f.belop().signum() > 0);
        if (!negativ || !positiv) {
            return Optional.empty();
        }
        LocalDate forste = ikkeNull.stream().map(Flyt::dato).min(Comparator.naturalOrder()).orElseThrow();
        double[] aar = ikkeNull.stream().mapToDouble(f -> ChronoUnit.DAYS.between(forste, f.dato()) / 365.0).toArray();
        double[] belop = ikkeNull.stream().mapToDouble(f -> f.belop().doubleValue()).toArray();
        double skala = java.util.Arrays.stream(belop).map(Math::abs).max().orElse(1);
        for (int i = 0; i < belop.length; i++) {
            belop[i] /= skala;
        }
        Optional<Double> rate = newton(aar, belop, gjetning).or(() -> halvering(aar, belop));
        return rate.map(r -> BigDecimal.valueOf(r).setScale(8, RoundingMode.HALF_EVEN));
    }

    static Optional<Double> newton(double[] aar, double[] belop, double gjetning) {
        double r = gjetning;
        for (int steg = 0; steg < MAKS_STEG; steg++) {
            if (r <= -1 || Double.isNaN(r) || Double.isInfinite(r)) {
                return Optional.empty();
            }
            double f = 0;
            double df = 0;
            for (int i = 0; i < aar.length; i++) {
                double v = Math.pow(1 + r, -aar[i]);
                f += belop[i] * v;
                df += -aar[i] * belop[i] * v / (1 + r);
            }
            if (Math.abs(f) < TOLERANSE) {
                return Optional.of(r);
            }
            if (df == 0 || Double.isNaN(df)) {
                return Optional.empty();
            }
            double neste = r - f / df;
            if (Math.abs(neste - r) < TOLERANSE * Math.max(1, Math.abs(r))) {
                return neste > -1 ? Optional.of(neste) : Optional.empty();
            }
            r = neste;
        }
        return Optional.empty();
    }

    static Optional<Double> halvering(double[] aar, double[] belop) {
        double lav = -0.999999;
        double hoy = 1;
        double fLav = verdi(aar, belop, lav);
        double fHoy = verdi(aar, belop, hoy);
        while (Math.signum(fLav) == Math.signum(fHoy)) {
            if (hoy > 1e12) {
                return Optional.empty();
            }
            lav = hoy;
            fLav = fHoy;
            hoy *= 2;
            fHoy = verdi(aar, belop, hoy);
        }
        for (int steg = 0; steg < 500; steg++) {
            double midt = (lav + hoy) / 2;
            double fMidt = verdi(aar, belop, midt);
            if (Math.abs(fMidt) < TOLERANSE || (hoy - lav) / 2 < TOLERANSE * Math.max(1, Math.abs(midt))) {
                return Optional.of(midt);
            }
            if (Math.signum(fMidt) == Math.signum(fLav)) {
                lav = midt;
                fLav = fMidt;
            } else {
                hoy = midt;
            }
        }
        return Optional.of((lav + hoy) / 2);
    }

    private static double verdi(double[] aar, double[] belop, double r) {
        double f = 0;
        for (int i = 0; i < aar.length; i++) {
            f += belop[i] * Math.pow(1 + r, -aar[i]);
        }
        return f;
    }
}
