package no.samskap.effekt.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/** The period a payment run covers, from and to a date (inclusive): a month or a quarter. */
public record Utbetalingsperiode(LocalDate fra, LocalDate til) implements Comparable<Utbetalingsperiode> {

    public enum Periodetype {
        MAANED,
        KVARTAL
    }

    public Utbetalingsperiode {
        if (til.isBefore(fra)) {
            throw new BusinessRuleViolation(EffektProblem.UTBETALINGSPERIODE_UGYLDIG);
        }
    }

    public static Utbetalingsperiode maaned(YearMonth maaned) {
        return new Utbetalingsperiode(maaned.atDay(1), maaned.atEndOfMonth());
    }

    public static Utbetalingsperiode kvartal(int aar, int kvartal) {
        YearMonth forste = YearMonth.of(aar, (kvartal - 1) * 3 + 1);
        return new Utbetalingsperiode(forste.atDay(1), forste.plusMonths(2).atEndOfMonth());
    }

    /** The month or quarter that contains the date. */
    public static Utbetalingsperiode av(Periodetype type, LocalDate dato) {
        return switch (type) {
            case MAANED -> maaned(YearMonth.from(dato));
            case KVARTAL -> kvartal(dato.getYear(), (dato.getMonthValue() - 1) / 3 + 1);
        };
    }

    /**
     * The name of the month or quarter that contains the date, as payment runs are asked for: {@code 2026-03} or
     * {@code 2026-K1}.
     */
    public static String navn(Periodetype type, LocalDate dato) {
        return switch (type) {
            case MAANED -> YearMonth.from(dato).toString();
            case KVARTAL -> dato.getYear() + "-K" + ((dato.getMonthValue() - 1) / 3 + 1);
        };
    }

    public boolean inneholder(LocalDate dato) {
        return !dato.isBefore(fra) && !dato.isAfter(til);
    }

    @Override
    public int compareTo(Utbetalingsperiode annen) {
        return fra.compareTo(annen.fra);
    }
}
