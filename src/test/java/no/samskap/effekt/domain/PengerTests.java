package no.samskap.effekt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class PengerTests {

    @Test
    void keepsTheCurrencysMinorUnitScale() {
        assertThat(Penger.nok(5).belop()).isEqualByComparingTo("5.00").hasScaleOf(2);
        assertThat(Penger.of("1.5", Penger.GBP).belop()).hasScaleOf(2);
        assertThat(Penger.of("100", Currency.getInstance("JPY")).belop()).hasScaleOf(0);
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Penger.of("1.005", Penger.NOK))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.BELOP_FOR_MANGE_DESIMALER));
        assertThat(Penger.of("1.500", Penger.NOK)).isEqualTo(Penger.of("1.5", Penger.NOK));
    }

    @Test
    void refusesArithmeticAcrossCurrencies() {
        assertThatThrownBy(() -> Penger.nok(1).plus(Penger.gbp(1)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.VALUTA_ULIK));
        assertThatThrownBy(() -> Penger.nok(1).compareTo(Penger.gbp(1))).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void roundsSharesHalfEven() {
        assertThat(Penger.of("0.25", Penger.NOK).ganger(new BigDecimal("0.5"))).isEqualTo(Penger.of("0.12", Penger.NOK));
        assertThat(Penger.of("0.35", Penger.NOK).ganger(new BigDecimal("0.5"))).isEqualTo(Penger.of("0.18", Penger.NOK));
    }

    @Test
    void splitsProRataSoThePartsAddUpToTheWhole() {
        var deler = Penger.nok(100).fordel(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertThat(deler).containsExactly(
                Penger.of("33.34", Penger.NOK), Penger.of("33.33", Penger.NOK), Penger.of("33.33", Penger.NOK));

        var skjevt = Penger.of("10.00", Penger.NOK).fordel(List.of(new BigDecimal("2"), new BigDecimal("1")));
        assertThat(skjevt).containsExactly(Penger.of("6.67", Penger.NOK), Penger.of("3.33", Penger.NOK));

        var negativ = Penger.of("-10.00", Penger.NOK).fordel(List.of(new BigDecimal("2"), new BigDecimal("1")));
        assertThat(negativ).containsExactly(Penger.of("-6.67", Penger.NOK), Penger.of("-3.33", Penger.NOK));

        assertThat(Penger.nok(7).fordel(List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
                .containsExactly(Penger.nok(0), Penger.nok(0));
    }
}
