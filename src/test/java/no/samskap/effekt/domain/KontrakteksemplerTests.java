package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The worked examples of issue 5, point 11, with the figures of the real contracts. */
class KontrakteksemplerTests {

    /** UK DWP Innovation Fund rate card (GBP). */
    @Nested
    class DwpInnovationFund {

        private final Kontraktsvilkar vilkar = vilkar(Penger.GBP)
                .maal(fast("OPPMOTE", Penger.gbp(1_400)),
                        fast("ATFERD", Penger.gbp(1_300)),
                        fast("HOLDNING", Penger.gbp(700)),
                        fast("INNGANGSNIVAA", Penger.gbp(900)),
                        fast("GRUNNLEGGENDE_FERDIGHETER", Penger.gbp(900)),
                        fast("NIVAA_1", Penger.gbp(1_100)),
                        fast("NIVAA_2", Penger.gbp(3_300)),
                        fast("NIVAA_3", Penger.gbp(5_100)),
                        fast("JOBBSTART", Penger.gbp(3_500)),
                        fast("VEDVARENDE_JOBB", Penger.gbp(2_000)))
                .stige("jobb", "JOBBSTART", "VEDVARENDE_JOBB")
                .bygg();

        private final Kontraktsvilkar medTak = new Kontraktsvilkar(vilkar.valuta(), vilkar.fra(), vilkar.til(),
                vilkar.betalere(), null, Penger.gbp(11_700), vilkar.maal(), vilkar.stiger(), vilkar.alternativer());

        @Test
        void paysAttitudeLevelOneAndEntryLevel2700() {
            var d = DeltakerId.random();
            var a = godkjennAlle(vilkar, List.of(
                    krav(d, "HOLDNING", DAG), krav(d, "NIVAA_1", DAG), krav(d, "INNGANGSNIVAA", DAG)), DAG);

            assertThat(a.perDeltaker().get(d).godkjent()).isEqualTo(Penger.of("2700.00", Penger.GBP));
        }

        private List<Krav> syvUtfall(DeltakerId d) {
            return List.of(
                    krav(d, "OPPMOTE", DAG),
                    krav(d, "ATFERD", DAG.plusDays(10)),
                    krav(d, "HOLDNING", DAG.plusDays(20)),
                    krav(d, "NIVAA_1", DAG.plusDays(40)),
                    krav(d, "NIVAA_2", DAG.plusDays(90)),
                    krav(d, "JOBBSTART", DAG.plusDays(120)),
                    krav(d, "VEDVARENDE_JOBB", DAG.plusDays(300)));
        }

        @Test
        void paysSevenOutcomes13300Uncapped() {
            var d = DeltakerId.random();
            var linje = godkjennAlle(vilkar, syvUtfall(d), DAG.plusYears(1)).perDeltaker().get(d);

            assertThat(linje.godkjent()).isEqualTo(Penger.gbp(13_300));
            assertThat(linje.justeringer()).isEmpty();
        }

        @Test
        void capsSevenOutcomesAt11700PerParticipantAndShowsTheCut() {
            var d = DeltakerId.random();
            var a = godkjennAlle(medTak, syvUtfall(d), DAG.plusYears(1));
            var linje = a.perDeltaker().get(d);

            assertThat(linje.prisGangerOppnaadd()).isEqualTo(Penger.gbp(13_300));
            assertThat(linje.godkjent()).isEqualTo(Penger.gbp(11_700));
            assertThat(linje.justeringer()).containsExactly(
                    new Justering(Justeringsaarsak.TAK_DELTAKER, Penger.gbp(1_600)));
            Kravresultat sist = linje.krav().getLast();
            assertThat(sist.krav().maal()).isEqualTo("VEDVARENDE_JOBB");
            assertThat(sist.tilUtbetaling()).isEqualTo(Penger.gbp(400));
            assertThat(sist.justeringer()).containsExactly(new Justering(Justeringsaarsak.TAK_DELTAKER, Penger.gbp(1_600)));
        }

        @Test
        void rejectsSecondFirstLevelOneForTheSamePerson() {
            var d = DeltakerId.random();
            var forste = krav(d, "NIVAA_1", DAG);
            var andre = krav(d, "NIVAA_1", DAG.plusDays(30));
            var a = beregn(vilkar, List.of(andre, forste));

            assertThat(a.resultat(forste.id()).orElseThrow().status()).isEqualTo(Kravstatus.TIL_VURDERING);
            var r = a.resultat(andre.id()).orElseThrow();
            assertThat(r.status()).isEqualTo(Kravstatus.AVVIST);
            assertThat(r.funn()).containsExactly(Kontrollfunn.DUPLIKAT);
            assertThat(r.funn().getFirst().code()).isEqualTo("effekt.krav.duplikat");
        }
    }

    /** Reboot West earnings ladder (GBP). */
    @Nested
    class RebootWest {

        static final String[] TRINN = {"I_ARBEID", "TJENT_768", "TJENT_1631", "TJENT_3350", "TJENT_8155"};

        private final Kontraktsvilkar vilkar = vilkar(Penger.GBP)
                .maal(fast("I_ARBEID", Penger.gbp(660)),
                        fast("TJENT_768", Penger.gbp(2_750)).medMinsteVerdi(verdi("768")),
                        fast("TJENT_1631", Penger.gbp(2_750)).medMinsteVerdi(verdi("1631")),
                        fast("TJENT_3350", Penger.gbp(2_750)).medMinsteVerdi(verdi("3350")),
                        fast("TJENT_8155", Penger.gbp(2_750)).medMinsteVerdi(verdi("8155")))
                .stige("inntekt", TRINN)
                .bygg();

        /** Claims every rung a participant with these cumulative earnings has reached. */
        private List<Krav> trinnFor(DeltakerId d, BigDecimal inntekt) {
            List<Krav> krav = new ArrayList<>();
            krav.add(krav(d, "I_ARBEID", DAG));
            int[] terskler = {768, 1631, 3350, 8155};
            for (int i = 0; i < terskler.length; i++) {
                if (inntekt.compareTo(BigDecimal.valueOf(terskler[i])) >= 0) {
                    krav.add(krav(d, TRINN[i + 1], DAG.plusWeeks(4L * (i + 1)), inntekt));
                }
            }
            return krav;
        }

        @Test
        void paysEachRungForTheParticipantsReachingIt990660InAll() {
            int[] antall = {126, 114, 102, 73, 41};
            BigDecimal[] inntekt = {verdi("500"), verdi("800"), verdi("2000"), verdi("4000"), verdi("9000")};
            List<Krav> krav = new ArrayList<>();
            for (int trinn = 0; trinn < antall.length; trinn++) {
                int somStopperHer = antall[trinn] - (trinn + 1 < antall.length ? antall[trinn + 1] : 0);
                for (int i = 0; i < somStopperHer; i++) {
                    krav.addAll(trinnFor(DeltakerId.random(), inntekt[trinn]));
                }
            }
            var a = godkjennAlle(vilkar, krav, DAG.plusYears(1));
            var perMaal = a.perResultatmaal();

            assertThat(Stream.of(TRINN).map(t -> perMaal.get(t).godkjent()).toList()).containsExactly(
                    Penger.gbp(83_160), Penger.gbp(313_500), Penger.gbp(280_500), Penger.gbp(200_750),
                    Penger.gbp(112_750));
            assertThat(Stream.of(TRINN).map(t -> perMaal.get(t).oppnaadd()).toList())
                    .containsExactly(126, 114, 102, 73, 41);
            assertThat(a.totalt().godkjent()).isEqualTo(Penger.gbp(990_660));
        }

        @Test
        void owesAParticipantWhoEarned3400InWork8910() {
            var d = DeltakerId.random();
            List<Krav> krav = new ArrayList<>(trinnFor(d, verdi("3400")));
            krav.add(krav(d, "TJENT_8155", DAG.plusWeeks(30), verdi("3400")));
            var a = godkjennAlle(vilkar, krav, DAG.plusYears(1));

            assertThat(a.perDeltaker().get(d).godkjent()).isEqualTo(Penger.gbp(8_910));
            assertThat(a.resultater().getLast().funn()).containsExactly(Kontrollfunn.UNDER_TERSKEL);
        }
    }

    /** Skill Mill: payer commitments make the contract cap (GBP). */
    @Nested
    class SkillMill {

        private final Kontraktsvilkar vilkar = skillMill();

        private static Kontraktsvilkar skillMill() {
            var v = vilkar(Penger.GBP);
            for (int i = 0; i < 7; i++) {
                v.betaler(PartId.random(), Penger.gbp(230_400));
            }
            v.betaler(PartId.random(), Penger.gbp(1_418_976)).betaler(PartId.random(), Penger.gbp(210_000));
            return v.maal(Resultatmaal.enkel("INGEN_NY_DOM", START, new Prisregel.FastPris(Penger.gbp(8_000)), null),
                            Resultatmaal.enkel("UTDANNING", START, new Prisregel.FastPris(Penger.gbp(1_760)), null))
                    .bygg();
        }

        @Test
        void sumsThePayersCommitmentsToTheContractCap3241776() {
            assertThat(vilkar.samletTak()).isEqualTo(Penger.gbp(3_241_776));
        }

        @Test
        void cutsTheClaimThatCrossesTheContractCapToTheCap() {
            List<Krav> krav = new ArrayList<>();
            for (int i = 0; i < 405; i++) { // 405 × 8,000 = 3,240,000: 1,776 left under the cap
                krav.add(krav(DeltakerId.random(), "INGEN_NY_DOM", DAG));
            }
            var over = krav(DeltakerId.random(), "INGEN_NY_DOM", DAG.plusDays(1));
            krav.add(over);
            var etter = krav(DeltakerId.random(), "UTDANNING", DAG.plusDays(2));
            krav.add(etter);
            var a = godkjennAlle(vilkar, krav, DAG.plusMonths(1));

            var r = a.resultat(over.id()).orElseThrow();
            assertThat(r.tilUtbetaling()).isEqualTo(Penger.gbp(1_776));
            assertThat(r.justeringer()).containsExactly(new Justering(Justeringsaarsak.TAK_KONTRAKT, Penger.gbp(6_224)));
            assertThat(a.resultat(etter.id()).orElseThrow().tilUtbetaling()).isEqualTo(Penger.gbp(0));
            assertThat(a.totalt().godkjent()).isEqualTo(Penger.gbp(3_241_776));
            assertThat(a.totalt().justert(Justeringsaarsak.TAK_KONTRAKT)).isEqualTo(Penger.gbp(6_224 + 1_760));
        }
    }

    /** A 20/40/40 split of NOK 100,000 per participant. */
    @Nested
    class TjueFortiForti {

        private final Penger pris = Penger.nok(100_000);
        private final Kontraktsvilkar vilkar = vilkar(Penger.NOK)
                .maal(regel("KARTLEGGING", new Prisregel.Andel(pris, verdi("0.20"))),
                        regel("JOBB", new Prisregel.Andel(pris, verdi("0.40"))).medMinsteVerdi(verdi("50")),
                        regel("BEHOLDT_JOBB", new Prisregel.Andel(pris, verdi("0.40"))))
                .stige("2040-40", "KARTLEGGING", "JOBB", "BEHOLDT_JOBB")
                .bygg();

        private Penger betalt(Krav... krav) {
            return godkjennAlle(vilkar, List.of(krav), DAG.plusYears(1)).totalt().godkjent();
        }

        @Test
        void paysTwentyForMappingFortyForAJobOfHalfTimeAndFortyForRetention() {
            var d = DeltakerId.random();
            var a = godkjennAlle(vilkar, List.of(
                    krav(d, "KARTLEGGING", DAG),
                    krav(d, "JOBB", DAG.plusMonths(2), verdi("50")),
                    krav(d, "BEHOLDT_JOBB", DAG.plusMonths(8))), DAG.plusYears(1));

            assertThat(a.resultater().stream().map(Kravresultat::tilUtbetaling).toList())
                    .containsExactly(Penger.nok(20_000), Penger.nok(40_000), Penger.nok(40_000));
            assertThat(a.totalt().godkjent()).isEqualTo(Penger.nok(100_000));
        }

        @Test
        void paysOnlyTheMappingForAJobOfFortyPercent() {
            var d = DeltakerId.random();
            assertThat(betalt(
                    krav(d, "KARTLEGGING", DAG),
                    krav(d, "JOBB", DAG.plusMonths(2), verdi("40")),
                    krav(d, "BEHOLDT_JOBB", DAG.plusMonths(8)))).isEqualTo(Penger.nok(20_000));
        }

        @Test
        void paysSixtyThousandForAJobLostBeforeTheCheckpoint() {
            var d = DeltakerId.random();
            assertThat(betalt(krav(d, "KARTLEGGING", DAG), krav(d, "JOBB", DAG.plusMonths(2), verdi("100"))))
                    .isEqualTo(Penger.nok(60_000));
        }
    }

    /** An investor's return: 267,731 paid in, 422,000 distributed three and a quarter years later. */
    @Nested
    class Investoravkastning {

        private final PartId investor = PartId.random();
        private final Investorregnskap regnskap = new Investorregnskap(
                List.of(new Investor(investor, Tranche.SENIOR, Penger.gbp(267_731), Penger.gbp(500_000),
                        new Garanti.Ingen())),
                List.of(new Kontantstrom(investor, LocalDate.of(2020, 1, 1), Kontantstrom.Type.TREKK, Penger.gbp(267_731)),
                        new Kontantstrom(investor, LocalDate.of(2023, 4, 1), Kontantstrom.Type.TILBAKEBETALING,
                                Penger.gbp(267_731)),
                        new Kontantstrom(investor, LocalDate.of(2023, 4, 1), Kontantstrom.Type.AVKASTNING,
                                Penger.gbp(422_000 - 267_731))));

        @Test
        void givesAMultipleOnMoneyOf1576() {
            assertThat(regnskap.mottatt(investor)).isEqualTo(Penger.gbp(422_000));
            assertThat(regnskap.mom(investor)).contains(new BigDecimal("1.576"));
        }

        @Test
        void givesAnIrrOf15Percent() {
            BigDecimal irr = regnskap.irr(investor).orElseThrow();
            assertThat(irr.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("15.0");
        }
    }
}
