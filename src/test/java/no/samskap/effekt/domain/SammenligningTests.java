package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.verdi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samskap.effekt.domain.Effektutlosning.Effektbetaling;
import no.samskap.effekt.domain.Effektutlosning.Status;
import no.samskap.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** Comparison groups: the effect per cohort and over all cohorts, and the payments it triggers. */
class SammenligningTests {

    private final Kohort forste = new Kohort("K1", 1_000, 800, 1_000, 1_000); // 0.8 vs 1.0 events per person
    private final Kohort andre = new Kohort("K2", 1_000, 950, 1_000, 1_000); // 0.95 vs 1.0

    @Test
    void computesTheEffectAsOneMinusTreatedOverComparison() {
        assertThat(Effektform.REDUKSJON.effekt(forste)).contains(verdi("0.200000"));
        assertThat(Effektform.REDUKSJON.effekt(andre)).contains(verdi("0.050000"));
    }

    @Test
    void computesTheRelativeIncreaseAndTheDifferenceInPoints() {
        var jobb = new Kohort("K", 200, 90, 400, 120); // 45 % in work vs 30 %
        assertThat(Effektform.OKNING.effekt(jobb)).contains(verdi("0.500000"));
        assertThat(Effektform.DIFFERANSE.effekt(jobb)).contains(verdi("0.150000"));
    }

    @Test
    void leavesTheEffectUndefinedForAnEmptyGroupOrAZeroComparisonRate() {
        assertThat(Effektform.REDUKSJON.effekt(new Kohort("K", 0, 0, 10, 5))).isEmpty();
        assertThat(Effektform.REDUKSJON.effekt(new Kohort("K", 10, 5, 10, 0))).isEmpty();
        assertThat(Effektform.DIFFERANSE.effekt(new Kohort("K", 10, 5, 10, 0))).contains(verdi("0.500000"));
        assertThatThrownBy(() -> new Kohort("K", -1, 0, 0, 0)).isInstanceOf(BusinessRuleViolation.class);
    }

    private final Effektutlosning peterborough = new Effektutlosning(Evalueringsmetode.MATCHET_SAMMENLIGNING,
            Effektform.REDUKSJON, verdi("0.10"), Penger.gbp(1_000_000), verdi("0.075"), Penger.gbp(3_000_000));

    @Test
    void paysEachCohortThatReachesItsThreshold() {
        var linjer = peterborough.utlos(List.of(forste, andre));

        assertThat(linjer.get(0)).isEqualTo(new Effektbetaling("K1", verdi("0.200000"), Status.UTLOST, Penger.gbp(1_000_000)));
        assertThat(linjer.get(1)).isEqualTo(new Effektbetaling("K2", verdi("0.050000"), Status.UNDER_TERSKEL, Penger.gbp(0)));
    }

    @Test
    void paysTheOverallAmountLessWhatTheCohortsPaidWhenAllCohortsTogetherReachTheThreshold() {
        var linjer = peterborough.utlos(List.of(forste, andre)); // pooled: 1,750 vs 2,000 → 12.5 %

        assertThat(linjer.get(2)).isEqualTo(new Effektbetaling(
                Effektutlosning.SAMLET, verdi("0.125000"), Status.UTLOST, Penger.gbp(2_000_000)));
    }

    @Test
    void paysNothingOverallBelowTheOverallThreshold() {
        var svak = new Kohort("K3", 1_000, 980, 1_000, 1_000);
        var linjer = peterborough.utlos(List.of(andre, svak)); // pooled 3.5 %

        assertThat(linjer).extracting(Effektbetaling::status)
                .containsExactly(Status.UNDER_TERSKEL, Status.UNDER_TERSKEL, Status.UNDER_TERSKEL);
        assertThat(linjer).extracting(Effektbetaling::belop).containsOnly(Penger.gbp(0));
    }

    @Test
    void neverTriggersOnAnUndefinedEffect() {
        var tom = new Kohort("K0", 50, 10, 0, 0);
        var linjer = peterborough.utlos(List.of(tom));

        assertThat(linjer.getFirst().status()).isEqualTo(Status.UDEFINERT);
        assertThat(linjer.getFirst().effekt()).isNull();
        assertThat(linjer.getLast().status()).isEqualTo(Status.UDEFINERT);
    }
}
