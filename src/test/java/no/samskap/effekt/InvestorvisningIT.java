package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.domain.Tranche;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * What an investor sees, and the INDIGO export, over real HTTP: aggregated figures only, every figure counting fewer
 * than five participants suppressed (also the next smallest when one alone would be), no personal data anywhere in
 * the JSON, and the export's shape with public and private fields.
 */
@SamskapIntegrationTest
class InvestorvisningIT {

    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    private TestApi som(String bruker) {
        return new TestApi(port, bruker);
    }

    /** A contract with the demo investor, and participants with outcomes approved: {@code antall} per metric. */
    private Oppsett oppsett(int a, int b, int c) {
        UUID k = som("admin").opprett(PATH, EffektkontraktApiIT.json(Kontraktbygger.nok().navn("Investorvisning")
                .fast("A", 10_000).fast("B", 20_000).fast("C", 30_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 500_000, 700_000, Tranche.SENIOR)
                .investor("ANNEN", "955555554", 500_000, 700_000, Tranche.JUNIOR).bygg()));
        List<String> referanser = new ArrayList<>();
        List<String> fodselsnumre = new ArrayList<>();
        List<String> utfall = new ArrayList<>();
        int[] antall = {a, b, c};
        String[] maal = {"A", "B", "C"};
        for (int m = 0; m < 3; m++) {
            for (int i = 0; i < antall[m]; i++) {
                String referanse = "INV-" + maal[m] + i + "-" + UUID.randomUUID().toString().substring(0, 6);
                String fnr = FodselsnummerFixtures.randomSyntetisk();
                var body = MaalingApiIT.deltaker(referanse, LocalDate.of(2000, 1, 1));
                body.put("fodselsnummer", fnr);
                UUID d = som("arrangor").opprett(PATH + "/" + k + "/deltakere", body);
                referanser.add(referanse);
                fodselsnumre.add(fnr);
                utfall.add(som("arrangor").opprett(PATH + "/" + k + "/utfall",
                        MaalingApiIT.utfall(d, maal[m], "2025-03-01", "SERTIFIKAT")).toString());
            }
        }
        List<String> krav = new ArrayList<>();
        TestApi.json(som("arrangor").post(PATH + "/" + k + "/krav", Map.of("utfall", utfall)))
                .forEach(x -> krav.add(x.get("id").asString()));
        som("evaluator").post(PATH + "/" + k + "/vurderinger", Map.of("krav", krav, "beslutning", "GODKJENT",
                "begrunnelse", "Kontrollert"));
        return new Oppsett(k, referanser, fodselsnumre, krav);
    }

    record Oppsett(UUID kontrakt, List<String> referanser, List<String> fodselsnumre, List<String> krav) {}

    @Test
    void suppressesFiguresOfFewerThanFiveParticipantsAndShowsNoPersonalData() {
        Oppsett o = oppsett(6, 2, 0);

        HttpResponse<String> response = som("investor").get(PATH + "/" + o.kontrakt() + "/investorvisning");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode v = TestApi.json(response);
        JsonNode maal = v.get("resultatmaal");
        assertThat(maal.get(0).get("deltakere").get("verdi").asInt()).isEqualTo(6);
        assertThat(maal.get(0).get("godkjent").get("verdi").decimalValue()).isEqualByComparingTo("60000");
        for (int i = 1; i < 3; i++) {
            assertThat(maal.get(i).get("deltakere").get("prikket").asBoolean()).isTrue();
            assertThat(maal.get(i).get("deltakere").has("verdi")).isFalse();
            assertThat(maal.get(i).get("godkjent").has("verdi")).isFalse();
        }
        assertThat(v.get("deltakere").get("verdi").asInt()).isEqualTo(8);
        assertThat(v.get("egne")).hasSize(1);
        assertThat(v.get("egne").get(0).get("navn").asString()).isEqualTo("Investor INV");
        String json = response.body();
        assertThat(json).doesNotContain("deltakerId", "referanse", "fodselsnummer", "antallDeltakere", "INV-A0");
        o.referanser().forEach(r -> assertThat(json).doesNotContain(r));
        o.fodselsnumre().forEach(f -> assertThat(json).doesNotContain(f).doesNotContain(f.substring(0, 6) + "*"));
        o.krav().forEach(kravId -> assertThat(json).doesNotContain(kravId));
    }

    @Test
    void suppressesTheNextSmallestFigureWhenOneAloneWouldBeSuppressed() {
        Oppsett o = oppsett(6, 2, 7);

        JsonNode maal = TestApi.json(som("investor").get(PATH + "/" + o.kontrakt() + "/investorvisning"))
                .get("resultatmaal");

        // B (2) is small; A (6), the next smallest, goes too, or B could be worked out as the total minus A and C
        assertThat(maal).extracting(m -> m.get("maal").asString() + ":" + m.get("deltakere").get("prikket").asBoolean())
                .containsExactly("A:true", "B:true", "C:false");
    }

    @Test
    void exportsTheContractInTheShapeOfIndigoWithPublicAndPrivateFields() {
        Oppsett o = oppsett(6, 2, 0);
        String investor = UtbetalingApiIT.id(TestApi.json(som("admin").get(PATH + "/" + o.kontrakt())).get("innhold")
                .get("parter"), "INV");
        som("admin").post(PATH + "/" + o.kontrakt() + "/kontantstrommer", Map.of("investor", investor,
                "dato", "2025-01-15", "type", "TREKK", "belop", 250_000));

        HttpResponse<String> alt = som("admin").get(PATH + "/" + o.kontrakt() + "/indigo");

        assertThat(alt.statusCode()).as(alt.body()).isEqualTo(200);
        JsonNode p = TestApi.json(alt);
        assertThat(p.get("name").get("value").asString()).isEqualTo("Investorvisning");
        assertThat(p.get("name").get("status").asString()).isEqualTo("PUBLIC");
        for (String felt : List.of("stage_development", "dates", "overall_project_finance", "organisations",
                "outcome_payment_commitments", "service_provisions", "investments", "outcome_metrics",
                "outcome_pricings", "results", "outcome_payments", "transactions")) {
            assertThat(p.has(felt)).as(felt).isTrue();
        }
        assertThat(p.get("outcome_metrics")).extracting(m -> m.get("id").asString()).containsExactly("A", "B", "C");
        assertThat(p.get("outcome_pricings").get(1).get("price_per_unit").get("amount").get("value").decimalValue())
                .isEqualByComparingTo("20000");
        JsonNode resultater = p.get("results");
        assertThat(resultater.get(0).get("number_with_positive_social_outcomes").get("value").asInt()).isEqualTo(6);
        assertThat(resultater.get(0).get("number_with_positive_social_outcomes").get("status").asString())
                .isEqualTo("PUBLIC");
        assertThat(resultater.get(1).get("number_with_positive_social_outcomes").get("status").asString())
                .isEqualTo("PRIVATE");
        JsonNode investering = p.get("investments").get(0);
        assertThat(investering.get("investment_commitment").get("amount").get("exact").get("status").asString())
                .isEqualTo("PRIVATE");
        assertThat(p.get("transactions")).singleElement().satisfies(t -> {
            assertThat(t.get("status").asString()).isEqualTo("PRIVATE");
            assertThat(t.get("money").get("amount").get("value").decimalValue()).isEqualByComparingTo("250000");
        });
        assertThat(p.get("organisations")).anySatisfy(org -> assertThat(org.get("id").asString())
                .isEqualTo("NO-BRC-" + Kontraktbygger.LEVERANDOR_ORGNR));

        JsonNode offentlig = TestApi.json(som("admin").get(PATH + "/" + o.kontrakt() + "/indigo?offentlig=true"));
        JsonNode investorensUtgave = TestApi.json(som("investor").get(PATH + "/" + o.kontrakt() + "/indigo"));

        for (JsonNode e : List.of(offentlig, investorensUtgave)) {
            assertThat(e.get("transactions")).isEmpty();
            assertThat(e.get("investments").get(0).get("investment_commitment").get("amount").has("exact")).isFalse();
            assertThat(e.get("results").get(1).has("number_with_positive_social_outcomes")).isFalse();
            assertThat(e.toString()).doesNotContain("PRIVATE");
        }
        String json = alt.body();
        o.referanser().forEach(r -> assertThat(json).doesNotContain(r));
        o.fodselsnumre().forEach(f -> assertThat(json).doesNotContain(f));
    }

    @Test
    void documentsTheApiInOpenApi() {
        String dokument = som("admin").get("/v3/api-docs").body();

        assertThat(dokument).contains("/api/v1/effektkontrakter", "/api/v1/effektkontrakter/{kontraktId}/krav",
                "/api/v1/effektkontrakter/{kontraktId}/utbetalingskjoringer",
                "/api/v1/effektkontrakter/{kontraktId}/investorvisning", "/api/v1/effektkontrakter/{id}/indigo");
    }
}
