package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Scenarios of achievement: what the contract would pay and what the investors would get back if a low, base or high
 * share of the planned outcomes is achieved.
 *
 * <p>For each date of the plan, the planned number of outcomes times the achievement rate times the metric's price on
 * that date (rounded HALF_EVEN) is paid, cut at the metric caps and the contract cap; participant caps and graded
 * scales are not forecast (the plan counts outcomes, not people and values), so a forecast is an upper bound where
 * those apply. Each date's payment goes through the {@link Fossefall waterfall} to the investors, given the ledger's
 * drawdowns (actual and planned), and the investors' MoM and XIRR follow from the resulting flows.
 */
public final class Prognose {

    private Prognose() {}

    public enum Scenarionavn {
        LAV,
        BASIS,
        HOY
    }

    /** An achievement rate: the share of the planned outcomes achieved (1 = the plan). */
    public record Scenario(Scenarionavn navn, BigDecimal oppnaaelsesgrad) {
        public Scenario {
            if (oppnaaelsesgrad.signum() < 0) {
                throw new BusinessRuleViolation(EffektProblem.ANDEL_UGYLDIG, oppnaaelsesgrad);
            }
        }
    }

    /** The planned number of outcomes of a metric on a date (at an achievement rate of 1). */
    public record PlanlagtUtfall(LocalDate dato, String maal, int antall) {}

    /** One investor's forecast. */
    public record Investorprognose(PartId investor, Penger innbetalt, Penger mottatt, @Nullable BigDecimal mom,
            @Nullable BigDecimal irr) {}

    /** One scenario's forecast: outcome payments in all, what the investors get, and what is left to the contract. */
    public record Resultat(Scenario scenario, Penger utfallsbetalinger, List<Investorprognose> investorer, Penger rest) {}

    public static List<Resultat> beregn(
            Kontraktsvilkar vilkar, List<PlanlagtUtfall> plan, Investorregnskap regnskap, List<Scenario> scenarier) {
        return scenarier.stream().map(s -> ettScenario(vilkar, plan, regnskap, s)).toList();
    }

    private static Resultat ettScenario(
            Kontraktsvilkar vilkar, List<PlanlagtUtfall> plan, Investorregnskap regnskap, Scenario scenario) {
        Penger null0 = Penger.ingen(vilkar.valuta());
        Map<LocalDate, List<PlanlagtUtfall>> perDato = new TreeMap<>();
        plan.forEach(p -> perDato.computeIfAbsent(p.dato(), d -> new ArrayList<>()).add(p));
        Map<String, Penger> perMaal = new HashMap<>();
        Penger totalt = null0;
        Penger rest = null0;
        Investorregnskap prognose = regnskap;
        for (var e : perDato.entrySet()) {
            Penger dagens = null0;
            for (PlanlagtUtfall p : e.getValue()) {
                Resultatmaal m = vilkar.resultatmaal(p.maal()).orElse(null);
                Prisregel regel = m == null ? null : m.prisPaa(p.dato()).orElse(null);
                if (m == null || regel == null) {
                    continue;
                }
                Penger belop = regel.nominelt()
                        .ganger(BigDecimal.valueOf(p.antall()).multiply(scenario.oppnaaelsesgrad()));
                Penger takMaal = m.tak();
                if (takMaal != null) {
                    belop = belop.min(takMaal.minus(perMaal.getOrDefault(m.kode(), null0)).ikkeNegativ());
                }
                belop = belop.min(vilkar.samletTak().minus(totalt).minus(dagens).ikkeNegativ());
                perMaal.merge(m.kode(), belop, Penger::plus);
                dagens = dagens.plus(belop);
            }
            totalt = totalt.plus(dagens);
            Fossefall.Fordeling fordeling = Fossefall.fordel(dagens, prognose.per(e.getKey()).posisjoner());
            prognose = prognose.med(fordeling.somKontantstrommer(e.getKey()));
            rest = rest.plus(fordeling.rest());
        }
        Investorregnskap ferdig = prognose;
        List<Investorprognose> investorer = regnskap.investorer().stream()
                .map(i -> new Investorprognose(i.id(), ferdig.innbetalt(i.id()), ferdig.mottatt(i.id()),
                        ferdig.mom(i.id()).orElse(null), ferdig.irr(i.id()).orElse(null)))
                .toList();
        return new Resultat(scenario, totalt, investorer, rest);
    }
}
