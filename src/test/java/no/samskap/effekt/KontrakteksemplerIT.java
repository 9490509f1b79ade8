package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Justeringsaarsak;
import no.samskap.effekt.domain.Kontantstrom;
import no.samskap.effekt.domain.Kontrollfunn;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.tilgang.Rolle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worked examples of issue 5, point 11, through the services and the database: each contract is set up by NAV,
 * its participants and outcomes registered by the provider (the Reboot West outcomes by CSV import), claimed, approved
 * by the evaluator, and paid in a payment run — with the exact figures of the issue.
 */
@SamskapIntegrationTest
class KontrakteksemplerIT {

    @Autowired
    EffektkontraktService kontrakter;

    @Autowired
    MaalingService maaling;

    @Autowired
    KravService krav;

    @Autowired
    UtbetalingService utbetaling;

    @Autowired
    InvestorService investorer;

    private static final LocalDate IDAG = LocalDate.now();
    private static final LocalDate FRA = IDAG.minusYears(4);
    private static final LocalDate TIL = IDAG.plusYears(2);
    private static final LocalDate UTFALLSDAG = IDAG.minusMonths(6);

    // ---- the steps, each as the party who does it

    private UUID opprett(Kontraktsinnhold innhold) {
        return Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.opprett(innhold));
    }

    private UUID deltaker(UUID k, String referanse) {
        return Som.demo("arrangor", Rolle.ARRANGOR, () -> maaling.registrerDeltaker(new RegistrerDeltaker(k, null,
                referanse, null, null, null, null, FRA.plusDays(1), null, null)));
    }

    private UUID utfall(UUID k, UUID d, String maal, LocalDate dato, String verdi) {
        return Som.demo("arrangor", Rolle.ARRANGOR, () -> maaling.registrerUtfall(new RegistrerUtfall(k, d, maal, dato,
                verdi == null ? null : new BigDecimal(verdi), null,
                List.of(new Bevisreferanse(Bevistype.SERTIFIKAT, "DOK-" + maal)))));
    }

    private List<Kravvisning> krevOgGodkjenn(UUID k, List<UUID> utfall) {
        List<Kravvisning> fremmet = Som.demo("arrangor", Rolle.ARRANGOR, () -> krav.fremm(k, utfall));
        List<UUID> vurderbare = fremmet.stream().filter(x -> x.status() != Kravstatus.AVVIST).map(Kravvisning::id)
                .toList();
        if (!vurderbare.isEmpty()) {
            Som.demo("evaluator", Rolle.EVALUATOR, () -> krav.vurder(new VurderKrav(k, vurderbare,
                    Vurdering.Beslutning.GODKJENT, "Dokumentasjonen er kontrollert")));
        }
        return Som.demo("evaluator", Rolle.EVALUATOR, () -> krav.krav(k)).stream()
                .filter(x -> fremmet.stream().anyMatch(f -> f.id().equals(x.id())))
                .toList();
    }

    private Utbetalingskjoringvisning kjor(UUID k, LocalDate utbetalingsdato) {
        String periode = UtbetalingApiIT.kvartal(0);
        return Som.demo("admin", Rolle.TILTAKSADMIN, () -> {
            UUID id = utbetaling.kjor(new KjorUtbetaling(k, periode, utbetalingsdato));
            return utbetaling.kjoring(k, id);
        });
    }

    private Avstemmingsrapport avstemming(UUID k) {
        return Som.demo("evaluator", Rolle.EVALUATOR, () -> krav.avstemming(k));
    }

    private static Kontraktsinnhold.Resultatmaal fast(String kode, long pris, @org.jspecify.annotations.Nullable
            String minsteVerdi, @org.jspecify.annotations.Nullable String betaler) {
        return new Kontraktsinnhold.Resultatmaal(kode, kode, null, null, Gjentakelse.EN_GANG_PER_DELTAKER,
                List.of(Bevistype.SERTIFIKAT), null, minsteVerdi == null ? null : new BigDecimal(minsteVerdi), null,
                betaler, null, List.of(Kontraktbygger.pris(Kontraktsinnhold.Pristype.FAST, BigDecimal.valueOf(pris))));
    }

    private static Kontraktbygger gbp(String navn) {
        return Kontraktbygger.gbp().navn(navn).periode(FRA, TIL);
    }

    // ---- the examples

    @Test
    void dwpInnovationFundRateCardWithAParticipantCapAndADuplicate() {
        var bygger = gbp("DWP Innovation Fund").takPerDeltaker(11_700);
        String[][] kort = {{"ATTENDANCE", "1400"}, {"BEHAVIOUR", "1300"}, {"ATTITUDE", "700"},
                {"ENTRY_LEVEL_QUALIFICATION", "900"}, {"BASIC_SKILLS", "900"}, {"LEVEL_1", "1100"}, {"LEVEL_2", "3300"},
                {"LEVEL_3", "5100"}, {"ENTRY_TO_EMPLOYMENT", "3500"}, {"SUSTAINED_EMPLOYMENT", "2000"}};
        for (String[] linje : kort) {
            bygger.maal(fast(linje[0], Long.parseLong(linje[1]), null, null));
        }
        UUID k = opprett(bygger.bygg());
        UUID a = deltaker(k, "DWP-A");
        UUID b = deltaker(k, "DWP-B");
        List<UUID> utfall = new ArrayList<>();
        for (String m : List.of("ATTITUDE", "LEVEL_1", "ENTRY_LEVEL_QUALIFICATION")) {
            utfall.add(utfall(k, a, m, UTFALLSDAG, null));
        }
        int dag = 0;
        for (String m : List.of("ATTENDANCE", "BEHAVIOUR", "ATTITUDE", "LEVEL_1", "LEVEL_2", "ENTRY_TO_EMPLOYMENT",
                "SUSTAINED_EMPLOYMENT")) {
            utfall.add(utfall(k, b, m, UTFALLSDAG.plusDays(dag++), null));
        }
        UUID andreLevel1 = utfall(k, a, "LEVEL_1", UTFALLSDAG.plusDays(30), null);
        utfall.add(andreLevel1);

        List<Kravvisning> resultat = krevOgGodkjenn(k, utfall);

        Kravvisning duplikat = resultat.stream().filter(x -> x.utfallId().equals(andreLevel1)).findFirst().orElseThrow();
        assertThat(duplikat.status()).isEqualTo(Kravstatus.AVVIST);
        assertThat(duplikat.funn()).containsExactly(Kontrollfunn.DUPLIKAT);
        var rapport = avstemming(k);
        var linjeA = linje(rapport, "DWP-A");
        var linjeB = linje(rapport, "DWP-B");
        assertThat(linjeA.godkjent()).isEqualByComparingTo("2700");
        assertThat(linjeB.prisGangerOppnaadd()).isEqualByComparingTo("13300");
        assertThat(linjeB.godkjent()).isEqualByComparingTo("11700");
        assertThat(linjeB.justeringer()).containsExactly(new Kutt(Justeringsaarsak.TAK_DELTAKER,
                new BigDecimal("1600.00")));
        assertThat(kjor(k, IDAG).totalt()).isEqualByComparingTo("14400");
    }

    @Test
    void rebootWestEarningsLadder() {
        UUID k = opprett(rebootWest("Reboot West"));
        int[] antall = {126, 114, 102, 73, 41};
        String[] rung = {"ENTERS_EMPLOYMENT", "EARNINGS_768", "EARNINGS_1631", "EARNINGS_3350", "EARNINGS_8155"};
        String[] opptjent = {"", "800", "1700", "3400", "8200"};
        var csv = new StringBuilder("referanse;maal;dato;verdi;jobbforlop;bevistype;bevisreferanse\n");
        for (int i = 0; i < antall[0]; i++) {
            String ref = "RW-" + i;
            deltaker(k, ref);
            for (int r = 0; r < rung.length && i < antall[r]; r++) {
                csv.append(ref).append(';').append(rung[r]).append(';').append(UTFALLSDAG.plusDays(r)).append(';')
                        .append(opptjent[r]).append(";;REGISTEROPPSLAG;a-ordningen ").append(ref).append('\n');
            }
        }
        Importresultat importert = Som.demo("arrangor", Rolle.ARRANGOR, () -> maaling.importerUtfall(k, csv.toString()));
        assertThat(importert.antall()).isEqualTo(456);

        krevOgGodkjenn(k, importert.utfall());

        var perMaal = avstemming(k).perResultatmaal();
        assertThat(perMaal).extracting(l -> l.nokkel() + "=" + l.godkjent().stripTrailingZeros().toPlainString())
                .containsExactly("ENTERS_EMPLOYMENT=83160", "EARNINGS_768=313500", "EARNINGS_1631=280500",
                        "EARNINGS_3350=200750", "EARNINGS_8155=112750");
        assertThat(kjor(k, IDAG).totalt()).isEqualByComparingTo("990660");
    }

    @Test
    void rebootWestParticipantWhoEnteredWorkAndEarned3400() {
        UUID k = opprett(rebootWest("Reboot West, én deltaker"));
        UUID d = deltaker(k, "RW-X");
        List<UUID> utfall = new ArrayList<>();
        utfall.add(utfall(k, d, "ENTERS_EMPLOYMENT", UTFALLSDAG, null));
        int dag = 1;
        for (String rung : List.of("EARNINGS_768", "EARNINGS_1631", "EARNINGS_3350", "EARNINGS_8155")) {
            utfall.add(utfall(k, d, rung, UTFALLSDAG.plusDays(dag++), "3400"));
        }

        List<Kravvisning> resultat = krevOgGodkjenn(k, utfall);

        assertThat(resultat).filteredOn(x -> x.maal().equals("EARNINGS_8155")).singleElement()
                .satisfies(x -> assertThat(x.funn()).containsExactly(Kontrollfunn.UNDER_TERSKEL));
        assertThat(linje(avstemming(k), "RW-X").godkjent()).isEqualByComparingTo("8910");
        assertThat(kjor(k, IDAG).totalt()).isEqualByComparingTo("8910");
    }

    @Test
    void skillMillContractCapFromThePayersCommitments() {
        var bygger = gbp("Skill Mill").utenStandardparter()
                .leverandor("SKILL_MILL", Kontraktbygger.LEVERANDOR_ORGNR, null)
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR);
        for (int i = 1; i <= 7; i++) {
            bygger.betaler("COUNCIL_" + i, null, 230_400);
        }
        bygger.betaler("LIFE_CHANCES_FUND", null, 1_418_976).betaler("OTHER_FUND", null, 210_000)
                .maal(fast("NO_REOFFENDING", 400_000, null, null));
        UUID k = opprett(bygger.bygg());
        assertThat(Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.hent(k)).samletTak())
                .isEqualByComparingTo("3241776");
        List<UUID> utfall = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            utfall.add(utfall(k, deltaker(k, "SM-" + i), "NO_REOFFENDING", UTFALLSDAG.plusDays(i), null));
        }

        List<Kravvisning> resultat = krevOgGodkjenn(k, utfall);

        Kravvisning siste = resultat.stream().filter(x -> x.utfallsdato().equals(UTFALLSDAG.plusDays(8))).findFirst()
                .orElseThrow();
        assertThat(siste.tilUtbetaling()).isEqualByComparingTo("41776");
        assertThat(siste.justeringer()).containsExactly(new Kutt(Justeringsaarsak.TAK_KONTRAKT,
                new BigDecimal("358224.00")));
        Utbetalingskjoringvisning kjoring = kjor(k, IDAG);
        assertThat(kjoring.totalt()).isEqualByComparingTo("3241776");
        // pooled between the payers pro rata to commitments: at the cap, each pays exactly its commitment
        assertThat(kjoring.linjer()).extracting(l -> l.betaler() + "=" + l.belop().stripTrailingZeros().toPlainString())
                .contains("Betaler COUNCIL_1=230400", "Betaler COUNCIL_7=230400", "Betaler LIFE_CHANCES_FUND=1418976",
                        "Betaler OTHER_FUND=210000");
    }

    @Test
    void twentyFortyFortySplitOfAPricePerParticipant() {
        var bygger = Kontraktbygger.nok().navn("20/40/40").periode(FRA, TIL)
                .maal(andel("KARTLEGGING", "0.2", null)).maal(andel("JOBB_MINST_50", "0.4", "50"))
                .maal(andel("BEHOLDT_JOBB", "0.4", null)).stige("Jobb", "KARTLEGGING", "JOBB_MINST_50", "BEHOLDT_JOBB")
                .sjekkpunkter(new Kontraktsinnhold.Sjekkpunktregel("JOBB_MINST_50", 14, List.of(
                        new Kontraktsinnhold.Sjekkpunkt(26, Kontraktsinnhold.Tidsenhet.UKER, "BEHOLDT_JOBB"))));
        UUID k = opprett(bygger.bygg());
        UUID beholdt = deltaker(k, "A-BEHOLDT");
        UUID deltid = deltaker(k, "B-40-PROSENT");
        UUID mistet = deltaker(k, "C-MISTET");
        LocalDate jobb = UTFALLSDAG.minusMonths(7);
        List<UUID> utfall = new ArrayList<>(List.of(
                utfall(k, beholdt, "KARTLEGGING", jobb.minusMonths(1), null),
                utfall(k, beholdt, "JOBB_MINST_50", jobb, "60"),
                utfall(k, beholdt, "BEHOLDT_JOBB", jobb.plusWeeks(26), null),
                utfall(k, deltid, "KARTLEGGING", jobb.minusMonths(1), null),
                utfall(k, deltid, "JOBB_MINST_50", jobb, "40"),
                utfall(k, mistet, "KARTLEGGING", jobb.minusMonths(1), null),
                utfall(k, mistet, "JOBB_MINST_50", jobb, "80")));

        krevOgGodkjenn(k, utfall);

        var rapport = avstemming(k);
        assertThat(linje(rapport, "A-BEHOLDT").godkjent()).isEqualByComparingTo("100000");
        assertThat(linje(rapport, "B-40-PROSENT").godkjent()).isEqualByComparingTo("20000");
        assertThat(linje(rapport, "C-MISTET").godkjent()).isEqualByComparingTo("60000");
        // the lost job's retention checkpoint was never fulfilled; the kept one was
        var sjekkpunkter = Som.demo("arrangor", Rolle.ARRANGOR, () -> maaling.sjekkpunkter(k));
        assertThat(sjekkpunkter).extracting(s -> s.deltakerReferanse() + ":" + s.status())
                .containsExactlyInAnyOrder("A-BEHOLDT:OPPFYLT", "C-MISTET:PLANLAGT");
        assertThat(kjor(k, IDAG).totalt()).isEqualByComparingTo("180000");
    }

    @Test
    void investorReturnOfMultiple1576AndIrr15Percent() {
        var bygger = Kontraktbygger.nok().navn("Investoravkastning").periode(FRA, TIL)
                .fast("VARIG_JOBB", 450_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 267_731, 422_000, Tranche.SENIOR);
        UUID k = opprett(bygger.bygg());
        UUID investor = Som.demo("admin", Rolle.TILTAKSADMIN, () -> kontrakter.hent(k)).innhold()
                .parter(Partsrolle.INVESTOR).stream().map(Part::id).filter(Objects::nonNull).findFirst().orElseThrow();
        // three and a quarter years: 1,187 days (Actual/365)
        LocalDate innbetalt = IDAG.minusDays(1187);
        Som.demo("admin", Rolle.TILTAKSADMIN, () -> investorer.registrerKontantstrom(new RegistrerKontantstrom(k,
                investor, innbetalt, Kontantstrom.Type.TREKK, new BigDecimal("267731"))));
        krevOgGodkjenn(k, List.of(utfall(k, deltaker(k, "INV-1"), "VARIG_JOBB", UTFALLSDAG, null)));

        Utbetalingskjoringvisning kjoring = kjor(k, IDAG);

        assertThat(ChronoUnit.DAYS.between(innbetalt, IDAG)).isEqualTo(1187);
        assertThat(kjoring.tilInvestorer()).singleElement().satisfies(u -> {
            assertThat(u.hovedstol()).isEqualByComparingTo("267731");
            assertThat(u.avkastning()).isEqualByComparingTo("154269");
        });
        Investorposisjon posisjon = Som.demo("investor", Rolle.INVESTOR, () -> investorer.regnskap(k)).getFirst();
        assertThat(posisjon.mottatt()).isEqualByComparingTo("422000");
        assertThat(posisjon.mom()).isEqualByComparingTo("1.576");
        assertThat(Objects.requireNonNull(posisjon.irr()).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("15.0");
    }

    private static Kontraktsinnhold rebootWest(String navn) {
        var bygger = gbp(navn).maal(fast("ENTERS_EMPLOYMENT", 660, null, null))
                .maal(fast("EARNINGS_768", 2750, "768", null)).maal(fast("EARNINGS_1631", 2750, "1631", null))
                .maal(fast("EARNINGS_3350", 2750, "3350", null)).maal(fast("EARNINGS_8155", 2750, "8155", null))
                .stige("Earnings", "ENTERS_EMPLOYMENT", "EARNINGS_768", "EARNINGS_1631", "EARNINGS_3350",
                        "EARNINGS_8155");
        return bygger.bygg();
    }

    private static Kontraktsinnhold.Resultatmaal andel(
            String kode, String andel, @org.jspecify.annotations.Nullable String minsteVerdi) {
        return new Kontraktsinnhold.Resultatmaal(kode, kode, null, null, Gjentakelse.EN_GANG_PER_DELTAKER,
                List.of(Bevistype.SERTIFIKAT), "prosent", minsteVerdi == null ? null : new BigDecimal(minsteVerdi),
                null, null, null, List.of(Kontraktbygger.andel(100_000, andel)));
    }

    private static Avstemmingsrapport.Linje linje(Avstemmingsrapport rapport, String referanse) {
        return rapport.perDeltaker().stream().filter(l -> l.nokkel().equals(referanse)).findFirst().orElseThrow();
    }
}
