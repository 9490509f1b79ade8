package no.samskap.effekt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XirrTests {

    private static final LocalDate T0 = LocalDate.of(2024, 1, 1);

    private static Xirr.Flyt flyt(LocalDate dato, long belop) {
        return new Xirr.Flyt(dato, BigDecimal.valueOf(belop));
    }

    private static double irr(List<Xirr.Flyt> flyter) {
        return Xirr.beregn(flyter).orElseThrow().doubleValue();
    }

    @Test
    void findsTenPercentOverOneYearOfActual365Days() {
        // 2024 is a leap year: 366 days, so 110 after 366/365 years is slightly under 10 %
        assertThat(irr(List.of(flyt(T0, -100), flyt(T0.plusDays(365), 110)))).isCloseTo(0.10, within(1e-7));
        assertThat(irr(List.of(flyt(T0, -100), flyt(T0.plusYears(1), 110))))
                .isCloseTo(Math.pow(1.1, 365.0 / 366) - 1, within(1e-7));
    }

    @Test
    void matchesASpreadsheetsXirrForIrregularFlows() {
        // the classic XIRR example: −10,000; 2,750; 4,250; 3,250; 2,750 → 37.336 %
        var flyter = List.of(
                flyt(LocalDate.of(2008, 1, 1), -10_000),
                flyt(LocalDate.of(2008, 3, 1), 2_750),
                flyt(LocalDate.of(2008, 10, 30), 4_250),
                flyt(LocalDate.of(2009, 2, 15), 3_250),
                flyt(LocalDate.of(2009, 4, 1), 2_750));
        assertThat(irr(flyter)).isCloseTo(0.373362535, within(1e-6));
    }

    @Test
    void givesZeroWhenTheMoneyComesBackUnchanged() {
        assertThat(irr(List.of(flyt(T0, -500), flyt(T0.plusDays(700), 500)))).isCloseTo(0, within(1e-9));
    }

    @Test
    void givesANegativeRateForALoss() {
        assertThat(irr(List.of(flyt(T0, -100), flyt(T0.plusDays(365), 50)))).isCloseTo(-0.5, within(1e-7));
    }

    @Test
    void hasNoRateWhenAllFlowsHaveTheSameSign() {
        assertThat(Xirr.beregn(List.of(flyt(T0, -100), flyt(T0.plusDays(10), -50)))).isEmpty();
        assertThat(Xirr.beregn(List.of(flyt(T0, 100)))).isEmpty();
        assertThat(Xirr.beregn(List.of(flyt(T0, -100), flyt(T0.plusDays(10), 0)))).isEmpty();
        assertThat(Xirr.beregn(List.of())).isEmpty();
    }

    @Test
    void ignoresTheOrderOfTheFlows() {
        var a = irr(List.of(flyt(T0, -1_000), flyt(T0.plusDays(200), 300), flyt(T0.plusDays(500), 900)));
        var b = irr(List.of(flyt(T0.plusDays(500), 900), flyt(T0, -1_000), flyt(T0.plusDays(200), 300)));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void fallsBackToBisectionWhenNewtonLeavesTheDomain() {
        var flyter = List.of(flyt(T0, -100), flyt(T0.plusDays(365), 300));
        double[] aar = {0, 1};
        double[] belop = {-1, 3};
        assertThat(Xirr.newton(aar, belop, 100)).as("Newton from 10,000 % jumps below −100 %").isEmpty();
        assertThat(Xirr.beregn(flyter, 100).orElseThrow().doubleValue()).isCloseTo(2.0, within(1e-7));
    }

    @Test
    void findsAVeryHighRateOverAShortTime() {
        // tripled in 30 days: 3^(365/30) − 1
        double forventet = Math.pow(3, 365.0 / 30) - 1;
        double funnet = irr(List.of(flyt(T0, -100), flyt(T0.plusDays(30), 300)));
        assertThat(funnet / forventet).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void bisectsToTheSameRateAsNewton() {
        double[] aar = {0, 0.5, 1.5, 3};
        double[] belop = {-1, 0.2, 0.3, 0.9};
        double newton = Xirr.newton(aar, belop, 0.1).orElseThrow();
        double halvering = Xirr.halvering(aar, belop).orElseThrow();
        assertThat(halvering).isCloseTo(newton, within(1e-8));
    }
}
