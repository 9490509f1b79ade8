package no.samskap.katalog.deling;

import static no.samskap.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Sharing with a person over real HTTP: who may, what is checked, that every write and read is audited, and that the
 * fødselsnummer leaves only masked (never in a header, a URL, an error body or the application log).
 */
@SamskapIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DelingApiIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    TestApi veileder;
    KatalogTestdata testdata;

    @BeforeEach
    void api() {
        veileder = new TestApi(port, "veileder");
        testdata = new KatalogTestdata(port);
    }

    record Audit(String handling, String ressursType, String ressursId, String utfortAv, String rolle) {}

    @Test
    void sharesAPublishedImplementationWithTheNumberMaskedAndAuditsIt() {
        UUID gjennomforing = testdata.publisertGjennomforing("Jobbklubb deling " + UUID.randomUUID());
        String fnr = FodselsnummerFixtures.randomSyntetisk();

        HttpResponse<String> response = del(veileder, gjennomforing, fnr, "Hei! Dette tiltaket kan passe for deg.");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode deling = json(response);
        assertThat(deling.get("fodselsnummer").asString()).isEqualTo(fnr.substring(0, 6) + "*****");
        assertThat(deling.get("gjennomforingId").asString()).isEqualTo(gjennomforing.toString());
        assertThat(deling.get("deltAv").asString()).isEqualTo("veileder");
        assertThat(deling.get("deltAvNavn").asString()).isEqualTo("Vegard Veileder");
        assertIngenSporAv(fnr, response);

        String id = deling.get("id").asString();
        assertThat(audit(fnr)).containsExactly(new Audit("OPPRETT", "deling", id, "veileder", "VEILEDER"));
        assertThat(jdbc.sql("select fodselsnummer from katalog.deling where id = cast(:id as uuid)").param("id", id)
                .query(String.class).single()).isEqualTo(fnr);
    }

    @Test
    void showsThePersonsSharingsNewestFirstMaskedAndAuditsEveryLookup() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID forste = testdata.publisertGjennomforing("Første " + UUID.randomUUID());
        UUID andre = testdata.publisertGjennomforing("Andre " + UUID.randomUUID());
        assertThat(del(veileder, forste, fnr, "Første melding").statusCode()).isEqualTo(201);
        assertThat(del(veileder.som("veileder2"), andre, fnr, "Andre melding").statusCode()).isEqualTo(201);

        HttpResponse<String> response = sok(veileder, fnr);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode liste = json(response);
        assertThat(liste).hasSize(2);
        assertThat(liste.get(0).get("gjennomforingId").asString()).isEqualTo(andre.toString());
        assertThat(liste.get(0).get("melding").asString()).isEqualTo("Andre melding");
        assertThat(liste.get(0).get("deltAvNavn").asString()).isEqualTo("Vilde Veileder");
        assertThat(liste.get(1).get("gjennomforingId").asString()).isEqualTo(forste.toString());
        liste.forEach(d -> assertThat(d.get("fodselsnummer").asString()).isEqualTo(fnr.substring(0, 6) + "*****"));
        assertIngenSporAv(fnr, response);

        assertThat(sok(veileder, fnr).statusCode()).isEqualTo(200);
        List<Audit> audit = audit(fnr);
        assertThat(audit).extracting(Audit::handling).containsExactly("OPPRETT", "OPPRETT", "LES", "LES");
        assertThat(audit.subList(2, 4)).allSatisfy(a -> {
            assertThat(a.ressursType()).isEqualTo("deling");
            assertThat(a.ressursId()).isEqualTo("sok");
            assertThat(a.utfortAv()).isEqualTo("veileder");
        });
    }

    @Test
    void auditsALookupThatFindsNothing() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();

        HttpResponse<String> response = sok(veileder, fnr);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEmpty();
        assertThat(audit(fnr)).containsExactly(new Audit("LES", "deling", "sok", "veileder", "VEILEDER"));
    }

    @Test
    void onlyCounsellorsMayShareOrLookUpAndNothingIsStoredOrAuditedOtherwise() {
        UUID gjennomforing = testdata.publisertGjennomforing("Bare veileder " + UUID.randomUUID());
        String fnr = FodselsnummerFixtures.randomSyntetisk();

        for (String bruker : List.of("admin", "arrangor", "deltaker", "partnerskap")) {
            TestApi annen = veileder.som(bruker);
            HttpResponse<String> deling = del(annen, gjennomforing, fnr, "Hei");
            assertThat(deling.statusCode()).as(bruker).isEqualTo(403);
            assertIngenSporAv(fnr, deling);
            assertThat(sok(annen, fnr).statusCode()).as(bruker).isEqualTo(403);
        }
        assertThat(audit(fnr)).isEmpty();
        assertThat(antallDelinger(fnr)).isZero();
    }

    @Test
    void rejectsAnInvalidNumberAndAMissingMessageTogetherWithoutEchoingTheNumber() {
        UUID gjennomforing = testdata.publisertGjennomforing("Ugyldig " + UUID.randomUUID());
        String gyldig = FodselsnummerFixtures.randomSyntetisk();
        String ugyldig = gyldig.substring(0, 10) + ((gyldig.charAt(10) - '0' + 1) % 10);

        HttpResponse<String> response = del(veileder, gjennomforing, ugyldig, " ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).containsExactlyInAnyOrder(
                "fodselsnummer:fodselsnummer.ugyldig", "melding:deling.melding.paakrevd");
        assertIngenSporAv(ugyldig, response);
        assertThat(antallDelinger(ugyldig)).isZero();
        assertThat(audit(ugyldig)).isEmpty();

        HttpResponse<String> sok = sok(veileder, ugyldig);
        assertThat(sok.statusCode()).isEqualTo(400);
        assertThat(feil(json(sok))).containsExactly("fodselsnummer:fodselsnummer.ugyldig");
        assertIngenSporAv(ugyldig, sok);

        HttpResponse<String> forLang = del(veileder, gjennomforing, gyldig, "x".repeat(2001));
        assertThat(feil(json(forLang))).containsExactly("melding:deling.melding.for-lang");
        assertThat(del(veileder, gjennomforing, null, "Hei").body()).contains("fodselsnummer.paakrevd");
    }

    @Test
    void acceptsSyntheticDollyAndTenorNumbersInTheTestProfile() {
        UUID gjennomforing = testdata.publisertGjennomforing("Syntetisk " + UUID.randomUUID());
        String dolly = FodselsnummerFixtures.randomSyntetisk();
        String tenor = FodselsnummerFixtures.lag(Fodselsnummer.tolk(dolly, true).orElseThrow().fodselsdato(), 0, 80, 100);

        assertThat(del(veileder, gjennomforing, dolly, "Hei").statusCode()).isEqualTo(201);
        assertThat(del(veileder, gjennomforing, tenor, "Hei").statusCode()).isEqualTo(201);
    }

    @Test
    void answers404ForAnUnpublishedAbortedOrUnknownImplementation() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID upublisert = testdata.gjennomforing("Upublisert " + UUID.randomUUID());
        UUID avbrutt = testdata.publisertGjennomforing("Avbrutt " + UUID.randomUUID());
        testdata.handling(avbrutt, "avbryt", Map.of("sluttdato", java.time.LocalDate.now().toString(), "aarsak", "Feilregistrert"));

        for (UUID id : List.of(upublisert, avbrutt, UUID.randomUUID())) {
            HttpResponse<String> response = del(veileder, id, fnr, "Hei");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertIngenSporAv(fnr, response);
        }
        assertThat(antallDelinger(fnr)).isZero();
        assertThat(audit(fnr)).isEmpty();
    }

    @Test
    void neverWritesTheNumberToTheApplicationLog(CapturedOutput output) {
        UUID gjennomforing = testdata.publisertGjennomforing("Logg " + UUID.randomUUID());
        String fnr = FodselsnummerFixtures.randomSyntetisk();

        del(veileder, gjennomforing, fnr, "Hei");
        sok(veileder, fnr);
        del(veileder.som("admin"), gjennomforing, fnr, "Hei");
        del(veileder, UUID.randomUUID(), fnr, "Hei");
        HttpResponse<String> ugyldigJson = veileder.post("/api/v1/katalog/delinger/sok", "{\"fodselsnummer\": \"" + fnr + "\", }");
        HttpResponse<String> tall = veileder.post("/api/v1/katalog/delinger/sok", "{\"fodselsnummer\": " + fnr + "}");

        assertThat(ugyldigJson.statusCode()).isEqualTo(400);
        assertIngenSporAv(fnr, ugyldigJson);
        assertIngenSporAv(fnr, tall);
        assertThat(output.getAll()).as("the capture sees the application log").contains("avtale").contains("created");
        assertThat(output.getAll()).doesNotContain(fnr);
    }

    private HttpResponse<String> del(TestApi api, UUID gjennomforing, String fnr, String melding) {
        var body = new java.util.HashMap<String, Object>();
        body.put("fodselsnummer", fnr);
        body.put("melding", melding);
        return api.post("/api/v1/katalog/" + gjennomforing + "/delinger", body);
    }

    private static HttpResponse<String> sok(TestApi api, String fnr) {
        return api.post("/api/v1/katalog/delinger/sok", Map.of("fodselsnummer", fnr));
    }

    /** The number is nowhere in the response but the masked form: not in the URL, a header or the body. */
    private static void assertIngenSporAv(String fnr, HttpResponse<String> response) {
        assertThat(response.uri().toString()).doesNotContain(fnr);
        response.headers().map().forEach((navn, verdier) ->
                assertThat(verdier).as(navn).allSatisfy(v -> assertThat(v).doesNotContain(fnr)));
        assertThat(response.body()).doesNotContain(fnr);
    }

    private List<Audit> audit(String fnr) {
        return jdbc.sql("""
                select handling, ressurs_type, ressurs_id, utfort_av, rolle from audit.audit_entry
                where person_ref = :fnr order by sekvens
                """)
                .param("fnr", fnr)
                .query((rs, row) -> new Audit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private long antallDelinger(String fnr) {
        return jdbc.sql("select count(*) from katalog.deling where fodselsnummer = :fnr").param("fnr", fnr).query(Long.class).single();
    }

    private static List<String> feil(JsonNode problem) {
        List<String> result = new ArrayList<>();
        problem.get("errors").forEach(e -> result.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return result;
    }
}
