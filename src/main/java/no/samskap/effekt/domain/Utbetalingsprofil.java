package no.samskap.effekt.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The planned payment profile of a contract against what the runs actually paid, period by period. */
public final class Utbetalingsprofil {

    private Utbetalingsprofil() {}

    /** A planned payment for a period. */
    public record PlanlagtUtbetaling(Utbetalingsperiode periode, Penger belop) {}

    /** One period: planned, paid, the difference, and both accumulated. */
    public record Profillinje(
            Utbetalingsperiode periode, Penger planlagt, Penger faktisk, Penger avvik, Penger kumulativtPlanlagt,
            Penger kumulativtFaktisk) {}

    /**
     * Every period that is planned or paid, in time order; {@code avvik} is paid minus planned (negative: behind
     * plan).
     */
    public static List<Profillinje> sammenlign(
            Collection<PlanlagtUtbetaling> plan, Collection<Utbetaling> faktiske, Currency valuta) {
        Penger null0 = Penger.ingen(valuta);
        Map<Utbetalingsperiode, Penger[]> perPeriode = new TreeMap<>();
        plan.forEach(p -> {
            Penger[] par = perPeriode.computeIfAbsent(p.periode(), k -> new Penger[] {null0, null0});
            par[0] = par[0].plus(p.belop());
        });
        faktiske.forEach(u -> {
            Penger[] par = perPeriode.computeIfAbsent(u.periode(), k -> new Penger[] {null0, null0});
            par[1] = par[1].plus(u.belop());
        });
        List<Profillinje> linjer = new ArrayList<>();
        Penger kumPlan = null0;
        Penger kumFaktisk = null0;
        for (var e : perPeriode.entrySet()) {
            Penger planlagt = e.getValue()[0];
            Penger faktisk = e.getValue()[1];
            kumPlan = kumPlan.plus(planlagt);
            kumFaktisk = kumFaktisk.plus(faktisk);
            linjer.add(new Profillinje(e.getKey(), planlagt, faktisk, faktisk.minus(planlagt), kumPlan, kumFaktisk));
        }
        return linjer;
    }
}
