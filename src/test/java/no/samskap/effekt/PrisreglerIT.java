package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Justeringsaarsak;
import no.samskap.effekt.domain.Kontrollfunn;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.tilgang.Rolle;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each pricing rule and the order of the caps through the services and the database: graded scales, proportional
 * payment, repeatable soft outcomes, mutually exclusive alternatives, metric and payer caps, prices amended in a new
 * version, and the payment run's safety net when a commitment is lowered after money was paid.
 */
@SamskapIntegrationTest
class PrisreglerIT {

    @Autowired
    EffektkontraktService kontrakter;

    @Autowired
    MaalingService maaling;

    @Autowired
    KravService krav;

    @Autowired
    UtbetalingService utbetaling;

    private static final LocalDate DAG = LocalDate.now().minusMonths(8);

    private UUID opprett(Kontraktbygger bygger) {
        return Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.opprett(bygger
                .periode(LocalDate.now().minusYears(2), LocalDate.now().plusYears(2)).bygg()));
    }

    private UUID deltaker(UUID k) {
        return Som.demo("arrangor", Rolle.ARRANGOR, () -> maaling.registrerDeltaker(new RegistrerDeltaker(k, null,
                "P-" + UUID.randomUUID().toString().substring(0, 8), null, null, null, null,
                LocalDate.now().minusYears(2), null, null)));
    }

    private Kravvisning krev(UUID k, UUID d, String maal, LocalDate dato, @Nullable String verdi,
            @Nullable String jobbforlop) {
        UUID u = Som.demo("arrangor", Rolle.ARRANGOR, () -> maaling.registrerUtfall(new RegistrerUtfall(k, d, maal,
                dato, verdi == null ? null : new BigDecimal(verdi), jobbforlop,
                List.of(new Bevisreferanse(Bevistype.SERTIFIKAT, "DOK")))));
        return Som.demo("arrangor", Rolle.ARRANGOR, () -> krav.fremm(k, List.of(u))).getFirst();
    }

    private void godkjennAlle(UUID k) {
        List<UUID> apne = Som.demo("evaluator", Rolle.EVALUATOR, () -> krav.krav(k)).stream()
                .filter(x -> x.vurdering() == null && x.status() != Kravstatus.AVVIST).map(Kravvisning::id).toList();
        Som.demo("evaluator", Rolle.EVALUATOR, () -> krav.vurder(new VurderKrav(k, apne, Vurdering.Beslutning.GODKJENT,
                "Kontrollert")));
    }

    private Kravvisning naa(UUID k, UUID kravId) {
        return Som.demo("evaluator", Rolle.EVALUATOR, () -> krav.kravet(k, kravId));
    }

    @Test
    void aGradedScalePaysTheBandReachedAndShowsTheRestAsTheScalesCut() {
        UUID k = opprett(Kontraktbygger.nok().maal(Kontraktbygger.maalMed("NORSKTEST", Gjentakelse.EN_GANG_PER_DELTAKER,
                null, null, Kontraktbygger.trinnskala(Kontraktbygger.trinn("1", 5_000), Kontraktbygger.trinn("2", 10_000),
                        Kontraktbygger.trinn("3", 20_000)))));
        UUID d = deltaker(k);

        Kravvisning b1 = krev(k, d, "NORSKTEST", DAG, "2", null);
        Kravvisning under = krev(k, deltaker(k), "NORSKTEST", DAG, "0.5", null);
        Kravvisning utenVerdi = krev(k, deltaker(k), "NORSKTEST", DAG, null, null);

        assertThat(b1.nominelt()).isEqualByComparingTo("20000");
        assertThat(b1.beregnet()).isEqualByComparingTo("10000");
        assertThat(b1.justeringer()).containsExactly(new Kutt(Justeringsaarsak.MAALESKALA, new BigDecimal("10000.00")));
        assertThat(under.funn()).containsExactly(Kontrollfunn.UNDER_TERSKEL);
        assertThat(utenVerdi.funn()).containsExactly(Kontrollfunn.VERDI_MANGLER);
    }

    @Test
    void aProportionalRulePaysLinearlyBetweenFloorAndCeiling() {
        UUID k = opprett(Kontraktbygger.nok().maal(Kontraktbygger.maalMed("EFFEKT", Gjentakelse.EN_GANG_PER_DELTAKER,
                null, null, Kontraktbygger.proporsjonal("0.10", "0.30", 30_000))));

        Kravvisning midt = krev(k, deltaker(k), "EFFEKT", DAG, "0.20", null);
        Kravvisning over = krev(k, deltaker(k), "EFFEKT", DAG, "0.50", null);
        Kravvisning gulv = krev(k, deltaker(k), "EFFEKT", DAG, "0.10", null);

        assertThat(midt.beregnet()).isEqualByComparingTo("15000");
        assertThat(over.beregnet()).isEqualByComparingTo("30000");
        assertThat(gulv.funn()).containsExactly(Kontrollfunn.UNDER_TERSKEL);
    }

    @Test
    void aRepeatableSoftOutcomePaysOncePerQuarter() {
        UUID k = opprett(Kontraktbygger.nok().maal(Kontraktbygger.maalMed("MESTRING_OKT", Gjentakelse.PER_KVARTAL,
                null, null, Kontraktbygger.pris(Kontraktsinnhold.Pristype.FAST, new BigDecimal("2000")))));
        UUID d = deltaker(k);
        LocalDate kvartal = Utbetalingsperiode.av(Utbetalingsperiode.Periodetype.KVARTAL, DAG).fra();

        Kravvisning forste = krev(k, d, "MESTRING_OKT", kvartal, null, null);
        Kravvisning sammeKvartal = krev(k, d, "MESTRING_OKT", kvartal.plusDays(20), null, null);
        Kravvisning nesteKvartal = krev(k, d, "MESTRING_OKT", kvartal.plusMonths(3), null, null);

        assertThat(forste.status()).isEqualTo(Kravstatus.TIL_VURDERING);
        assertThat(sammeKvartal.funn()).containsExactly(Kontrollfunn.DUPLIKAT);
        assertThat(nesteKvartal.status()).isEqualTo(Kravstatus.TIL_VURDERING);
    }

    @Test
    void mutuallyExclusiveAlternativesPayOnePerJobSpell() {
        UUID k = opprett(Kontraktbygger.nok().fast("DELTID", 10_000).fast("HELTID", 20_000)
                .alternativer("Jobbomfang", "DELTID", "HELTID"));
        UUID d = deltaker(k);

        Kravvisning deltid = krev(k, d, "DELTID", DAG, null, "JOBB-1");
        Kravvisning heltidSammeJobb = krev(k, d, "HELTID", DAG.plusDays(10), null, "JOBB-1");
        Kravvisning heltidNyJobb = krev(k, d, "HELTID", DAG.plusDays(40), null, "JOBB-2");

        assertThat(deltid.status()).isEqualTo(Kravstatus.TIL_VURDERING);
        assertThat(heltidSammeJobb.funn()).containsExactly(Kontrollfunn.GJENSIDIG_UTELUKKENDE);
        assertThat(heltidNyJobb.status()).isEqualTo(Kravstatus.TIL_VURDERING);
    }

    @Test
    void theCapsCutInTheOrderParticipantMetricContractPayer() {
        var metrisk = Kontraktbygger.maalMed("JOBB", Gjentakelse.EN_GANG_PER_DELTAKER, null, new BigDecimal("25000"),
                Kontraktbygger.pris(Kontraktsinnhold.Pristype.FAST, new BigDecimal("10000")));
        UUID k = opprett(Kontraktbygger.nok().utenStandardparter()
                .betaler("NAV", Kontraktbygger.NAV_ORGNR, 40_000).leverandor("LEV", Kontraktbygger.LEVERANDOR_ORGNR, null)
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR).maal(withBetaler(metrisk, "NAV"))
                .maal(Kontraktbygger.fastMaal("KURS", 12_000, "NAV")).takPerDeltaker(15_000).kontraktstak(35_000));
        UUID a = deltaker(k);
        UUID b = deltaker(k);
        UUID c = deltaker(k);

        Kravvisning a1 = krev(k, a, "JOBB", DAG, null, null);
        Kravvisning a2 = krev(k, a, "KURS", DAG.plusDays(1), null, null);
        Kravvisning b1 = krev(k, b, "JOBB", DAG.plusDays(2), null, null);
        Kravvisning c1 = krev(k, c, "JOBB", DAG.plusDays(3), null, null);
        Kravvisning c2 = krev(k, c, "KURS", DAG.plusDays(4), null, null);

        // a: 10,000 + 12,000 cut to the participant cap of 15,000
        assertThat(naa(k, a2.id()).justeringer()).containsExactly(new Kutt(Justeringsaarsak.TAK_DELTAKER,
                new BigDecimal("7000.00")));
        assertThat(naa(k, b1.id()).beregnet()).isEqualByComparingTo("10000");
        // c's job: the metric cap of 25,000 leaves 5,000
        assertThat(naa(k, c1.id()).justeringer()).containsExactly(new Kutt(Justeringsaarsak.TAK_RESULTATMAAL,
                new BigDecimal("5000.00")));
        // c's course: the participant cap leaves 10,000 and the contract cap (35,000 − 30,000) 5,000: participant first
        assertThat(naa(k, c2.id()).justeringer()).containsExactly(
                new Kutt(Justeringsaarsak.TAK_DELTAKER, new BigDecimal("2000.00")),
                new Kutt(Justeringsaarsak.TAK_KONTRAKT, new BigDecimal("5000.00")));
        assertThat(a1.beregnet()).isEqualByComparingTo("10000");
        godkjennAlle(k);
        assertThat(Som.demo("admin", Rolle.TILTAKSADMIN, () -> krav.avstemming(k)).totalt().godkjent())
                .isEqualByComparingTo("35000");
    }

    @Test
    void anAmendedPriceAppliesFromItsDateAndThePaymentRunNeverPaysBeyondALoweredCommitment() {
        UUID k = opprett(Kontraktbygger.nok().utenStandardparter()
                .betaler("NAV", Kontraktbygger.NAV_ORGNR, 100_000).leverandor("LEV", Kontraktbygger.LEVERANDOR_ORGNR, null)
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR).maal(Kontraktbygger.fastMaal("JOBB", 20_000, "NAV")));
        krev(k, deltaker(k), "JOBB", DAG, null, null);
        godkjennAlle(k);
        String denne = UtbetalingApiIT.kvartal(0);
        String nesteKvartal = UtbetalingApiIT.kvartal(1);
        Som.demo("admin", Rolle.TILTAKSADMIN, () -> utbetaling.kjor(new KjorUtbetaling(k, denne, null)));

        // amendment: from DAG + 30 the job pays 30,000, and NAV's commitment falls to 45,000
        var gammel = Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.hent(k));
        var innhold = gammel.innhold();
        LocalDate endring = DAG.plusDays(30);
        var jobb = innhold.resultatmaal().getFirst();
        var nyJobb = new Kontraktsinnhold.Resultatmaal(jobb.kode(), jobb.navn(), jobb.beskrivelse(), jobb.milepael(),
                jobb.gjentakelse(), jobb.bevis(), jobb.enhet(), jobb.minsteVerdi(), jobb.tak(), jobb.betaler(),
                jobb.maalAntall(), List.of(
                        new Kontraktsinnhold.Pris(jobb.priser().getFirst().fra(), endring.minusDays(1),
                                Kontraktsinnhold.Pristype.FAST, new BigDecimal("20000"), null, List.of(), null, null),
                        new Kontraktsinnhold.Pris(endring, null, Kontraktsinnhold.Pristype.FAST, new BigDecimal("30000"),
                                null, List.of(), null, null)));
        List<Kontraktsinnhold.Part> parter = new ArrayList<>();
        for (var p : innhold.parter()) {
            parter.add(p.rolle() == Kontraktsinnhold.Partsrolle.UTFALLSBETALER
                    ? new Kontraktsinnhold.Part(p.kode(), p.rolle(), p.navn(), p.organisasjonsnummer(), p.konsortium(),
                            new BigDecimal("45000"), null, null, null, null, null, null, null)
                    : p);
        }
        var nytt = new Kontraktsinnhold(innhold.navn(), innhold.beskrivelse(), innhold.valuta(), innhold.fra(),
                innhold.til(), innhold.maalgruppe(), innhold.gjennomforinger(), innhold.langsiktigMaal(),
                innhold.milepaeler(), parter, innhold.kontraktstak(), innhold.takPerDeltaker(), List.of(nyJobb),
                innhold.stiger(), innhold.alternativer(), innhold.sjekkpunkter(), innhold.skalaer(),
                innhold.effektmaaling(), innhold.utbetaling(), innhold.prognose());
        Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.endreVilkaar(new EndreVilkaar(k, gammel.version(),
                LocalDate.now(), "Ny pris fra " + endring + " og lavere ramme", nytt)));

        Kravvisning etter = krev(k, deltaker(k), "JOBB", endring.plusDays(1), null, null);
        Kravvisning ogsaa = krev(k, deltaker(k), "JOBB", endring.plusDays(2), null, null);

        assertThat(etter.nominelt()).isEqualByComparingTo("30000");
        // the new commitment of 45,000 is the contract cap now: 20,000 + 25,000 of the 30,000, and nothing more
        assertThat(ogsaa.justeringer()).extracting(Kutt::aarsak).containsExactly(Justeringsaarsak.TAK_KONTRAKT);
        godkjennAlle(k);
        Utbetalingskjoringvisning kjoring = Som.demo("admin", Rolle.TILTAKSADMIN, () -> utbetaling.kjoring(k,
                utbetaling.kjor(new KjorUtbetaling(k, nesteKvartal, null))));
        assertThat(kjoring.totalt()).isEqualByComparingTo("25000");
        assertThat(Som.demo("admin", Rolle.TILTAKSADMIN, () -> utbetaling.kjoringer(k)).stream()
                .map(Utbetalingskjoringvisning::totalt).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("45000");
        assertThat(Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.versjoner(k)).getFirst().endringer())
                .extracting(e -> e.felt())
                .contains("parter[NAV].forpliktelse", "resultatmaal[JOBB].priser[1].belop");
    }

    private static Kontraktsinnhold.Resultatmaal withBetaler(Kontraktsinnhold.Resultatmaal m, String betaler) {
        return new Kontraktsinnhold.Resultatmaal(m.kode(), m.navn(), m.beskrivelse(), m.milepael(), m.gjentakelse(),
                m.bevis(), m.enhet(), m.minsteVerdi(), m.tak(), betaler, m.maalAntall(), m.priser());
    }
}
