package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.domain.Tranche;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The access matrix of the outcome-contract API: every endpoint as every demo role. NAV runs the contract; the
 * evaluator sees everything and decides; the provider sees its own and claims; the investor sees only aggregated
 * figures and its own ledger; every other role does not see that the contract exists (404). A refused call changes
 * nothing.
 */
@SamskapIntegrationTest
class EffektTilgangIT {

    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    private TestApi som(String bruker) {
        return new TestApi(port, bruker);
    }

    @Test
    void eachRoleReachesExactlyWhatItsRelationAllows() {
        UUID k = som("admin").opprett(PATH, EffektkontraktApiIT.json(Kontraktbygger.nok().fast("JOBB", 10_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 100_000, 150_000, Tranche.SENIOR).bygg()));
        String kontrakt = PATH + "/" + k;
        UUID d = som("arrangor").opprett(kontrakt + "/deltakere", MaalingApiIT.deltaker("T-1", LocalDate.of(2000, 1, 1)));
        UUID u = som("arrangor").opprett(kontrakt + "/utfall", MaalingApiIT.utfall(d, "JOBB", "2025-03-01", "SERTIFIKAT"));
        String kravId = TestApi.json(som("arrangor").post(kontrakt + "/krav", Map.of("utfall", List.of(u.toString()))))
                .get(0).get("id").asString();
        String investor = UtbetalingApiIT.id(TestApi.json(som("admin").get(kontrakt)).get("innhold").get("parter"),
                "INV");

        // GET endpoints: who gets 200, who 403 (related but not allowed), everyone else 404
        Map<String, Map<String, Integer>> les = new LinkedHashMap<>();
        les.put("", forventet(200, 200, 200, 200));
        les.put("/versjoner", forventet(200, 200, 200, 200));
        les.put("/deltakere", forventet(200, 200, 200, 403));
        les.put("/deltakere/" + d, forventet(200, 200, 200, 403));
        les.put("/utfall", forventet(200, 200, 200, 403));
        les.put("/utfall/" + u, forventet(200, 200, 200, 403));
        les.put("/sjekkpunkter", forventet(200, 200, 200, 403));
        les.put("/varsler", forventet(200, 200, 200, 403));
        les.put("/myke-resultater", forventet(200, 200, 200, 403));
        les.put("/krav", forventet(200, 200, 200, 403));
        les.put("/krav/" + kravId, forventet(200, 200, 200, 403));
        les.put("/avstemming", forventet(200, 200, 200, 403));
        les.put("/utbetalingskjoringer", forventet(200, 200, 200, 403));
        les.put("/utbetalingsprofil", forventet(200, 200, 200, 200));
        les.put("/investorregnskap", forventet(200, 200, 403, 200));
        les.put("/prognose", forventet(200, 200, 403, 200));
        les.put("/investorvisning", forventet(200, 200, 403, 200));
        les.put("/oppgjor/" + investor, forventet(200, 200, 404, 200));
        les.put("/indigo", forventet(200, 200, 200, 200));
        for (var e : les.entrySet()) {
            for (var rolle : e.getValue().entrySet()) {
                assertThat(som(rolle.getKey()).get(kontrakt + e.getKey()).statusCode())
                        .as(rolle.getKey() + " GET " + e.getKey()).isEqualTo(rolle.getValue());
            }
            for (String fremmed : List.of("veileder", "deltaker", "partnerskap")) {
                assertThat(som(fremmed).get(kontrakt + e.getKey()).statusCode())
                        .as(fremmed + " GET " + e.getKey()).isEqualTo(404);
            }
        }

        // writes by the wrong party are refused and change nothing
        assertThat(som("evaluator").post(kontrakt + "/deltakere", MaalingApiIT.deltaker("T-2", LocalDate.of(2000, 1, 1)))
                .statusCode()).isEqualTo(403);
        assertThat(som("investor").post(kontrakt + "/utfall", MaalingApiIT.utfall(d, "JOBB", "2025-03-02", "SERTIFIKAT"))
                .statusCode()).isEqualTo(403);
        assertThat(som("evaluator").post(kontrakt + "/krav", Map.of("utfall", List.of(u.toString()))).statusCode())
                .isEqualTo(403);
        assertThat(som("investor").post(kontrakt + "/krav/" + kravId + "/godkjenning", Map.of("begrunnelse", "Ja"))
                .statusCode()).isEqualTo(403);
        assertThat(som("arrangor").post(kontrakt + "/utbetalingskjoringer", Map.of("periode", UtbetalingApiIT.kvartal(0)))
                .statusCode()).isEqualTo(403);
        assertThat(som("investor").post(kontrakt + "/kontantstrommer", Map.of("investor", investor,
                "dato", "2025-01-01", "type", "TREKK", "belop", 1000)).statusCode()).isEqualTo(403);
        assertThat(som("arrangor").post(kontrakt + "/kohorter", Map.of("navn", "K", "dato", "2025-01-01",
                "antallTiltak", 1, "utfallTiltak", 1, "antallSammenligning", 1, "utfallSammenligning", 1))
                .statusCode()).isEqualTo(403);
        assertThat(som("evaluator").put(kontrakt + "/vilkaar", Map.of("version", 0, "gjelderFra", "2025-06-01",
                "begrunnelse", "Endring", "innhold", EffektkontraktApiIT.json(Kontraktbygger.nok().fast("JOBB", 1).bygg())))
                .statusCode()).isEqualTo(403);
        assertThat(som("veileder").post(kontrakt + "/krav/" + kravId + "/godkjenning", Map.of("begrunnelse", "Ja"))
                .statusCode()).isEqualTo(404);
        assertThat(TestApi.json(som("admin").get(kontrakt + "/krav/" + kravId)).get("status").asString())
                .isEqualTo("TIL_VURDERING");
        assertThat(TestApi.json(som("admin").get(kontrakt + "/utbetalingskjoringer"))).isEmpty();
        assertThat(TestApi.json(som("admin").get(kontrakt + "/investorregnskap")).get(0).get("innbetalt").decimalValue())
                .isZero();
        assertThat(TestApi.json(som("admin").get(kontrakt + "/versjoner"))).hasSize(1);
        assertThat(TestApi.json(som("admin").get(kontrakt + "/deltakere"))).hasSize(1);
    }

    private static Map<String, Integer> forventet(int nav, int evaluator, int leverandor, int investor) {
        var m = new LinkedHashMap<String, Integer>();
        m.put("admin", nav);
        m.put("evaluator", evaluator);
        m.put("arrangor", leverandor);
        m.put("investor", investor);
        return m;
    }
}
