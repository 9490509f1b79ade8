package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caps and their fixed order: participant, metric, contract, payer. */
class TakTests {

    @Test
    void cutsAtTheCapPerParticipantAndLeavesOtherParticipantsAlone() {
        var vilkar = vilkar(Penger.NOK).maal(fast("A", Penger.nok(6_000)), fast("B", Penger.nok(6_000)))
                .takPerDeltaker(Penger.nok(10_000)).bygg();
        var en = DeltakerId.random();
        var to = DeltakerId.random();
        var a = beregn(vilkar, List.of(krav(en, "A", DAG), krav(en, "B", DAG.plusDays(1)), krav(to, "A", DAG)));

        assertThat(a.perDeltaker().get(en).beregnet()).isEqualTo(Penger.nok(10_000));
        assertThat(a.perDeltaker().get(en).justeringer())
                .containsExactly(new Justering(Justeringsaarsak.TAK_DELTAKER, Penger.nok(2_000)));
        assertThat(a.perDeltaker().get(to).beregnet()).isEqualTo(Penger.nok(6_000));
    }

    @Test
    void cutsAtTheCapPerMetric() {
        var vilkar = vilkar(Penger.NOK).maal(fast("A", Penger.nok(6_000)).medTak(Penger.nok(15_000)),
                fast("B", Penger.nok(6_000))).bygg();
        List<Krav> krav = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            krav.add(krav(DeltakerId.random(), "A", DAG.plusDays(i)));
            krav.add(krav(DeltakerId.random(), "B", DAG.plusDays(i)));
        }
        var a = beregn(vilkar, krav);

        var linje = a.perResultatmaal().get("A");
        assertThat(linje.prisGangerOppnaadd()).isEqualTo(Penger.nok(24_000));
        assertThat(linje.beregnet()).isEqualTo(Penger.nok(15_000));
        assertThat(linje.justeringer()).containsExactly(new Justering(Justeringsaarsak.TAK_RESULTATMAAL, Penger.nok(9_000)));
        assertThat(linje.krav().stream().map(Kravresultat::beregnet).toList()).containsExactly(
                Penger.nok(6_000), Penger.nok(6_000), Penger.nok(3_000), Penger.nok(0));
        assertThat(a.perResultatmaal().get("B").beregnet()).isEqualTo(Penger.nok(24_000));
    }

    @Test
    void cutsAtTheExplicitContractCapWhenItIsBelowTheCommitments() {
        var vilkar = vilkar(Penger.NOK).maal(fast("A", Penger.nok(6_000))).kontraktstak(Penger.nok(10_000)).bygg();
        var a = beregn(vilkar, List.of(krav(DeltakerId.random(), "A", DAG), krav(DeltakerId.random(), "A", DAG)));

        assertThat(vilkar.samletTak()).isEqualTo(Penger.nok(10_000));
        assertThat(a.totalt().beregnet()).isEqualTo(Penger.nok(10_000));
        assertThat(a.totalt().justeringer()).containsExactly(new Justering(Justeringsaarsak.TAK_KONTRAKT, Penger.nok(2_000)));
    }

    @Test
    void neverCapsTheContractAboveItsPayersCommitments() {
        var vilkar = vilkar(Penger.NOK).betaler(NAV, Penger.nok(5_000)).maal(fast("A", Penger.nok(6_000)))
                .kontraktstak(Penger.nok(1_000_000)).bygg();
        assertThat(vilkar.samletTak()).isEqualTo(Penger.nok(5_000));
    }

    @Test
    void cutsAtThePayersCommitmentForTheMetricsItPays() {
        var vilkar = vilkar(Penger.NOK)
                .betaler(NAV, Penger.nok(100_000))
                .betaler(KOMMUNE, Penger.nok(8_000))
                .maal(fast("JOBB", Penger.nok(6_000)),
                        Resultatmaal.enkel("BOLIG", START, new Prisregel.FastPris(Penger.nok(6_000)), KOMMUNE))
                .bygg();
        var a = beregn(vilkar, List.of(
                krav(DeltakerId.random(), "BOLIG", DAG),
                krav(DeltakerId.random(), "BOLIG", DAG),
                krav(DeltakerId.random(), "JOBB", DAG)));

        assertThat(a.perResultatmaal().get("BOLIG").beregnet()).isEqualTo(Penger.nok(8_000));
        assertThat(a.perResultatmaal().get("BOLIG").justeringer())
                .containsExactly(new Justering(Justeringsaarsak.TAK_BETALER, Penger.nok(4_000)));
        assertThat(a.perResultatmaal().get("JOBB").beregnet()).isEqualTo(Penger.nok(6_000));
        assertThat(a.resultater()).allSatisfy(r -> assertThat(r.betaler()).isNotNull());
    }

    @Test
    void appliesTheCapsInTheOrderParticipantMetricContractPayer() {
        // 10,000 claimed: the participant has 7,000 left, the metric 5,000, the contract 4,000, NAV 1,000
        var vilkar = vilkar(Penger.NOK)
                .betaler(NAV, Penger.nok(41_000))
                .betaler(KOMMUNE, Penger.nok(100_000))
                .maal(fast("FORBRUK", Penger.nok(40_000)), fast("A", Penger.nok(10_000)).medTak(Penger.nok(5_000)))
                .takPerDeltaker(Penger.nok(47_000))
                .kontraktstak(Penger.nok(44_000))
                .bygg();
        var d = DeltakerId.random();
        var forbruk = krav(d, "FORBRUK", DAG);
        var k = krav(d, "A", DAG.plusDays(1));
        var r = beregn(vilkar, List.of(forbruk, k)).resultat(k.id()).orElseThrow();

        assertThat(r.justeringer()).containsExactly(
                new Justering(Justeringsaarsak.TAK_DELTAKER, Penger.nok(3_000)),
                new Justering(Justeringsaarsak.TAK_RESULTATMAAL, Penger.nok(2_000)),
                new Justering(Justeringsaarsak.TAK_KONTRAKT, Penger.nok(1_000)),
                new Justering(Justeringsaarsak.TAK_BETALER, Penger.nok(3_000)));
        assertThat(r.beregnet()).isEqualTo(Penger.nok(1_000));
    }

    @Test
    void recordsOnlyTheFirstCapInTheOrderWhenSeveralWouldCutTheSame() {
        var vilkar = vilkar(Penger.NOK).maal(fast("A", Penger.nok(10_000)).medTak(Penger.nok(4_000)))
                .takPerDeltaker(Penger.nok(4_000)).kontraktstak(Penger.nok(4_000)).bygg();
        var k = krav(DeltakerId.random(), "A", DAG);
        var r = beregn(vilkar, List.of(k)).resultat(k.id()).orElseThrow();

        assertThat(r.justeringer()).containsExactly(new Justering(Justeringsaarsak.TAK_DELTAKER, Penger.nok(6_000)));
    }

    @Test
    void freesCapRoomWhenTheEvaluatorRejectsAnEarlierClaim() {
        var vilkar = vilkar(Penger.NOK).maal(fast("A", Penger.nok(6_000))).kontraktstak(Penger.nok(6_000)).bygg();
        var forste = krav(DeltakerId.random(), "A", DAG);
        var andre = krav(DeltakerId.random(), "A", DAG.plusDays(1));
        var forst = beregn(vilkar, List.of(forste, andre));
        assertThat(forst.resultat(andre.id()).orElseThrow().beregnet()).isEqualTo(Penger.nok(0));

        var avvist = Vurdering.av(forst.resultat(forste.id()).orElseThrow(), Vurdering.Beslutning.AVVIST,
                EVALUATOR_IDENT, "Ikke dokumentert", DAG.plusDays(2));
        var etter = Avstemming.beregn(vilkar, (x, y) -> true, List.of(forste, andre), List.of(avvist));
        assertThat(etter.resultat(andre.id()).orElseThrow().beregnet()).isEqualTo(Penger.nok(6_000));
    }

    @Test
    void explainsEveryDifferenceBetweenPriceTimesAchievedAndWhatIsPayable() {
        var skala = new Prisregel.Trinnskala(List.of(
                new Prisregel.Trinn(verdi("1"), Penger.nok(2_000)), new Prisregel.Trinn(verdi("2"), Penger.nok(5_000))));
        var vilkar = vilkar(Penger.NOK)
                .maal(regel("SKALA", skala), fast("JOBB", Penger.nok(9_000)).medTak(Penger.nok(20_000)))
                .takPerDeltaker(Penger.nok(12_000))
                .kontraktstak(Penger.nok(30_000))
                .bygg();
        List<Krav> krav = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var d = DeltakerId.random();
            krav.add(krav(d, "SKALA", DAG.plusDays(i), verdi(i % 2 == 0 ? "1" : "2")));
            krav.add(krav(d, "JOBB", DAG.plusDays(10 + i)));
        }
        var a = godkjennAlle(vilkar, krav, DAG.plusYears(1));

        for (var linje : List.of(a.totalt(), a.perResultatmaal().get("SKALA"), a.perResultatmaal().get("JOBB"))) {
            Penger justert = linje.justeringer().stream().map(Justering::belop).reduce(Penger.nok(0), Penger::plus);
            assertThat(linje.prisGangerOppnaadd().minus(justert)).isEqualTo(linje.beregnet());
        }
        for (var linje : a.perDeltaker().values()) {
            Penger justert = linje.justeringer().stream().map(Justering::belop).reduce(Penger.nok(0), Penger::plus);
            assertThat(linje.prisGangerOppnaadd().minus(justert)).isEqualTo(linje.godkjent());
        }
        assertThat(a.totalt().prisGangerOppnaadd()).isEqualTo(Penger.nok(5 * 5_000 + 5 * 9_000));
        assertThat(a.totalt().godkjent()).isEqualTo(Penger.nok(30_000));
        assertThat(a.totalt().justeringer()).extracting(Justering::aarsak).containsExactly(
                Justeringsaarsak.MAALESKALA, Justeringsaarsak.TAK_DELTAKER, Justeringsaarsak.TAK_RESULTATMAAL,
                Justeringsaarsak.TAK_KONTRAKT);
    }
}
