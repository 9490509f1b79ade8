package no.samskap.effekt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The waterfall: senior before junior, principal before return, pro rata within a tranche, never beyond the maximum. */
class FossefallTests {

    private final PartId seniorA = PartId.random();
    private final PartId seniorB = PartId.random();
    private final PartId junior = PartId.random();

    private Fossefall.Posisjon posisjon(PartId id, Tranche tranche, long utestaende, long maks, long mottatt) {
        var investor = new Investor(id, tranche, Penger.nok(utestaende), Penger.nok(maks), new Garanti.Ingen());
        return new Fossefall.Posisjon(investor, Penger.nok(utestaende), Penger.nok(mottatt));
    }

    private List<Fossefall.Posisjon> posisjoner() {
        return List.of(
                posisjon(junior, Tranche.JUNIOR, 100_000, 200_000, 0),
                posisjon(seniorA, Tranche.SENIOR, 300_000, 360_000, 0),
                posisjon(seniorB, Tranche.SENIOR, 100_000, 120_000, 0));
    }

    private Fossefall.Andel andel(Fossefall.Fordeling f, PartId id) {
        return f.andeler().stream().filter(a -> a.investor().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void repaysTheSeniorTrancheProRataBeforeTheJuniorGetsAnything() {
        var f = Fossefall.fordel(Penger.nok(200_000), posisjoner());

        assertThat(andel(f, seniorA).hovedstol()).isEqualTo(Penger.nok(150_000));
        assertThat(andel(f, seniorB).hovedstol()).isEqualTo(Penger.nok(50_000));
        assertThat(andel(f, junior).totalt()).isEqualTo(Penger.nok(0));
        assertThat(f.rest()).isEqualTo(Penger.nok(0));
    }

    @Test
    void paysTheSeniorReturnBeforeTheJuniorPrincipalProRataToTheReturnStillOwed() {
        var f = Fossefall.fordel(Penger.nok(450_000), posisjoner());

        assertThat(andel(f, seniorA)).isEqualTo(
                new Fossefall.Andel(seniorA, Tranche.SENIOR, Penger.nok(300_000), Penger.nok(37_500)));
        assertThat(andel(f, seniorB)).isEqualTo(
                new Fossefall.Andel(seniorB, Tranche.SENIOR, Penger.nok(100_000), Penger.nok(12_500)));
        assertThat(andel(f, junior).totalt()).isEqualTo(Penger.nok(0));
    }

    @Test
    void neverPaysAnInvestorBeyondItsContractedMaximumAndLeavesTheRest() {
        var f = Fossefall.fordel(Penger.nok(1_000_000), posisjoner());

        assertThat(andel(f, seniorA).totalt()).isEqualTo(Penger.nok(360_000));
        assertThat(andel(f, seniorB).totalt()).isEqualTo(Penger.nok(120_000));
        assertThat(andel(f, junior)).isEqualTo(
                new Fossefall.Andel(junior, Tranche.JUNIOR, Penger.nok(100_000), Penger.nok(100_000)));
        assertThat(f.rest()).isEqualTo(Penger.nok(320_000));
    }

    @Test
    void countsWhatAnInvestorHasReceivedAgainstItsMaximum() {
        var f = Fossefall.fordel(Penger.nok(100_000),
                List.of(posisjon(seniorA, Tranche.SENIOR, 0, 360_000, 340_000)));

        assertThat(andel(f, seniorA).avkastning()).isEqualTo(Penger.nok(20_000));
        assertThat(f.rest()).isEqualTo(Penger.nok(80_000));
    }

    @Test
    void splitsProRataSoThePartsAddUpToWhatWasAvailable() {
        var f = Fossefall.fordel(Penger.of("100.00", Penger.NOK), List.of(
                posisjon(seniorA, Tranche.SENIOR, 1_000, 1_000, 0),
                posisjon(seniorB, Tranche.SENIOR, 1_000, 1_000, 0),
                posisjon(junior, Tranche.SENIOR, 1_000, 1_000, 0)));

        assertThat(f.andeler()).extracting(Fossefall.Andel::hovedstol).containsExactly(
                Penger.of("33.34", Penger.NOK), Penger.of("33.33", Penger.NOK), Penger.of("33.33", Penger.NOK));
    }

    @Test
    void turnsADistributionIntoTheInvestorsCashFlows() {
        var dato = LocalDate.of(2026, 3, 31);
        var f = Fossefall.fordel(Penger.nok(450_000), posisjoner());

        assertThat(f.somKontantstrommer(dato)).containsExactly(
                new Kontantstrom(seniorA, dato, Kontantstrom.Type.TILBAKEBETALING, Penger.nok(300_000)),
                new Kontantstrom(seniorA, dato, Kontantstrom.Type.AVKASTNING, Penger.nok(37_500)),
                new Kontantstrom(seniorB, dato, Kontantstrom.Type.TILBAKEBETALING, Penger.nok(100_000)),
                new Kontantstrom(seniorB, dato, Kontantstrom.Type.AVKASTNING, Penger.nok(12_500)));
    }
}
