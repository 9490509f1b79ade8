package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Payments triggered by the measured effect against a comparison group, per cohort and over all cohorts (as in the
 * Peterborough bond: 10 % per cohort, or 7.5 % over all of them).
 *
 * <p>Each cohort whose effect reaches {@code kohortterskel} pays {@code belopPerKohort}. When the effect over all
 * cohorts together (their counts pooled) reaches {@code samletTerskel}, the contract pays {@code samletBelop} less what
 * the cohorts already paid (never less than nothing). An undefined effect never triggers.
 */
public record Effektutlosning(
        Evalueringsmetode metode,
        Effektform form,
        BigDecimal kohortterskel,
        Penger belopPerKohort,
        BigDecimal samletTerskel,
        Penger samletBelop) {

    /** The name of the line for all cohorts together. */
    public static final String SAMLET = "SAMLET";

    public enum Status {
        UTLOST,
        UNDER_TERSKEL,
        UDEFINERT
    }

    /** One line: a cohort (or {@link #SAMLET}), its effect and what it triggered. */
    public record Effektbetaling(String kohort, @Nullable BigDecimal effekt, Status status, Penger belop) {}

    /** The cohorts' payments in the given order, then the line for all cohorts together. */
    public List<Effektbetaling> utlos(List<Kohort> kohorter) {
        List<Effektbetaling> linjer = new ArrayList<>();
        Penger betalt = Penger.ingen(belopPerKohort.valuta());
        for (Kohort k : kohorter) {
            Effektbetaling linje = linje(k.navn(), k, kohortterskel, belopPerKohort);
            betalt = betalt.plus(linje.belop());
            linjer.add(linje);
        }
        Effektbetaling samlet = linje(SAMLET, samle(kohorter), samletTerskel, samletBelop);
        linjer.add(new Effektbetaling(SAMLET, samlet.effekt(), samlet.status(), samlet.belop().minus(betalt).ikkeNegativ()));
        return linjer;
    }

    /** All cohorts as one: the counts added up. */
    public static Kohort samle(List<Kohort> kohorter) {
        return new Kohort(SAMLET,
                kohorter.stream().mapToInt(Kohort::antallTiltak).sum(),
                kohorter.stream().mapToInt(Kohort::utfallTiltak).sum(),
                kohorter.stream().mapToInt(Kohort::antallSammenligning).sum(),
                kohorter.stream().mapToInt(Kohort::utfallSammenligning).sum());
    }

    private Effektbetaling linje(String navn, Kohort k, BigDecimal terskel, Penger belop) {
        var effekt = form.effekt(k);
        if (effekt.isEmpty()) {
            return new Effektbetaling(navn, null, Status.UDEFINERT, Penger.ingen(belop.valuta()));
        }
        boolean naadd = effekt.get().compareTo(terskel) >= 0;
        return new Effektbetaling(navn, effekt.get(), naadd ? Status.UTLOST : Status.UNDER_TERSKEL,
                naadd ? belop : Penger.ingen(belop.valuta()));
    }
}
