package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.samskap.effekt.domain.Prognose.PlanlagtUtfall;
import no.samskap.effekt.domain.Prognose.Scenario;
import no.samskap.effekt.domain.Prognose.Scenarionavn;
import org.junit.jupiter.api.Test;

/** Scenarios of low, base and high achievement forecasting payments and returns. */
class PrognoseTests {

    private final PartId investor = PartId.random();
    private final Kontraktsvilkar vilkar = vilkar(Penger.NOK)
            .betaler(NAV, Penger.nok(2_000_000))
            .maal(fast("JOBB", Penger.nok(50_000)))
            .bygg();
    private final Investorregnskap regnskap = new Investorregnskap(
            List.of(new Investor(investor, Tranche.SENIOR, Penger.nok(1_000_000), Penger.nok(1_300_000),
                    new Garanti.Ingen())),
            List.of(new Kontantstrom(investor, START, Kontantstrom.Type.TREKK, Penger.nok(1_000_000))));
    private final List<Scenario> scenarier = List.of(
            new Scenario(Scenarionavn.LAV, verdi("0.5")),
            new Scenario(Scenarionavn.BASIS, verdi("1.0")),
            new Scenario(Scenarionavn.HOY, verdi("1.5")));

    private List<PlanlagtUtfall> plan() {
        List<PlanlagtUtfall> plan = new ArrayList<>();
        for (int kvartal = 1; kvartal <= 8; kvartal++) {
            plan.add(new PlanlagtUtfall(START.plusMonths(3L * kvartal).minusDays(1), "JOBB", 4));
        }
        return plan; // 32 jobs × 50,000 = 1,600,000 at base
    }

    @Test
    void forecastsPaymentsByAchievementRateWithinTheContractCap() {
        var resultater = Prognose.beregn(vilkar, plan(), regnskap, scenarier);

        assertThat(resultater).extracting(Prognose.Resultat::utfallsbetalinger)
                .containsExactly(Penger.nok(800_000), Penger.nok(1_600_000), Penger.nok(2_000_000));
    }

    @Test
    void forecastsHigherReturnsForHigherAchievementUpToTheInvestorsMaximum() {
        var resultater = Prognose.beregn(vilkar, plan(), regnskap, scenarier);
        var lav = resultater.get(0).investorer().getFirst();
        var basis = resultater.get(1).investorer().getFirst();
        var hoy = resultater.get(2).investorer().getFirst();

        assertThat(lav.mottatt()).isEqualTo(Penger.nok(800_000));
        assertThat(lav.mom()).isEqualByComparingTo("0.800");
        assertThat(lav.irr()).isNegative();
        assertThat(basis.mottatt()).isEqualTo(Penger.nok(1_300_000));
        assertThat(basis.mom()).isEqualByComparingTo("1.300");
        assertThat(basis.irr()).isPositive();
        assertThat(hoy.mottatt()).isEqualTo(Penger.nok(1_300_000));
        assertThat(hoy.irr()).isGreaterThan(basis.irr());
        assertThat(resultater.get(1).rest()).isEqualTo(Penger.nok(300_000));
        assertThat(resultater.get(2).rest()).isEqualTo(Penger.nok(700_000));
    }

    @Test
    void leavesTheLedgerItForecastsFromUnchanged() {
        Prognose.beregn(vilkar, plan(), regnskap, scenarier);
        assertThat(regnskap.mottatt(investor)).isEqualTo(Penger.nok(0));
    }
}
