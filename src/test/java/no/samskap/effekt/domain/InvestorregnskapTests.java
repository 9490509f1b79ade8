package no.samskap.effekt.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class InvestorregnskapTests {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private final PartId id = PartId.random();
    private final Investor investor = new Investor(
            id, Tranche.JUNIOR, Penger.nok(1_000_000), Penger.nok(1_500_000), new Garanti.Andel(new BigDecimal("0.4")));

    private Kontantstrom strom(LocalDate dato, Kontantstrom.Type type, long belop) {
        return new Kontantstrom(id, dato, type, Penger.nok(belop));
    }

    @Test
    void sumsDrawdownsAndReceiptsButNotTheCommitment() {
        var r = new Investorregnskap(List.of(investor), List.of(
                strom(START, Kontantstrom.Type.FORPLIKTELSE, 1_000_000),
                strom(START, Kontantstrom.Type.TREKK, 400_000),
                strom(START.plusMonths(6), Kontantstrom.Type.TREKK, 200_000),
                strom(START.plusYears(2), Kontantstrom.Type.TILBAKEBETALING, 300_000),
                strom(START.plusYears(3), Kontantstrom.Type.AVKASTNING, 50_000)));

        assertThat(r.innbetalt(id)).isEqualTo(Penger.nok(600_000));
        assertThat(r.mottatt(id)).isEqualTo(Penger.nok(350_000));
        assertThat(r.mom(id)).contains(new BigDecimal("0.583"));
        assertThat(r.posisjon(id).utestaendeHovedstol()).isEqualTo(Penger.nok(300_000));
        assertThat(r.per(START.plusYears(1)).mottatt(id)).isEqualTo(Penger.nok(0));
    }

    @Test
    void refusesADrawdownBeyondTheCommitment() {
        assertThatThrownBy(() -> new Investorregnskap(List.of(investor), List.of(
                        strom(START, Kontantstrom.Type.TREKK, 600_000),
                        strom(START.plusMonths(1), Kontantstrom.Type.TREKK, 400_001))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.TREKK_OVER_FORPLIKTELSE));
    }

    @Test
    void refusesACashFlowThatIsNotPositive() {
        assertThatThrownBy(() -> strom(START, Kontantstrom.Type.TREKK, 0))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.KONTANTSTROM_UGYLDIG));
    }

    @Test
    void hasNoMultipleOrIrrBeforeAnythingIsPaidIn() {
        var r = new Investorregnskap(List.of(investor), List.of(strom(START, Kontantstrom.Type.FORPLIKTELSE, 1_000_000)));
        assertThat(r.mom(id)).isEmpty();
        assertThat(r.irr(id)).isEmpty();
    }

    @Test
    void boundsTheMaximumLossByTheGuaranteeAndWhatWasReceived() {
        var r = new Investorregnskap(List.of(investor), List.of(strom(START, Kontantstrom.Type.TREKK, 500_000)));
        assertThat(r.maksimaltTap(id)).as("1,000,000 committed less 40 % guaranteed").isEqualTo(Penger.nok(600_000));

        var etter = r.med(List.of(strom(START.plusYears(1), Kontantstrom.Type.TILBAKEBETALING, 250_000)));
        assertThat(etter.maksimaltTap(id)).isEqualTo(Penger.nok(350_000));

        var utenGaranti = new Investor(id, Tranche.SENIOR, Penger.nok(100), Penger.nok(200), new Garanti.Ingen());
        assertThat(new Investorregnskap(List.of(utenGaranti), List.of()).maksimaltTap(id)).isEqualTo(Penger.nok(100));
        var storGaranti = new Investor(id, Tranche.SENIOR, Penger.nok(100), Penger.nok(200),
                new Garanti.Belop(Penger.nok(1_000)));
        assertThat(new Investorregnskap(List.of(storGaranti), List.of()).maksimaltTap(id)).isEqualTo(Penger.nok(0));
    }
}
