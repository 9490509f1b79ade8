package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.Kontraktsinnhold.Sjekkpunkt;
import no.samskap.effekt.Kontraktsinnhold.Tidsenhet;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Tranche;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcome-contract pages over real HTTP with a form login: who gets which page (NAV and the evaluator all, the
 * provider its own measuring and claims, the investor the terms and aggregates; another provider's or investor's
 * contract is 404), that an investor's pages hold no participant data at all, and the forms as a browser posts them
 * (POST-redirect-GET, 422 with the message beside the field, the fødselsnummer never in a URL and shown masked).
 */
@SamskapIntegrationTest
class EffektSiderIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    private TestApi api(String bruker) {
        return new TestApi(port, bruker);
    }

    private SamskapKlient som(String bruker) throws Exception {
        return SamskapKlient.innlogget(port, bruker);
    }

    /** A contract with every part the pages show: investor, soft outcomes, checkpoints, effect, plan, forecast. */
    private static Kontraktbygger full(String navn) {
        LocalDate start = LocalDate.now().minusMonths(6).withDayOfMonth(1);
        return Kontraktbygger.nok().navn(navn).periode(start, start.plusYears(3)).fast("JOBBSTART", 20_000)
                .fast("JOBB_13_UKER", 30_000)
                .maal(Kontraktbygger.maalMed("KARTLAGT", Gjentakelse.EN_GANG_PER_DELTAKER, null, null,
                        Kontraktbygger.andel(100_000, "0.2")))
                .maal(Kontraktbygger.maalMed("NORSK", Gjentakelse.EN_GANG_PER_DELTAKER, null, null,
                        Kontraktbygger.trinnskala(Kontraktbygger.trinn("2", 5_000), Kontraktbygger.trinn("3", 10_000))))
                .maal(Kontraktbygger.maalMed("INNTEKT", Gjentakelse.PER_KVARTAL, null, null,
                        Kontraktbygger.proporsjonal("0", "100", 8_000)))
                .stige("Jobbstigen", "JOBBSTART", "JOBB_13_UKER")
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 500_000, 650_000, Tranche.SENIOR)
                .andelTilInvestorer("0.5")
                .skala("MESTRING", "Tro på egen mestring")
                .sjekkpunkter(new Kontraktsinnhold.Sjekkpunktregel("JOBBSTART", 14,
                        List.of(new Sjekkpunkt(13, Tidsenhet.UKER, "JOBB_13_UKER"))))
                .effekt(new Kontraktsinnhold.Effektmaaling(Evalueringsmetode.HISTORISK_REFERANSE, Effektform.OKNING,
                        new java.math.BigDecimal("0.1"), new java.math.BigDecimal("10000"),
                        new java.math.BigDecimal("0.1"), new java.math.BigDecimal("15000"), null, "LEV"))
                .plan(start, start.plusMonths(3).minusDays(1), 100_000)
                .prognose(new Kontraktsinnhold.Prognosegrunnlag(
                        List.of(new Kontraktsinnhold.PlanlagtUtfall(start.plusMonths(9), "JOBBSTART", 10)),
                        List.of(), new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE,
                        new java.math.BigDecimal("1.2")));
    }

    /** The contract with one participant, one outcome and a claim the evaluator has approved. */
    private record Oppsett(UUID kontrakt, UUID deltaker, UUID utfall, String krav, String investor) {}

    private Oppsett oppsett(String navn, String referanse, String fnr) {
        UUID k = api("admin").opprett(PATH, EffektkontraktApiIT.json(full(navn).bygg()));
        String kontrakt = PATH + "/" + k;
        var deltaker = MaalingApiIT.deltaker(referanse, LocalDate.of(1990, 1, 1));
        deltaker.remove("fodselsdato");
        deltaker.put("fodselsnummer", fnr);
        deltaker.put("inntaksdato", LocalDate.now().minusMonths(5).toString());
        UUID d = api("arrangor").opprett(kontrakt + "/deltakere", deltaker);
        UUID u = api("arrangor").opprett(kontrakt + "/utfall",
                MaalingApiIT.utfall(d, "JOBBSTART", LocalDate.now().minusMonths(1).toString(), "SERTIFIKAT"));
        api("arrangor").post(kontrakt + "/myke-resultater", Map.of("deltakerId", d.toString(), "skala", "MESTRING",
                "dato", LocalDate.now().minusMonths(2).toString(), "egenvurdering", 4, "veiledervurdering", 3));
        String kravId = TestApi.json(api("arrangor").post(kontrakt + "/krav", Map.of("utfall", List.of(u.toString()))))
                .get(0).get("id").asString();
        assertThat(api("evaluator").post(kontrakt + "/krav/" + kravId + "/godkjenning",
                Map.of("begrunnelse", "Dokumentert")).statusCode()).isEqualTo(200);
        api("evaluator").post(kontrakt + "/kohorter", Map.of("navn", "Kull 1", "dato", LocalDate.now().toString(),
                "antallTiltak", 12, "utfallTiltak", 6, "antallSammenligning", 100, "utfallSammenligning", 30));
        String investor = UtbetalingApiIT.id(TestApi.json(api("admin").get(kontrakt)).get("innhold").get("parter"),
                "INV");
        return new Oppsett(k, d, u, kravId, investor);
    }

    @Test
    void eachRoleGetsThePagesItsRelationAllowsAndStrangersNotEvenThatTheContractExists() throws Exception {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        var o = oppsett("Sidetilgang " + UUID.randomUUID(), "SIDE-1", fnr);
        String k = "/effektkontrakter/" + o.kontrakt();

        Map<String, List<Integer>> sider = new LinkedHashMap<>();
        //                           admin, evaluator, arrangor, investor
        sider.put("", List.of(200, 200, 200, 200));
        sider.put("/versjoner", List.of(200, 200, 200, 200));
        sider.put("/versjoner/1", List.of(200, 200, 200, 200));
        sider.put("/deltakere", List.of(200, 200, 200, 403));
        sider.put("/deltakere/" + o.deltaker(), List.of(200, 200, 200, 403));
        sider.put("/utfall", List.of(200, 200, 200, 403));
        sider.put("/sjekkpunkter", List.of(200, 200, 200, 403));
        sider.put("/krav", List.of(200, 200, 200, 403));
        sider.put("/krav/" + o.krav(), List.of(200, 200, 200, 403));
        sider.put("/avstemming", List.of(200, 200, 200, 403));
        sider.put("/effekt", List.of(200, 200, 200, 200));
        sider.put("/utbetalinger", List.of(200, 200, 200, 403));
        sider.put("/investorvisning", List.of(200, 200, 403, 200));
        sider.put("/investorer", List.of(200, 200, 403, 200));
        sider.put("/oppgjor/" + o.investor(), List.of(200, 200, 404, 200));
        sider.put("/endre", List.of(200, 403, 403, 403));
        sider.put("/indigo", List.of(200, 200, 200, 200));
        List<String> roller = List.of("admin", "evaluator", "arrangor", "investor");
        for (int r = 0; r < roller.size(); r++) {
            SamskapKlient klient = som(roller.get(r));
            for (var side : sider.entrySet()) {
                HttpResponse<String> svar = klient.get(k + side.getKey());
                assertThat(svar.statusCode()).as(roller.get(r) + " GET " + side.getKey() + "\n" + svar.body())
                        .isEqualTo(side.getValue().get(r));
                assertThat(svar.body()).as(roller.get(r) + " " + side.getKey()).doesNotContain(fnr);
            }
        }
        for (String fremmed : List.of("veileder", "deltaker", "partnerskap")) {
            SamskapKlient klient = som(fremmed);
            for (String side : sider.keySet()) {
                HttpResponse<String> svar = klient.get(k + side);
                assertThat(svar.statusCode()).as(fremmed + " GET " + side).isIn(403, 404);
                assertThat(svar.body()).as(fremmed + " " + side).doesNotContain("SIDE-1");
            }
            assertThat(klient.get("/effektkontrakter").body()).doesNotContain("Sidetilgang");
        }
        assertThat(som("veileder").get(k).statusCode()).isEqualTo(404);
    }
}
