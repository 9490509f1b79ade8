package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.domain.Tranche;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Contracts over real HTTP: create, read by relation, amend in versions, field errors, rules and stale versions. */
@SamskapIntegrationTest
class EffektkontraktApiIT {

    static final String PATH = "/api/v1/effektkontrakter";

    @Value("${local.server.port}")
    int port;

    private TestApi som(String bruker) {
        return new TestApi(port, bruker);
    }

    private UUID opprett(Kontraktsinnhold innhold) {
        return som("admin").opprett(PATH, json(innhold));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(Object verdi) {
        return TestApi.JSON.readValue(TestApi.JSON.writeValueAsString(verdi), LinkedHashMap.class);
    }

    @Test
    void createsAContractAndShowsItsTermsAndCap() {
        var innhold = Kontraktbygger.nok().navn("Jobb for unge " + UUID.randomUUID()).fast("JOBBSTART", 20_000)
                .kontraktstak(5_000_000).bygg();

        HttpResponse<String> response = som("admin").post(PATH, json(innhold));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).get().asString().startsWith(PATH + "/");
        JsonNode k = TestApi.json(response);
        assertThat(k.get("versjon").asInt()).isEqualTo(1);
        assertThat(k.get("samletTak").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(k.get("innsyn").asString()).isEqualTo("NAV");
        assertThat(k.get("handlinger").get("endreVilkaar").asBoolean()).isTrue();
        assertThat(k.get("innhold").get("parter")).allSatisfy(p -> assertThat(p.get("id").asString()).isNotBlank());
    }

    @Test
    void reportsEveryFieldErrorAtOnceAndStoresNothing() {
        Map<String, Object> body = json(Kontraktbygger.nok().fast("JOBBSTART", 20_000).bygg());
        body.put("navn", " ");
        body.put("valuta", "XYZ");
        body.put("til", "2020-01-01");
        @SuppressWarnings("unchecked")
        var maal = (List<Map<String, Object>>) body.get("resultatmaal");
        @SuppressWarnings("unchecked")
        var pris = ((List<Map<String, Object>>) maal.getFirst().get("priser")).getFirst();
        pris.put("belop", -5);
        int foer = TestApi.json(som("admin").get(PATH + "?storrelse=1")).get("totalt").asInt();

        HttpResponse<String> response = som("admin").post(PATH, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = TestApi.json(response).get("errors");
        List<String> felt = new ArrayList<>();
        errors.forEach(e -> felt.add(e.get("field").asString() + "=" + e.get("code").asString()));
        assertThat(felt).contains("navn=effekt.paakrevd", "valuta=effekt.valuta-ugyldig", "til=effekt.til-for-fra",
                "resultatmaal[0].priser[0].belop=effekt.belop-negativt");
        assertThat(TestApi.json(som("admin").get(PATH + "?storrelse=1")).get("totalt").asInt()).isEqualTo(foer);
    }

    @Test
    void refusesAnEvaluatorWhoIsAlsoAProvider() {
        var innhold = Kontraktbygger.nok().utenStandardparter().betaler("NAV", Kontraktbygger.NAV_ORGNR, 1_000_000)
                .leverandor("LEV", Kontraktbygger.LEVERANDOR_ORGNR, null)
                .evaluator("EVAL", Kontraktbygger.LEVERANDOR_ORGNR).fast("JOBBSTART", 1000).bygg();

        HttpResponse<String> response = som("admin").post(PATH, json(innhold));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("effekt.evaluator-ikke-uavhengig");
    }

    @Test
    void refusesTermsTheEngineRejectsWith422() {
        var innhold = Kontraktbygger.nok().betaler("KOMMUNE", "944444440", 500_000)
                .maal(Kontraktbygger.fastMaal("A", 1000, "NAV")).maal(Kontraktbygger.fastMaal("B", 1000, null))
                .bygg();

        HttpResponse<String> response = som("admin").post(PATH, json(innhold));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(TestApi.json(response).get("code").asString()).isEqualTo("effekt.betaler-blandet");
    }

    @Test
    void amendsTheTermsInANewVersionRecordingWhoWhenWhyAndWhatChanged() {
        UUID id = opprett(Kontraktbygger.nok().fast("JOBBSTART", 20_000).bygg());
        JsonNode k = TestApi.json(som("admin").get(PATH + "/" + id));
        Map<String, Object> innhold = json(TestApi.JSON.treeToValue(k.get("innhold"), Kontraktsinnhold.class));
        @SuppressWarnings("unchecked")
        var pris = ((List<Map<String, Object>>) ((List<Map<String, Object>>) innhold.get("resultatmaal")).getFirst()
                .get("priser")).getFirst();
        pris.put("belop", 25_000);
        var endring = new LinkedHashMap<String, Object>();
        endring.put("version", k.get("version").asLong());
        endring.put("gjelderFra", "2025-06-01");
        endring.put("begrunnelse", "Prisjustering etter reforhandling");
        endring.put("innhold", innhold);

        HttpResponse<String> response = som("admin").put(PATH + "/" + id + "/vilkaar", endring);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode versjoner = TestApi.json(som("admin").get(PATH + "/" + id + "/versjoner"));
        assertThat(versjoner).hasSize(2);
        JsonNode ny = versjoner.get(0);
        assertThat(ny.get("nummer").asInt()).isEqualTo(2);
        assertThat(ny.get("endretAv").asString()).isEqualTo("admin");
        assertThat(ny.get("begrunnelse").asString()).isEqualTo("Prisjustering etter reforhandling");
        assertThat(ny.get("gjelderFra").asString()).isEqualTo("2025-06-01");
        assertThat(ny.get("endringer")).hasSize(1);
        assertThat(ny.get("endringer").get(0).get("felt").asString())
                .isEqualTo("resultatmaal[JOBBSTART].priser[0].belop");
        assertThat(ny.get("endringer").get(0).get("fra").asString()).isEqualTo("20000");
        assertThat(ny.get("endringer").get(0).get("til").asString()).isEqualTo("25000");
        assertThat(TestApi.json(som("admin").get(PATH + "/" + id + "/versjoner/1")).get("resultatmaal").get(0)
                .get("priser").get(0).get("belop").decimalValue()).isEqualByComparingTo("20000");
        // the same party keeps its id across versions
        assertThat(TestApi.json(som("admin").get(PATH + "/" + id + "/versjoner/2")).get("parter").get(0).get("id"))
                .isEqualTo(TestApi.json(som("admin").get(PATH + "/" + id + "/versjoner/1")).get("parter").get(0)
                        .get("id"));
    }

    @Test
    void refusesAStaleVersionAndAnAmendmentWithoutReason() {
        UUID id = opprett(Kontraktbygger.nok().fast("JOBBSTART", 20_000).bygg());
        JsonNode k = TestApi.json(som("admin").get(PATH + "/" + id));
        var endring = new LinkedHashMap<String, Object>();
        endring.put("version", k.get("version").asLong() + 1);
        endring.put("gjelderFra", "2025-06-01");
        endring.put("begrunnelse", "Ny pris");
        endring.put("innhold", json(Kontraktbygger.nok().fast("JOBBSTART", 30_000).bygg()));

        assertThat(som("admin").put(PATH + "/" + id + "/vilkaar", endring).statusCode()).isEqualTo(409);

        endring.put("version", k.get("version").asLong());
        endring.remove("begrunnelse");
        HttpResponse<String> utenGrunn = som("admin").put(PATH + "/" + id + "/vilkaar", endring);
        assertThat(utenGrunn.statusCode()).as(utenGrunn.body()).isEqualTo(400);
        assertThat(utenGrunn.body()).contains("effekt.begrunnelse-paakrevd");
        assertThat(TestApi.json(som("admin").get(PATH + "/" + id + "/versjoner"))).hasSize(1);
    }

    @Test
    void refusesChangingTheCurrency() {
        UUID id = opprett(Kontraktbygger.nok().fast("JOBBSTART", 20_000).bygg());
        var endring = new LinkedHashMap<String, Object>();
        endring.put("version", 0);
        endring.put("gjelderFra", "2025-06-01");
        endring.put("begrunnelse", "Ny valuta");
        endring.put("innhold", json(Kontraktbygger.gbp().fast("JOBBSTART", 2_000).bygg()));

        HttpResponse<String> response = som("admin").put(PATH + "/" + id + "/vilkaar", endring);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("effekt.valuta-kan-ikke-endres");
    }

    @Test
    void showsTheContractToItsPartiesOnlyAndHidesOtherInvestorsCommitments() {
        UUID id = opprett(Kontraktbygger.nok().fast("JOBBSTART", 20_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 1_000_000, 1_300_000, Tranche.SENIOR)
                .investor("ANNEN", "955555554", 2_000_000, 2_500_000, Tranche.JUNIOR).bygg());

        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + id)).get("innsyn").asString()).isEqualTo("LEVERANDOR");
        assertThat(TestApi.json(som("evaluator").get(PATH + "/" + id)).get("innsyn").asString()).isEqualTo("EVALUATOR");
        JsonNode investor = TestApi.json(som("investor").get(PATH + "/" + id));
        assertThat(investor.get("innsyn").asString()).isEqualTo("INVESTOR");
        for (JsonNode p : investor.get("innhold").get("parter")) {
            if ("ANNEN".equals(p.get("kode").asString())) {
                assertThat(p.has("forpliktelse")).isFalse();
                assertThat(p.has("maksUtbetaling")).isFalse();
            }
            if ("INV".equals(p.get("kode").asString())) {
                assertThat(p.get("forpliktelse").decimalValue()).isEqualByComparingTo("1000000");
            }
        }
        assertThat(som("veileder").get(PATH + "/" + id).statusCode()).isEqualTo(404);
        assertThat(som("deltaker").get(PATH + "/" + id).statusCode()).isEqualTo(404);
        assertThat(som("veileder").post(PATH, json(Kontraktbygger.nok().fast("A", 1).bygg())).statusCode())
                .isEqualTo(403);
        assertThat(som("arrangor").post(PATH, json(Kontraktbygger.nok().fast("A", 1).bygg())).statusCode())
                .isEqualTo(403);
        List<String> arrangorsKontrakter = new ArrayList<>();
        TestApi.json(som("arrangor").get(PATH + "?storrelse=200")).get("innhold")
                .forEach(x -> arrangorsKontrakter.add(x.get("id").asString()));
        assertThat(arrangorsKontrakter).contains(id.toString());
        assertThat(TestApi.json(som("veileder").get(PATH)).get("totalt").asInt()).isZero();
    }

    @Test
    void hidesChangesOfOtherInvestorsTermsFromAnInvestor() {
        var bygger = Kontraktbygger.nok().fast("JOBBSTART", 20_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 1_000_000, 1_300_000, Tranche.SENIOR);
        UUID id = opprett(bygger.investor("ANNEN", "955555554", 2_000_000, 2_500_000, Tranche.JUNIOR).bygg());
        var endring = new LinkedHashMap<String, Object>();
        endring.put("version", 0);
        endring.put("gjelderFra", "2025-06-01");
        endring.put("begrunnelse", "Ny ramme for begge investorer");
        endring.put("innhold", json(Kontraktbygger.nok().fast("JOBBSTART", 20_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 1_100_000, 1_300_000, Tranche.SENIOR)
                .investor("ANNEN", "955555554", 3_000_000, 2_500_000, Tranche.JUNIOR).bygg()));
        assertThat(som("admin").put(PATH + "/" + id + "/vilkaar", endring).statusCode()).isEqualTo(200);

        List<String> nav = new ArrayList<>();
        TestApi.json(som("admin").get(PATH + "/" + id + "/versjoner")).get(0).get("endringer")
                .forEach(e -> nav.add(e.get("felt").asString()));
        List<String> investor = new ArrayList<>();
        TestApi.json(som("investor").get(PATH + "/" + id + "/versjoner")).get(0).get("endringer")
                .forEach(e -> investor.add(e.get("felt").asString()));

        assertThat(nav).containsExactlyInAnyOrder("parter[INV].forpliktelse", "parter[ANNEN].forpliktelse");
        assertThat(investor).containsExactly("parter[INV].forpliktelse");
        assertThat(TestApi.json(som("investor").get(PATH + "/" + id + "/versjoner/1")).toString())
                .doesNotContain("2000000");
    }

    @Test
    void hidesAContractFromAnInvestorThatIsNotInIt() {
        UUID id = opprett(Kontraktbygger.nok().fast("JOBBSTART", 20_000).navn("Uten investor").bygg());

        assertThat(som("investor").get(PATH + "/" + id).statusCode()).isEqualTo(404);
        assertThat(som("investor").get(PATH + "/" + id + "/investorvisning").statusCode()).isEqualTo(404);
        assertThat(som("admin").get(PATH + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(LocalDate.now()).isNotNull();
    }
}
