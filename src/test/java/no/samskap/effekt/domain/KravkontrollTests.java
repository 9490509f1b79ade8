package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** The automatic checks of point 4 and the evaluator's four eyes. */
class KravkontrollTests {

    private final Kontraktsvilkar vilkar = vilkar(Penger.NOK)
            .maal(Resultatmaal.enkel("JOBB", START, new Prisregel.FastPris(Penger.nok(10_000)), NAV,
                            Bevistype.ARBEIDSGIVERBEKREFTELSE, Bevistype.REGISTEROPPSLAG),
                    fast("JOBB_13_UKER", Penger.nok(5_000)),
                    fast("DELTID", Penger.nok(3_000)),
                    fast("HELTID", Penger.nok(6_000)))
            .stige("jobb", "JOBB", "JOBB_13_UKER")
            .alternativer("stilling", "DELTID", "HELTID")
            .bygg();

    private Kravresultat resultat(Avstemming a, Krav k) {
        return a.resultat(k.id()).orElseThrow();
    }

    @Test
    void passesAClaimThatBreaksNoRuleToTheEvaluator() {
        var k = krav(DeltakerId.random(), "JOBB", DAG);
        var r = resultat(beregn(vilkar, List.of(k)), k);

        assertThat(r.status()).isEqualTo(Kravstatus.TIL_VURDERING);
        assertThat(r.funn()).isEmpty();
        assertThat(r.beregnet()).isEqualTo(Penger.nok(10_000));
        assertThat(r.tilUtbetaling()).isEqualTo(Penger.nok(0));
    }

    @Test
    void rejectsAnIneligibleParticipant() {
        var inne = DeltakerId.random();
        var ute = DeltakerId.random();
        var ok = krav(inne, "JOBB", DAG);
        var ikke = krav(ute, "JOBB", DAG);
        var a = Avstemming.beregn(vilkar, Kvalifisering.av(Set.of(inne)), List.of(ok, ikke), List.of());

        assertThat(resultat(a, ok).status()).isEqualTo(Kravstatus.TIL_VURDERING);
        assertThat(resultat(a, ikke).status()).isEqualTo(Kravstatus.AVVIST);
        assertThat(resultat(a, ikke).funn()).containsExactly(Kontrollfunn.IKKE_KVALIFISERT);
    }

    @Test
    void rejectsAnOutcomeDateOutsideTheContractPeriod() {
        var d = DeltakerId.random();
        var for_ = krav(d, "JOBB", START.minusDays(1));
        var forsteDag = krav(DeltakerId.random(), "JOBB", START);
        var sisteDag = krav(DeltakerId.random(), "JOBB", SLUTT);
        var etter = krav(DeltakerId.random(), "JOBB", SLUTT.plusDays(1));
        var a = beregn(vilkar, List.of(for_, forsteDag, sisteDag, etter));

        assertThat(resultat(a, for_).funn()).containsExactly(Kontrollfunn.UTENFOR_KONTRAKTSPERIODE);
        assertThat(resultat(a, etter).funn()).containsExactly(Kontrollfunn.UTENFOR_KONTRAKTSPERIODE);
        assertThat(resultat(a, forsteDag).funn()).isEmpty();
        assertThat(resultat(a, sisteDag).funn()).isEmpty();
    }

    @Test
    void rejectsAnUnknownMetric() {
        var k = krav(DeltakerId.random(), "UKJENT", DAG);
        var r = resultat(beregn(vilkar, List.of(k)), k);

        assertThat(r.status()).isEqualTo(Kravstatus.AVVIST);
        assertThat(r.funn()).containsExactly(Kontrollfunn.UKJENT_RESULTATMAAL);
    }

    @Test
    void rejectsARungWithoutTheRungBelow() {
        var d = DeltakerId.random();
        var uten = krav(d, "JOBB_13_UKER", DAG);
        var r = resultat(beregn(vilkar, List.of(uten)), uten);

        assertThat(r.status()).isEqualTo(Kravstatus.AVVIST);
        assertThat(r.funn()).containsExactly(Kontrollfunn.MANGLER_FORUTGAENDE_TRINN);
    }

    @Test
    void checksTheLadderPerParticipant() {
        var en = DeltakerId.random();
        var to = DeltakerId.random();
        var start = krav(en, "JOBB", DAG);
        var annen = krav(to, "JOBB_13_UKER", DAG.plusWeeks(13));
        var egen = krav(en, "JOBB_13_UKER", DAG.plusWeeks(13));
        var a = beregn(vilkar, List.of(start, annen, egen));

        assertThat(resultat(a, annen).funn()).containsExactly(Kontrollfunn.MANGLER_FORUTGAENDE_TRINN);
        assertThat(resultat(a, egen).funn()).isEmpty();
    }

    @Test
    void acceptsBothRungsClaimedTheSameDayInAnyOrder() {
        var d = DeltakerId.random();
        var hoy = krav(d, "JOBB_13_UKER", DAG);
        var lav = krav(d, "JOBB", DAG);
        var a = beregn(vilkar, List.of(hoy, lav));

        assertThat(resultat(a, hoy).funn()).isEmpty();
        assertThat(resultat(a, lav).funn()).isEmpty();
    }

    @Test
    void rejectsTheRungAboveWhenTheEvaluatorRejectsTheRungBelow() {
        var d = DeltakerId.random();
        var lav = krav(d, "JOBB", DAG);
        var hoy = krav(d, "JOBB_13_UKER", DAG.plusWeeks(13));
        var forst = beregn(vilkar, List.of(lav, hoy));
        var avvist = Vurdering.av(resultat(forst, lav), Vurdering.Beslutning.AVVIST, EVALUATOR_IDENT,
                "Arbeidsgiveren bekrefter ikke ansettelsen", DAG.plusWeeks(14));
        var a = Avstemming.beregn(vilkar, (x, y) -> true, List.of(lav, hoy), List.of(avvist));

        assertThat(resultat(a, lav).status()).isEqualTo(Kravstatus.AVVIST);
        assertThat(resultat(a, lav).funn()).isEmpty();
        assertThat(resultat(a, hoy).funn()).containsExactly(Kontrollfunn.MANGLER_FORUTGAENDE_TRINN);
    }

    @Test
    void rejectsTheSecondOfMutuallyExclusiveAlternativesForTheSameJobSpell() {
        var d = DeltakerId.random();
        var deltid = medJobbforlop(krav(d, "DELTID", DAG), "jobb-1");
        var heltid = medJobbforlop(krav(d, "HELTID", DAG.plusMonths(1)), "jobb-1");
        var nyJobb = medJobbforlop(krav(d, "HELTID", DAG.plusMonths(6)), "jobb-2");
        var a = beregn(vilkar, List.of(deltid, heltid, nyJobb));

        assertThat(resultat(a, deltid).funn()).isEmpty();
        assertThat(resultat(a, heltid).funn()).containsExactly(Kontrollfunn.GJENSIDIG_UTELUKKENDE);
        assertThat(resultat(a, nyJobb).funn()).as("the rejected HELTID did not count").isEmpty();
    }

    @Test
    void allowsAnAlternativeInAnotherJobSpell() {
        var d = DeltakerId.random();
        var deltid = medJobbforlop(krav(d, "DELTID", DAG), "jobb-1");
        var heltid = medJobbforlop(krav(d, "HELTID", DAG.plusMonths(6)), "jobb-2");
        var a = beregn(vilkar, List.of(deltid, heltid));

        assertThat(resultat(a, heltid).funn()).isEmpty();
    }

    @Test
    void flagsAClaimWithoutEvidenceForTheMetricAndLetsTheEvaluatorApproveIt() {
        var k = medBevis(krav(DeltakerId.random(), "JOBB", DAG), List.of(new Bevis(Bevistype.SERTIFIKAT, "kurs")));
        var r = resultat(beregn(vilkar, List.of(k)), k);

        assertThat(r.status()).isEqualTo(Kravstatus.FLAGGET);
        assertThat(r.funn()).containsExactly(Kontrollfunn.BEVIS_MANGLER);
        assertThat(r.funn().getFirst().code()).isEqualTo("effekt.krav.bevis-mangler");

        var godkjent = Vurdering.av(r, Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Skattekort viser jobben", DAG);
        var etter = resultat(Avstemming.beregn(vilkar, (x, y) -> true, List.of(k), List.of(godkjent)), k);
        assertThat(etter.status()).isEqualTo(Kravstatus.GODKJENT);
        assertThat(etter.tilUtbetaling()).isEqualTo(Penger.nok(10_000));
    }

    @Test
    void acceptsAnyOfTheMetricsEvidenceKinds() {
        var k = medBevis(krav(DeltakerId.random(), "JOBB", DAG), List.of(new Bevis(Bevistype.REGISTEROPPSLAG, "aa-reg")));
        assertThat(resultat(beregn(vilkar, List.of(k)), k).funn()).isEmpty();
    }

    @Test
    void refusesApprovalByThePersonWhoClaimed() {
        var k = krav(DeltakerId.random(), "JOBB", DAG);
        var r = resultat(beregn(vilkar, List.of(k)), k);

        assertThatThrownBy(() -> Vurdering.av(r, Vurdering.Beslutning.GODKJENT, " a100001 ", "Ser bra ut", DAG))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.FIRE_OYNE));
        assertThatThrownBy(() -> Vurdering.av(r, Vurdering.Beslutning.AVVIST, ARRANGOR_IDENT, "Nei", DAG))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(EffektProblem.FIRE_OYNE.code()).isEqualTo("effekt.fire-oyne");
    }

    @Test
    void refusesADecisionByTheClaimantEvenWhenItReachesTheEngine() {
        var k = krav(DeltakerId.random(), "JOBB", DAG);
        var egen = new Vurdering(k.id(), Vurdering.Beslutning.GODKJENT, ARRANGOR_IDENT, "Egen", DAG);

        assertThatThrownBy(() -> Avstemming.beregn(vilkar, (x, y) -> true, List.of(k), List.of(egen)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.FIRE_OYNE));
    }

    @Test
    void requiresAReasonForEachDecision() {
        var k = krav(DeltakerId.random(), "JOBB", DAG);
        var r = resultat(beregn(vilkar, List.of(k)), k);

        assertThatThrownBy(() -> Vurdering.av(r, Vurdering.Beslutning.AVVIST, EVALUATOR_IDENT, "  ", DAG))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.BEGRUNNELSE_PAAKREVD));
    }

    @Test
    void refusesApprovalOfAClaimTheChecksRejectedButAllowsItsRejection() {
        var k = krav(DeltakerId.random(), "JOBB", START.minusDays(1));
        var r = resultat(beregn(vilkar, List.of(k)), k);

        assertThatThrownBy(() -> Vurdering.av(r, Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Likevel", DAG))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.KRAV_AVVIST_AUTOMATISK));
        assertThat(Vurdering.av(r, Vurdering.Beslutning.AVVIST, EVALUATOR_IDENT, "Før kontrakten", DAG).beslutning())
                .isEqualTo(Vurdering.Beslutning.AVVIST);
    }

    @Test
    void refusesASecondDecisionOnTheSameClaim() {
        var k = krav(DeltakerId.random(), "JOBB", DAG);
        var forst = resultat(beregn(vilkar, List.of(k)), k);
        var v = Vurdering.av(forst, Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Ok", DAG);
        var etter = resultat(Avstemming.beregn(vilkar, (x, y) -> true, List.of(k), List.of(v)), k);

        assertThatThrownBy(() -> Vurdering.av(etter, Vurdering.Beslutning.AVVIST, "E300003", "Nei", DAG))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.KRAV_ALLEREDE_VURDERT));
    }

    @Test
    void paysOnlyApprovedClaims() {
        var d = DeltakerId.random();
        var godkjent = krav(d, "JOBB", DAG);
        var venter = krav(DeltakerId.random(), "JOBB", DAG);
        var forst = beregn(vilkar, List.of(godkjent, venter));
        var v = Vurdering.av(resultat(forst, godkjent), Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Ok", DAG);
        var a = Avstemming.beregn(vilkar, (x, y) -> true, List.of(godkjent, venter), List.of(v));

        assertThat(resultat(a, godkjent).tilUtbetaling()).isEqualTo(Penger.nok(10_000));
        assertThat(resultat(a, venter).beregnet()).isEqualTo(Penger.nok(10_000));
        assertThat(resultat(a, venter).tilUtbetaling()).isEqualTo(Penger.nok(0));
        assertThat(a.totalt().godkjent()).isEqualTo(Penger.nok(10_000));
        assertThat(a.totalt().beregnet()).isEqualTo(Penger.nok(20_000));
    }

    @Test
    void refusesTwoDecisionsOnOneClaimInTheEngine() {
        var k = krav(DeltakerId.random(), "JOBB", DAG);
        var ja = new Vurdering(k.id(), Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Ok", DAG);
        var nei = new Vurdering(k.id(), Vurdering.Beslutning.AVVIST, "E300003", "Nei", DAG);

        assertThatThrownBy(() -> Avstemming.beregn(vilkar, (x, y) -> true, List.of(k), List.of(ja, nei)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(EffektProblem.KRAV_ALLEREDE_VURDERT));
    }

    @Test
    void givesTheSameResultWhateverTheOrderTheClaimsComeIn() {
        var d = DeltakerId.random();
        List<Krav> krav = List.of(
                krav(d, "JOBB_13_UKER", DAG.plusWeeks(13)),
                krav(d, "JOBB", DAG),
                krav(d, "JOBB", DAG.plusDays(1)),
                medJobbforlop(krav(d, "HELTID", DAG.plusDays(2)), "j"),
                medJobbforlop(krav(d, "DELTID", DAG.plusDays(2)), "j"));
        var framover = beregn(vilkar, krav);
        var bakover = beregn(vilkar, krav.reversed());

        assertThat(bakover.resultater()).isEqualTo(framover.resultater());
        assertThat(framover.resultater()).extracting(Kravresultat::status).containsExactly(
                Kravstatus.TIL_VURDERING, Kravstatus.AVVIST, Kravstatus.TIL_VURDERING, Kravstatus.AVVIST,
                Kravstatus.TIL_VURDERING);
    }
}
