package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The pricing rules of point 2, alone and combined. */
class PrisreglerTests {

    private static Kravresultat ett(Kontraktsvilkar vilkar, Krav k) {
        return beregn(vilkar, List.of(k)).resultat(k.id()).orElseThrow();
    }

    @Test
    void pricesAnOutcomeByTheRateValidOnItsDate() {
        var nyPris = START.plusYears(1);
        var maal = new Resultatmaal("JOBB", Gjentakelse.EN_GANG_PER_DELTAKER, List.of(
                        new Prisperiode(START, nyPris.minusDays(1), new Prisregel.FastPris(Penger.nok(10_000))),
                        Prisperiode.fra(nyPris, new Prisregel.FastPris(Penger.nok(12_000)))),
                Set.of(), null, null, NAV);
        var vilkar = vilkar(Penger.NOK).maal(maal).bygg();

        assertThat(ett(vilkar, krav(DeltakerId.random(), "JOBB", nyPris.minusDays(1))).beregnet())
                .isEqualTo(Penger.nok(10_000));
        assertThat(ett(vilkar, krav(DeltakerId.random(), "JOBB", nyPris)).beregnet()).isEqualTo(Penger.nok(12_000));
    }

    @Test
    void rejectsAnOutcomeOnADateWithoutAValidPrice() {
        var maal = new Resultatmaal("JOBB", Gjentakelse.EN_GANG_PER_DELTAKER, List.of(
                        new Prisperiode(START, START.plusMonths(6), new Prisregel.FastPris(Penger.nok(10_000)))),
                Set.of(), null, null, NAV);
        var vilkar = vilkar(Penger.NOK).maal(maal).bygg();

        assertThat(ett(vilkar, krav(DeltakerId.random(), "JOBB", START.plusMonths(7))).funn())
                .containsExactly(Kontrollfunn.INGEN_GYLDIG_PRIS);
    }

    @Test
    void refusesOverlappingPricePeriods() {
        assertThatThrownBy(() -> new Resultatmaal("JOBB", Gjentakelse.EN_GANG_PER_DELTAKER, List.of(
                        new Prisperiode(START, START.plusMonths(6), new Prisregel.FastPris(Penger.nok(1))),
                        Prisperiode.fra(START.plusMonths(6), new Prisregel.FastPris(Penger.nok(2)))),
                Set.of(), null, null, NAV))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.PRISPERIODE_UGYLDIG));
    }

    @Test
    void paysARepeatableOutcomeOncePerPeriod() {
        var vilkar = vilkar(Penger.NOK)
                .maal(fast("MESTRING", Penger.nok(500)).medGjentakelse(Gjentakelse.PER_KVARTAL))
                .bygg();
        var d = DeltakerId.random();
        var q1 = krav(d, "MESTRING", START.withMonth(2));
        var q1igjen = krav(d, "MESTRING", START.withMonth(3).withDayOfMonth(31));
        var q2 = krav(d, "MESTRING", START.withMonth(4));
        var a = beregn(vilkar, List.of(q1, q1igjen, q2));

        assertThat(a.resultat(q1.id()).orElseThrow().funn()).isEmpty();
        assertThat(a.resultat(q1igjen.id()).orElseThrow().funn()).containsExactly(Kontrollfunn.DUPLIKAT);
        assertThat(a.resultat(q2.id()).orElseThrow().funn()).isEmpty();
        assertThat(a.totalt().beregnet()).isEqualTo(Penger.nok(1_000));
    }

    @Test
    void namesThePeriodOfEachRepetition() {
        var dato = java.time.LocalDate.of(2026, 5, 17);
        assertThat(Gjentakelse.EN_GANG_PER_DELTAKER.periodenokkel(dato)).isEmpty();
        assertThat(Gjentakelse.PER_MAANED.periodenokkel(dato)).isEqualTo("2026-M5");
        assertThat(Gjentakelse.PER_KVARTAL.periodenokkel(dato)).isEqualTo("2026-K2");
        assertThat(Gjentakelse.PER_AAR.periodenokkel(dato)).isEqualTo("2026");
    }

    @Test
    void paysTheHighestBandOfAGradedScaleReachedAndShowsThePartNotPaid() {
        var skala = new Prisregel.Trinnskala(List.of(
                new Prisregel.Trinn(verdi("2"), Penger.nok(4_000)), // A2
                new Prisregel.Trinn(verdi("3"), Penger.nok(8_000)), // B1
                new Prisregel.Trinn(verdi("4"), Penger.nok(12_000)))); // B2
        var vilkar = vilkar(Penger.NOK).maal(regel("NORSKPROVE", skala)).bygg();

        var b1 = ett(vilkar, krav(DeltakerId.random(), "NORSKPROVE", DAG, verdi("3")));
        assertThat(b1.nominelt()).isEqualTo(Penger.nok(12_000));
        assertThat(b1.beregnet()).isEqualTo(Penger.nok(8_000));
        assertThat(b1.justeringer()).containsExactly(new Justering(Justeringsaarsak.MAALESKALA, Penger.nok(4_000)));

        assertThat(ett(vilkar, krav(DeltakerId.random(), "NORSKPROVE", DAG, verdi("4.5"))).beregnet())
                .isEqualTo(Penger.nok(12_000));
        assertThat(ett(vilkar, krav(DeltakerId.random(), "NORSKPROVE", DAG, verdi("1"))).funn())
                .containsExactly(Kontrollfunn.UNDER_TERSKEL);
        assertThat(ett(vilkar, krav(DeltakerId.random(), "NORSKPROVE", DAG)).funn())
                .containsExactly(Kontrollfunn.VERDI_MANGLER);
    }

    @Test
    void refusesAGradedScaleWithoutBandsOrWithFallingAmounts() {
        assertThatThrownBy(() -> new Prisregel.Trinnskala(List.of())).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> new Prisregel.Trinnskala(List.of(
                        new Prisregel.Trinn(verdi("1"), Penger.nok(5)), new Prisregel.Trinn(verdi("2"), Penger.nok(4)))))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void paysInProportionToTheEffectSizeBetweenFloorAndCeiling() {
        var regel = new Prisregel.Proporsjonal(verdi("0.10"), verdi("0.30"), Penger.nok(100_000));
        var vilkar = vilkar(Penger.NOK).maal(regel("EFFEKT", regel).medGjentakelse(Gjentakelse.PER_AAR)).bygg();

        assertThat(ett(vilkar, krav(DeltakerId.random(), "EFFEKT", DAG, verdi("0.20"))).beregnet())
                .isEqualTo(Penger.nok(50_000));
        assertThat(ett(vilkar, krav(DeltakerId.random(), "EFFEKT", DAG, verdi("0.35"))).beregnet())
                .isEqualTo(Penger.nok(100_000));
        assertThat(ett(vilkar, krav(DeltakerId.random(), "EFFEKT", DAG, verdi("0.10"))).funn())
                .containsExactly(Kontrollfunn.UNDER_TERSKEL);
        var tredel = ett(vilkar, krav(DeltakerId.random(), "EFFEKT", DAG, verdi("0.1666666666666667")));
        assertThat(tredel.beregnet()).isEqualTo(Penger.of("33333.33", Penger.NOK));
        assertThat(tredel.justeringer()).containsExactly(
                new Justering(Justeringsaarsak.MAALESKALA, Penger.of("66666.67", Penger.NOK)));
    }

    @Test
    void refusesAProportionalRuleWithTheFloorAtOrAboveTheCeiling() {
        assertThatThrownBy(() -> new Prisregel.Proporsjonal(verdi("0.3"), verdi("0.3"), Penger.nok(1)))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void paysAFeePerParticipantStarted() {
        var vilkar = vilkar(Penger.NOK)
                .maal(fast("OPPSTART", Penger.nok(5_000)), fast("JOBB", Penger.nok(20_000)))
                .bygg();
        var a = beregn(vilkar, List.of(
                krav(DeltakerId.random(), "OPPSTART", DAG),
                krav(DeltakerId.random(), "OPPSTART", DAG),
                krav(DeltakerId.random(), "OPPSTART", DAG)));

        assertThat(a.perResultatmaal().get("OPPSTART").beregnet()).isEqualTo(Penger.nok(15_000));
        assertThat(a.perResultatmaal().get("JOBB").krevd()).isZero();
    }

    @Test
    void splitsAPricePerParticipantIntoShares() {
        var pris = Penger.of("99999.99", Penger.NOK);
        assertThat(new Prisregel.Andel(pris, verdi("0.20")).nominelt()).isEqualTo(Penger.of("20000.00", Penger.NOK));
        assertThat(new Prisregel.Andel(pris, verdi("0.40")).nominelt()).isEqualTo(Penger.of("40000.00", Penger.NOK));
        assertThatThrownBy(() -> new Prisregel.Andel(pris, verdi("1.2")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.ANDEL_UGYLDIG));
    }

    @Test
    void rejectsAnOutcomeBelowTheMetricsThresholdOrWithoutAValue() {
        var vilkar = vilkar(Penger.NOK).maal(fast("JOBB", Penger.nok(40_000)).medMinsteVerdi(verdi("50"))).bygg();

        assertThat(ett(vilkar, krav(DeltakerId.random(), "JOBB", DAG, verdi("49.9"))).funn())
                .containsExactly(Kontrollfunn.UNDER_TERSKEL);
        assertThat(ett(vilkar, krav(DeltakerId.random(), "JOBB", DAG)).funn()).containsExactly(Kontrollfunn.VERDI_MANGLER);
        assertThat(ett(vilkar, krav(DeltakerId.random(), "JOBB", DAG, verdi("50"))).funn()).isEmpty();
    }

    @Test
    void refusesContractTermsThatDoNotHoldTogether() {
        var m = fast("JOBB", Penger.nok(1));
        assertThatThrownBy(() -> vilkar(Penger.NOK).maal(m, fast("JOBB", Penger.nok(2))).bygg())
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.RESULTATMAAL_DUPLIKAT));
        assertThatThrownBy(() -> vilkar(Penger.NOK).maal(m).stige("s", "JOBB", "UKJENT").bygg())
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.RESULTATMAAL_UKJENT));
        assertThatThrownBy(() -> vilkar(Penger.GBP).maal(m).bygg())
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.VALUTA_ULIK));
        assertThatThrownBy(() -> vilkar(Penger.NOK).betaler(KOMMUNE, Penger.nok(1)).maal(m).bygg())
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.BETALER_UKJENT));
        assertThatThrownBy(() -> vilkar(Penger.NOK)
                        .maal(m, Resultatmaal.enkel("POTT", START, new Prisregel.FastPris(Penger.nok(1)), null))
                        .bygg())
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.BETALER_BLANDET));
        assertThatThrownBy(() -> vilkar(Penger.NOK).maal(m, fast("B", Penger.nok(1)))
                        .stige("a", "JOBB", "B").stige("b", "B", "JOBB").bygg())
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.RESULTATMAAL_I_FLERE_GRUPPER));
    }
}
