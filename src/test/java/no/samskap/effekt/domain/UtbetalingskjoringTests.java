package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.samskap.effekt.domain.Utbetalingsprofil.PlanlagtUtbetaling;
import org.junit.jupiter.api.Test;

/** Payment runs per period, payer and recipient; planned profile against actuals. */
class UtbetalingskjoringTests {

    private static final PartId ANNEN_LEVERANDOR = PartId.random();
    private static final YearMonth JUNI = YearMonth.of(2025, 6);

    private final Kontraktsvilkar vilkar = vilkar(Penger.NOK)
            .betaler(NAV, Penger.nok(100_000))
            .betaler(KOMMUNE, Penger.nok(50_000))
            .maal(fast("JOBB", Penger.nok(10_000)),
                    Resultatmaal.enkel("BOLIG", START, new Prisregel.FastPris(Penger.nok(4_000)), KOMMUNE))
            .bygg();

    @Test
    void namesAPeriodAsPaymentRunsAreAskedFor() {
        var dato = java.time.LocalDate.of(2026, 11, 30);

        assertThat(Utbetalingsperiode.navn(Utbetalingsperiode.Periodetype.KVARTAL, dato)).isEqualTo("2026-K4");
        assertThat(Utbetalingsperiode.navn(Utbetalingsperiode.Periodetype.MAANED, dato)).isEqualTo("2026-11");
    }

    @Test
    void paysApprovedClaimsPerPayerAndRecipientUpToTheEndOfThePeriod() {
        var jobb = krav(DeltakerId.random(), "JOBB", JUNI.atDay(3));
        var bolig = krav(DeltakerId.random(), "BOLIG", JUNI.atDay(4));
        var annen = medMottaker(krav(DeltakerId.random(), "JOBB", JUNI.atDay(5)), ANNEN_LEVERANDOR);
        var senere = krav(DeltakerId.random(), "JOBB", JUNI.atDay(6));
        var a = godkjenn(List.of(jobb, bolig, annen), JUNI.atDay(20), List.of(senere), JUNI.plusMonths(1).atDay(2));

        var kjoring = Utbetalingskjoring.beregn(a, Utbetalingsperiode.maaned(JUNI), List.of());

        assertThat(kjoring.utbetalinger()).containsExactlyInAnyOrder(
                new Utbetaling(Utbetalingsperiode.maaned(JUNI), NAV, LEVERANDOR, Penger.nok(10_000)),
                new Utbetaling(Utbetalingsperiode.maaned(JUNI), KOMMUNE, LEVERANDOR, Penger.nok(4_000)),
                new Utbetaling(Utbetalingsperiode.maaned(JUNI), NAV, ANNEN_LEVERANDOR, Penger.nok(10_000)));
        assertThat(kjoring.totalt()).isEqualTo(Penger.nok(24_000));
        assertThat(kjoring.oppgjorFor(KOMMUNE)).hasSize(1);
        assertThat(kjoring.oppgjorFor(LEVERANDOR)).hasSize(2);

        var juli = Utbetalingskjoring.beregn(a, Utbetalingsperiode.maaned(JUNI.plusMonths(1)), kjoring.utbetalinger());
        assertThat(juli.utbetalinger()).containsExactly(
                new Utbetaling(Utbetalingsperiode.maaned(JUNI.plusMonths(1)), NAV, LEVERANDOR, Penger.nok(10_000)));
    }

    @Test
    void offsetsAClaimRejectedAfterItWasPaidInLaterRuns() {
        var en = krav(DeltakerId.random(), "JOBB", JUNI.atDay(3));
        var to = krav(DeltakerId.random(), "JOBB", JUNI.atDay(4));
        var juni = Utbetalingskjoring.beregn(godkjenn(List.of(en, to), JUNI.atDay(20), List.of(), JUNI.atDay(20)),
                Utbetalingsperiode.maaned(JUNI), List.of());
        assertThat(juni.totalt()).isEqualTo(Penger.nok(20_000));

        // the evaluator's approval of "to" is withdrawn (replaced by a rejection); a third claim is approved in July
        var tre = krav(DeltakerId.random(), "JOBB", JUNI.plusMonths(1).atDay(3));
        var forst = beregn(vilkar, List.of(en, to, tre));
        var vurderinger = List.of(
                Vurdering.av(forst.resultat(en.id()).orElseThrow(), Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Ok",
                        JUNI.atDay(20)),
                Vurdering.av(forst.resultat(to.id()).orElseThrow(), Vurdering.Beslutning.AVVIST, EVALUATOR_IDENT,
                        "Feil deltaker", JUNI.atDay(25)),
                Vurdering.av(forst.resultat(tre.id()).orElseThrow(), Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT,
                        "Ok", JUNI.plusMonths(1).atDay(10)));
        var a = Avstemming.beregn(vilkar, (d, x) -> true, List.of(en, to, tre), vurderinger);

        var juli = Utbetalingskjoring.beregn(a, Utbetalingsperiode.maaned(JUNI.plusMonths(1)), juni.utbetalinger());
        assertThat(juli.totalt()).as("20,000 earned, 20,000 paid already").isEqualTo(Penger.nok(0));
        assertThat(juli.linjer().getFirst().opptjent()).isEqualTo(Penger.nok(20_000));
    }

    @Test
    void neverPaysBeyondThePayersCommitmentOrTheContractCap() {
        var jobb = krav(DeltakerId.random(), "JOBB", JUNI.atDay(3));
        var bolig = krav(DeltakerId.random(), "BOLIG", JUNI.atDay(3));
        var a = godkjenn(List.of(jobb, bolig), JUNI.atDay(20), List.of(), JUNI.atDay(20));
        // payments made outside this contract's runs (e.g. recorded by hand) have used most of the room
        var tidligere = List.of(
                new Utbetaling(Utbetalingsperiode.maaned(JUNI.minusMonths(1)), KOMMUNE, ANNEN_LEVERANDOR,
                        Penger.nok(47_000)),
                new Utbetaling(Utbetalingsperiode.maaned(JUNI.minusMonths(1)), NAV, ANNEN_LEVERANDOR, Penger.nok(95_000)));

        var kjoring = Utbetalingskjoring.beregn(a, Utbetalingsperiode.maaned(JUNI), tidligere);

        var nav = kjoring.oppgjorFor(NAV).stream().filter(l -> l.mottaker().equals(LEVERANDOR)).findFirst().orElseThrow();
        var kommune = kjoring.oppgjorFor(KOMMUNE).stream().filter(l -> l.mottaker().equals(LEVERANDOR)).findFirst()
                .orElseThrow();
        assertThat(nav.belop()).isEqualTo(Penger.nok(5_000));
        assertThat(nav.justeringer()).as("contract room 8,000, then NAV's room 5,000: the engine's order").containsExactly(
                new Justering(Justeringsaarsak.TAK_KONTRAKT, Penger.nok(2_000)),
                new Justering(Justeringsaarsak.TAK_BETALER, Penger.nok(3_000)));
        assertThat(kommune.belop()).isEqualTo(Penger.nok(3_000));
        assertThat(kommune.justeringer()).containsExactly(new Justering(Justeringsaarsak.TAK_KONTRAKT, Penger.nok(1_000)));
    }

    @Test
    void splitsPooledOutcomesBetweenThePayersProRataToTheirCommitments() {
        var pott = vilkar(Penger.NOK)
                .betaler(NAV, Penger.nok(200_000))
                .betaler(KOMMUNE, Penger.nok(100_000))
                .maal(Resultatmaal.enkel("JOBB", START, new Prisregel.FastPris(Penger.nok(10_000)), null))
                .bygg();
        List<Krav> krav = List.of(krav(DeltakerId.random(), "JOBB", JUNI.atDay(3)));
        var kjoring = Utbetalingskjoring.beregn(godkjennAlle(pott, krav, JUNI.atDay(10)),
                Utbetalingsperiode.kvartal(2025, 2), List.of());

        assertThat(kjoring.utbetalinger()).containsExactly(
                new Utbetaling(Utbetalingsperiode.kvartal(2025, 2), NAV, LEVERANDOR, Penger.of("6666.67", Penger.NOK)),
                new Utbetaling(Utbetalingsperiode.kvartal(2025, 2), KOMMUNE, LEVERANDOR, Penger.of("3333.33", Penger.NOK)));
    }

    @Test
    void namesMonthsAndQuarters() {
        assertThat(Utbetalingsperiode.kvartal(2025, 2))
                .isEqualTo(new Utbetalingsperiode(JUNI.minusMonths(2).atDay(1), JUNI.atEndOfMonth()));
        assertThat(Utbetalingsperiode.av(Utbetalingsperiode.Periodetype.KVARTAL, JUNI.atDay(15)))
                .isEqualTo(Utbetalingsperiode.kvartal(2025, 2));
        assertThat(Utbetalingsperiode.av(Utbetalingsperiode.Periodetype.MAANED, JUNI.atDay(15)))
                .isEqualTo(Utbetalingsperiode.maaned(JUNI));
    }

    @Test
    void comparesThePlannedProfileWithWhatWasPaid() {
        var q1 = Utbetalingsperiode.kvartal(2025, 1);
        var q2 = Utbetalingsperiode.kvartal(2025, 2);
        var q3 = Utbetalingsperiode.kvartal(2025, 3);
        var linjer = Utbetalingsprofil.sammenlign(
                List.of(new PlanlagtUtbetaling(q2, Penger.nok(50_000)), new PlanlagtUtbetaling(q1, Penger.nok(30_000))),
                List.of(new Utbetaling(q1, NAV, LEVERANDOR, Penger.nok(20_000)),
                        new Utbetaling(q3, NAV, LEVERANDOR, Penger.nok(15_000))),
                Penger.NOK);

        assertThat(linjer).extracting(Utbetalingsprofil.Profillinje::periode).containsExactly(q1, q2, q3);
        assertThat(linjer).extracting(Utbetalingsprofil.Profillinje::avvik)
                .containsExactly(Penger.nok(-10_000), Penger.nok(-50_000), Penger.nok(15_000));
        assertThat(linjer.getLast().kumulativtPlanlagt()).isEqualTo(Penger.nok(80_000));
        assertThat(linjer.getLast().kumulativtFaktisk()).isEqualTo(Penger.nok(35_000));
    }

    /** Approves {@code forst} on one date and {@code senere} on another. */
    private Avstemming godkjenn(List<Krav> forst, java.time.LocalDate dato, List<Krav> senere,
            java.time.LocalDate senereDato) {
        List<Krav> alle = new ArrayList<>(forst);
        alle.addAll(senere);
        var beregnet = beregn(vilkar, alle);
        List<Vurdering> vurderinger = new ArrayList<>();
        for (Krav k : alle) {
            vurderinger.add(Vurdering.av(beregnet.resultat(k.id()).orElseThrow(), Vurdering.Beslutning.GODKJENT,
                    EVALUATOR_IDENT, "Ok", forst.contains(k) ? dato : senereDato));
        }
        return Avstemming.beregn(vilkar, (d, x) -> true, alle, vurderinger);
    }
}
