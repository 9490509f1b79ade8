package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Utbetalingsperiode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Comparison groups, payment runs and the investor ledger over real HTTP: the effect triggers payments, runs pay per
 * payer and recipient within the caps, the waterfall repays senior before junior and never beyond a contracted
 * maximum, every party gets its statement, and the plan is compared with the actual payments.
 */
@SamskapIntegrationTest
class UtbetalingApiIT {

    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    private TestApi som(String bruker) {
        return new TestApi(port, bruker);
    }

    /** The quarter of today, as a payment run names it: decisions are dated today, so runs must reach today. */
    static String kvartal(int fremover) {
        return Utbetalingsperiode.navn(Utbetalingsperiode.Periodetype.KVARTAL, LocalDate.now().plusMonths(3L * fremover));
    }

    private UUID kontrakt(Kontraktbygger bygger) {
        return som("admin").opprett(PATH, EffektkontraktApiIT.json(bygger.bygg()));
    }

    /** Registers, claims and approves one outcome per participant of the metric; returns the claims. */
    private List<String> godkjenn(UUID k, String maal, int antall) {
        List<String> utfall = new ArrayList<>();
        for (int i = 0; i < antall; i++) {
            UUID d = som("arrangor").opprett(PATH + "/" + k + "/deltakere",
                    MaalingApiIT.deltaker(maal + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 8),
                            LocalDate.of(2000, 1, 1)));
            utfall.add(som("arrangor").opprett(PATH + "/" + k + "/utfall",
                    MaalingApiIT.utfall(d, maal, "2025-03-01", "SERTIFIKAT")).toString());
        }
        JsonNode krav = TestApi.json(som("arrangor").post(PATH + "/" + k + "/krav", Map.of("utfall", utfall)));
        List<String> ider = new ArrayList<>();
        krav.forEach(x -> ider.add(x.get("id").asString()));
        HttpResponse<String> r = som("evaluator").post(PATH + "/" + k + "/vurderinger",
                Map.of("krav", ider, "beslutning", "GODKJENT", "begrunnelse", "Kontrollert mot register"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return ider;
    }

    private HttpResponse<String> kjor(UUID k, String periode) {
        return som("admin").post(PATH + "/" + k + "/utbetalingskjoringer", Map.of("periode", periode));
    }

    @Test
    void aPaymentRunPaysEachPayerAndRecipientWithinTheCapsAndNotTwice() throws Exception {
        UUID k = kontrakt(Kontraktbygger.nok().utenStandardparter()
                .betaler("NAV", Kontraktbygger.NAV_ORGNR, 100_000).betaler("KOMMUNE", "944444440", 30_000)
                .leverandor("LEV", Kontraktbygger.LEVERANDOR_ORGNR, null)
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR)
                .maal(Kontraktbygger.fastMaal("JOBB", 20_000, "NAV")).maal(Kontraktbygger.fastMaal("BOLIG", 10_000, "KOMMUNE"))
                .plan(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 50_000));
        godkjenn(k, "JOBB", 2);
        godkjenn(k, "BOLIG", 4);

        HttpResponse<String> r = kjor(k, kvartal(0));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode kjoring = TestApi.json(r);
        assertThat(kjoring.get("totalt").decimalValue()).isEqualByComparingTo("70000");
        assertThat(kjoring.get("linjer")).extracting(l -> l.get("betaler").asString() + "->" + l.get("mottaker")
                        .asString() + "=" + l.get("belop").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("Betaler NAV->Leverandør LEV=40000", "Betaler KOMMUNE->Leverandør LEV=30000");
        JsonNode kommune = java.util.stream.StreamSupport.stream(kjoring.get("linjer").spliterator(), false)
                .filter(l -> l.get("betaler").asString().equals("Betaler KOMMUNE")).findFirst().orElseThrow();
        // 4 × 10,000 claimed, but the municipality committed 30,000: the engine cut the last claim to it
        assertThat(kommune.get("opptjent").decimalValue()).isEqualByComparingTo("30000");

        HttpResponse<String> igjen = kjor(k, kvartal(0));
        assertThat(igjen.statusCode()).isEqualTo(422);
        assertThat(igjen.body()).contains("effekt.periode-allerede-kjort");
        assertThat(kjor(k, kvartal(-1)).body()).contains("effekt.periode-for-tidligere");
        assertThat(kjor(k, "2026-03").body()).contains("effekt.periode-format");
        assertThat(som("evaluator").post(PATH + "/" + k + "/utbetalingskjoringer", Map.of("periode", kvartal(1)))
                .statusCode()).isEqualTo(403);

        HttpResponse<String> neste = kjor(k, kvartal(1));
        assertThat(TestApi.json(neste).get("totalt").decimalValue()).isEqualByComparingTo("0");

        String leverandor = kjoring.get("linjer").get(0).get("mottakerId").asString();
        JsonNode oppgjor = TestApi.json(som("arrangor").get(PATH + "/" + k + "/oppgjor/" + leverandor));
        assertThat(oppgjor.get("mottatt").decimalValue()).isEqualByComparingTo("70000");
        JsonNode profil = TestApi.json(som("evaluator").get(PATH + "/" + k + "/utbetalingsprofil"));
        assertThat(profil.get(0).get("planlagt").decimalValue()).isEqualByComparingTo("50000");
        assertThat(profil.get(0).get("faktisk").decimalValue()).isEqualByComparingTo("0");
        assertThat(profil).anySatisfy(p -> assertThat(p.get("faktisk").decimalValue()).isEqualByComparingTo("70000"));
        JsonNode varsler = KravApiIT.vent(() -> TestApi.json(som("arrangor").get(PATH + "/" + k + "/varsler")),
                v -> java.util.stream.StreamSupport.stream(v.spliterator(), false)
                        .filter(x -> x.get("type").asString().equals("UTBETALING")).count() == 2);
        assertThat(varsler).filteredOn(x -> x.get("type").asString().equals("UTBETALING")).hasSize(2);
    }

    @Test
    void theWaterfallRepaysSeniorBeforeJuniorAndNeverBeyondTheContractedMaximum() {
        UUID k = kontrakt(Kontraktbygger.nok().fast("JOBB", 50_000)
                .investor("SENIOR", Kontraktbygger.INVESTOR_ORGNR, 100_000, 120_000, Tranche.SENIOR)
                .investor("JUNIOR", "955555554", 100_000, 200_000, Tranche.JUNIOR));
        JsonNode parter = TestApi.json(som("admin").get(PATH + "/" + k)).get("innhold").get("parter");
        String senior = id(parter, "SENIOR");
        String junior = id(parter, "JUNIOR");
        assertThat(som("admin").post(PATH + "/" + k + "/kontantstrommer", Map.of("investor", senior,
                "dato", "2025-01-15", "type", "TREKK", "belop", 100_000)).statusCode()).isEqualTo(201);
        assertThat(som("admin").post(PATH + "/" + k + "/kontantstrommer", Map.of("investor", junior,
                "dato", "2025-01-15", "type", "TREKK", "belop", 100_000)).statusCode()).isEqualTo(201);
        HttpResponse<String> forMye = som("admin").post(PATH + "/" + k + "/kontantstrommer", Map.of(
                "investor", junior, "dato", "2025-02-15", "type", "TREKK", "belop", 1));
        assertThat(forMye.statusCode()).isEqualTo(422);
        assertThat(forMye.body()).contains("effekt.trekk-over-forpliktelse");
        godkjenn(k, "JOBB", 3);

        JsonNode kjoring = TestApi.json(kjor(k, kvartal(0)));

        assertThat(kjoring.get("totalt").decimalValue()).isEqualByComparingTo("150000");
        JsonNode regnskap = TestApi.json(som("admin").get(PATH + "/" + k + "/investorregnskap"));
        JsonNode s = posisjon(regnskap, senior);
        JsonNode j = posisjon(regnskap, junior);
        // 150,000 to share: senior principal 100,000 and its return up to its maximum of 120,000 first, then junior
        assertThat(s.get("mottatt").decimalValue()).isEqualByComparingTo("120000");
        assertThat(s.get("mom").decimalValue()).isEqualByComparingTo("1.200");
        assertThat(j.get("mottatt").decimalValue()).isEqualByComparingTo("30000");
        assertThat(j.get("tilbakebetalt").decimalValue()).isEqualByComparingTo("30000");
        assertThat(j.get("maksimaltTap").decimalValue()).isEqualByComparingTo("70000");
        assertThat(kjoring.get("tilInvestorer")).hasSize(2);

        JsonNode egen = TestApi.json(som("investor").get(PATH + "/" + k + "/investorregnskap"));
        assertThat(egen).hasSize(1);
        assertThat(egen.get(0).get("investorId").asString()).isEqualTo(senior);
        assertThat(som("arrangor").get(PATH + "/" + k + "/investorregnskap").statusCode()).isEqualTo(403);
        assertThat(som("investor").get(PATH + "/" + k + "/oppgjor/" + junior).statusCode()).isEqualTo(404);
        assertThat(TestApi.json(som("investor").get(PATH + "/" + k + "/oppgjor/" + senior)).get("mottatt")
                .decimalValue()).isEqualByComparingTo("120000");
    }

    @Test
    void theEffectAgainstTheComparisonGroupTriggersPaymentsPerCohortAndOverall() {
        var bygger = Kontraktbygger.nok().fast("JOBB", 1000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 100_000, 150_000, Tranche.SENIOR)
                .andelTilInvestorer("0")
                .effekt(new Kontraktsinnhold.Effektmaaling(Evalueringsmetode.MATCHET_SAMMENLIGNING,
                        Effektform.REDUKSJON, new BigDecimal("0.10"), new BigDecimal("50000"), new BigDecimal("0.075"),
                        new BigDecimal("120000"), null, "LEV"));
        UUID k = kontrakt(bygger);
        assertThat(som("arrangor").post(PATH + "/" + k + "/kohorter", kohort("K1", 100, 40, 100, 50)).statusCode())
                .isEqualTo(403);
        assertThat(som("evaluator").post(PATH + "/" + k + "/kohorter", kohort("K1", 100, 40, 100, 50)).statusCode())
                .isEqualTo(201);
        assertThat(som("evaluator").post(PATH + "/" + k + "/kohorter", kohort("K2", 4, 3, 100, 50)).statusCode())
                .isEqualTo(201);

        JsonNode effekt = TestApi.json(som("admin").get(PATH + "/" + k + "/effekt"));

        // K1: 1 − 0.40/0.50 = 0.20 ≥ 0.10 pays 50,000; K2: 1 − 0.75/0.50 < 0; all: 1 − 43/104 / 0.5 = 0.173 pays the rest
        assertThat(effekt.get("kohorter")).extracting(l -> l.get("kohort").asString() + ":" + l.get("status")
                        .asString() + ":" + l.get("belop").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("K1:UTLOST:50000", "K2:UNDER_TERSKEL:0", "SAMLET:UTLOST:70000");
        assertThat(effekt.get("kohorter").get(0).get("effekt").decimalValue()).isEqualByComparingTo("0.2");
        JsonNode investor = TestApi.json(som("investor").get(PATH + "/" + k + "/effekt"));
        assertThat(investor.get("kohorter").get(1).get("prikket").asBoolean()).isTrue();
        assertThat(investor.get("kohorter").get(1).has("antallTiltak")).isFalse();

        JsonNode kjoring = TestApi.json(kjor(k, kvartal(0)));

        assertThat(kjoring.get("totalt").decimalValue()).isEqualByComparingTo("120000");
    }

    private static Map<String, Object> kohort(String navn, int at, int ut, int as, int us) {
        return Map.of("navn", navn, "dato", LocalDate.now().minusDays(1).toString(), "antallTiltak", at,
                "utfallTiltak", ut, "antallSammenligning", as, "utfallSammenligning", us);
    }

    static String id(JsonNode parter, String kode) {
        for (JsonNode p : parter) {
            if (p.get("kode").asString().equals(kode)) {
                return p.get("id").asString();
            }
        }
        throw new IllegalArgumentException(kode);
    }

    private static JsonNode posisjon(JsonNode regnskap, String investor) {
        for (JsonNode p : regnskap) {
            if (p.get("investorId").asString().equals(investor)) {
                return p;
            }
        }
        throw new IllegalArgumentException(investor);
    }
}
