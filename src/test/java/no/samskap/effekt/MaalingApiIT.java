package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.Kontraktsinnhold.Sjekkpunkt;
import no.samskap.effekt.Kontraktsinnhold.Tidsenhet;
import no.samskap.effekt.domain.Tranche;
import no.samskap.shared.FodselsnummerFixtures;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tilgang.Rolle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Measurement over real HTTP: participants (personal data, audited, masked, never to investors), outcome events with
 * evidence, the CSV import (all or nothing), job-retention checkpoints with the nightly reminders, and soft outcomes
 * with the distance travelled.
 */
@SamskapIntegrationTest
class MaalingApiIT {

    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MaalingService maaling;

    private TestApi som(String bruker) {
        return new TestApi(port, bruker);
    }

    private UUID kontrakt(Kontraktbygger bygger) {
        return som("admin").opprett(PATH, EffektkontraktApiIT.json(bygger.bygg()));
    }

    private static Kontraktbygger standard() {
        return Kontraktbygger.nok().fast("JOBBSTART", 20_000).fast("JOBB_13_UKER", 20_000)
                .fast("JOBB_26_UKER", 20_000).fast("NORSK_B1", 10_000)
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 1_000_000, 1_300_000, Tranche.SENIOR)
                .maalgruppe(new Kontraktsinnhold.Maalgruppe("Innvandrere 18-30 år", 18, 30,
                        List.of(Innsatsgruppe.SITUASJONSBESTEMT_INNSATS), false))
                .sjekkpunkter(new Kontraktsinnhold.Sjekkpunktregel("JOBBSTART", 14, List.of(
                        new Sjekkpunkt(13, Tidsenhet.UKER, "JOBB_13_UKER"),
                        new Sjekkpunkt(26, Tidsenhet.UKER, "JOBB_26_UKER"),
                        new Sjekkpunkt(3, Tidsenhet.MAANEDER, null),
                        new Sjekkpunkt(6, Tidsenhet.MAANEDER, null),
                        new Sjekkpunkt(12, Tidsenhet.MAANEDER, null))))
                .skala("MESTRING", "Tro på egen mestring");
    }

    static Map<String, Object> deltaker(String referanse, LocalDate fodt) {
        var body = new LinkedHashMap<String, Object>();
        body.put("referanse", referanse);
        body.put("fodselsdato", fodt.toString());
        body.put("innsatsgruppe", "SITUASJONSBESTEMT_INNSATS");
        body.put("inntaksdato", "2025-02-01");
        return body;
    }

    static Map<String, Object> utfall(UUID deltaker, String maal, String dato, String bevistype) {
        var body = new LinkedHashMap<String, Object>();
        body.put("deltakerId", deltaker.toString());
        body.put("maal", maal);
        body.put("dato", dato);
        body.put("bevis", List.of(Map.of("type", bevistype, "referanse", "DOK-" + UUID.randomUUID())));
        return body;
    }

    @Test
    void registersAParticipantMasksTheNumberForTheProviderAndAuditsEveryRead() {
        UUID k = kontrakt(standard());
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        var body = deltaker("D-001", LocalDate.of(2000, 1, 1));
        body.remove("fodselsdato");
        body.put("fodselsnummer", fnr);

        HttpResponse<String> response = som("arrangor").post(PATH + "/" + k + "/deltakere", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        UUID id = TestApi.idFraLocation(response);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain(fnr);
        JsonNode d = TestApi.json(response);
        assertThat(d.get("fodselsnummer").asString()).isEqualTo(fnr.substring(0, 6) + "*****");
        assertThat(d.get("fodselsdato").asString()).isNotBlank();
        assertThat(TestApi.json(som("evaluator").get(PATH + "/" + k + "/deltakere/" + id)).get("fodselsnummer")
                .asString()).isEqualTo(fnr);
        List<Map<String, Object>> audit = jdbc.sql("""
                        select handling, person_ref, utfort_av, formaal from audit.audit_entry
                        where ressurs_type = 'effekt-deltaker' and ressurs_id = :id order by sekvens""")
                .param("id", id.toString()).query().listOfRows();
        assertThat(audit).extracting(r -> r.get("handling") + "/" + r.get("utfort_av") + "/" + r.get("formaal"))
                .containsExactly("OPPRETT/arrangor/GJENNOMFORING", "LES/arrangor/GJENNOMFORING",
                        "LES/evaluator/KONTROLL");
        assertThat(audit).allSatisfy(r -> assertThat(r.get("person_ref")).isEqualTo(fnr));
    }

    @Test
    void showsWhyAParticipantIsOutsideTheTargetGroup() {
        UUID k = kontrakt(standard());
        var body = deltaker("D-ELDRE", LocalDate.of(1980, 5, 5));
        body.put("innsatsgruppe", "STANDARD_INNSATS");

        JsonNode d = TestApi.json(som("arrangor").post(PATH + "/" + k + "/deltakere", body));

        assertThat(d.get("avvik")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("OVER_HOYESTE_ALDER", "INNSATSGRUPPE");
    }

    @Test
    void rejectsAnInvalidNumberWithoutEchoingItAndKeepsParticipantsFromInvestorsAndStrangers() {
        UUID k = kontrakt(standard());
        var body = deltaker("D-002", LocalDate.of(2000, 1, 1));
        body.put("fodselsnummer", "12345678901");
        body.remove("inntaksdato");

        HttpResponse<String> feil = som("arrangor").post(PATH + "/" + k + "/deltakere", body);

        assertThat(feil.statusCode()).isEqualTo(400);
        assertThat(feil.body()).contains("fodselsnummer.ugyldig", "inntaksdato").doesNotContain("12345678901");
        assertThat(som("investor").get(PATH + "/" + k + "/deltakere").statusCode()).isEqualTo(403);
        assertThat(som("investor").get(PATH + "/" + k + "/utfall").statusCode()).isEqualTo(403);
        assertThat(som("investor").get(PATH + "/" + k + "/krav").statusCode()).isEqualTo(403);
        assertThat(som("investor").get(PATH + "/" + k + "/avstemming").statusCode()).isEqualTo(403);
        assertThat(som("veileder").get(PATH + "/" + k + "/deltakere").statusCode()).isEqualTo(404);
        assertThat(som("admin").post(PATH + "/" + k + "/deltakere", deltaker("D-003", LocalDate.of(2000, 1, 1)))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void registersOutcomesWithEvidenceAndSchedulesCheckpointsFromAJobStart() {
        UUID k = kontrakt(standard());
        UUID d = som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-010", LocalDate.of(2000, 1, 1)));

        HttpResponse<String> jobb = som("arrangor").post(PATH + "/" + k + "/utfall",
                utfall(d, "JOBBSTART", "2025-03-03", "ARBEIDSGIVERBEKREFTELSE"));

        assertThat(jobb.statusCode()).as(jobb.body()).isEqualTo(201);
        assertThat(TestApi.json(jobb).get("bevis").get(0).get("type").asString()).isEqualTo("ARBEIDSGIVERBEKREFTELSE");
        JsonNode punkter = TestApi.json(som("arrangor").get(PATH + "/" + k + "/sjekkpunkter"));
        assertThat(punkter).extracting(p -> p.get("forfallsdato").asString()).containsExactly(
                "2025-06-02", "2025-06-03", "2025-09-01", "2025-09-03", "2026-03-03");
        assertThat(punkter).extracting(p -> p.get("status").asString()).containsOnly("PLANLAGT");

        som("arrangor").post(PATH + "/" + k + "/utfall", utfall(d, "JOBB_13_UKER", "2025-06-02", "REGISTEROPPSLAG"));

        JsonNode etter = TestApi.json(som("arrangor").get(PATH + "/" + k + "/sjekkpunkter"));
        assertThat(etter.get(0).get("status").asString()).isEqualTo("OPPFYLT");
        assertThat(etter.get(0).get("maal").asString()).isEqualTo("JOBB_13_UKER");
    }

    @Test
    void remindsTheProviderBeforeACheckpointFallsDueAndMarksOverdueOnes() {
        UUID k = kontrakt(standard());
        UUID d = som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-020", LocalDate.of(2000, 1, 1)));
        som("arrangor").post(PATH + "/" + k + "/utfall", utfall(d, "JOBBSTART", "2025-03-03", "REGISTEROPPSLAG"));

        // 13 weeks after 3 March is 2 June; the reminder comes 14 days before (and only once, however often the job runs)
        maaling.varsleSjekkpunkter(LocalDate.of(2025, 5, 18));
        JsonNode ingen = TestApi.json(som("arrangor").get(PATH + "/" + k + "/varsler"));
        maaling.varsleSjekkpunkter(LocalDate.of(2025, 5, 19));
        maaling.varsleSjekkpunkter(LocalDate.of(2025, 5, 19));

        assertThat(ingen).isEmpty();
        JsonNode varsler = TestApi.json(som("arrangor").get(PATH + "/" + k + "/varsler"));
        assertThat(varsler).extracting(v -> v.get("type").asString() + "@" + v.get("dato").asString())
                .containsExactly("SJEKKPUNKT_NAERMER_SEG@2025-06-02");
        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + k + "/sjekkpunkter")).get(0).get("status").asString())
                .isEqualTo("VARSLET");

        maaling.varsleSjekkpunkter(LocalDate.of(2025, 6, 3));

        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + k + "/sjekkpunkter")).get(0).get("status").asString())
                .isEqualTo("FORFALT");
        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + k + "/varsler")))
                .extracting(v -> v.get("type").asString()).contains("SJEKKPUNKT_FORFALT");
        UUID varsel = UUID.fromString(TestApi.json(som("arrangor").get(PATH + "/" + k + "/varsler")).get(0).get("id")
                .asString());
        assertThat(som("arrangor").post(PATH + "/" + k + "/varsler/" + varsel + "/lest", Map.of()).statusCode())
                .isEqualTo(204);
    }

    @Test
    void rejectsAnOutcomeWithEveryFieldErrorAtOnce() {
        UUID k = kontrakt(standard());
        UUID d = som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-030", LocalDate.of(2000, 1, 1)));
        var body = utfall(d, "UKJENT", LocalDate.now().plusDays(3).toString(), "SERTIFIKAT");
        body.put("bevis", List.of(Map.of("type", "SERTIFIKAT")));
        body.put("verdi", new BigDecimal("1.123456"));

        HttpResponse<String> response = som("arrangor").post(PATH + "/" + k + "/utfall", body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("effekt.resultatmaal-ukjent", "effekt.dato-i-fremtiden",
                "effekt.verdi-ugyldig", "bevis[0].referanse");
        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + k + "/utfall"))).isEmpty();
    }

    @Test
    void importsOutcomesFromCsvAllOrNothing() throws Exception {
        UUID k = kontrakt(standard());
        som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-040", LocalDate.of(2000, 1, 1)));
        som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-041", LocalDate.of(2001, 1, 1)));
        String feil = """
                referanse;maal;dato;verdi;jobbforlop;bevistype;bevisreferanse
                D-040;NORSK_B1;2025-04-01;;;SERTIFIKAT;Kompetanse Norge 123
                D-041;NORSK_B1;2025-13-01;;;SERTIFIKAT;Kompetanse Norge 124
                D-999;NORSK_B1;2025-04-01;;;SERTIFIKAT;Kompetanse Norge 125
                """;

        HttpResponse<String> avvist = csv(k, feil);

        assertThat(avvist.statusCode()).as(avvist.body()).isEqualTo(400);
        assertThat(avvist.body()).contains("linje[3].dato", "linje[4].referanse");
        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + k + "/utfall"))).isEmpty();

        HttpResponse<String> godtatt = csv(k, feil.replace("2025-13-01", "2025-04-02").replace("D-999", "D-040")
                .replace("NORSK_B1;2025-04-01;;;SERTIFIKAT;Kompetanse Norge 125", "JOBBSTART;2025-05-01;;;;"));

        assertThat(godtatt.statusCode()).as(godtatt.body()).isEqualTo(201);
        assertThat(TestApi.json(godtatt).get("antall").asInt()).isEqualTo(3);
        JsonNode utfall = TestApi.json(som("arrangor").get(PATH + "/" + k + "/utfall"));
        assertThat(utfall).extracting(u -> u.get("deltakerReferanse").asString() + ":" + u.get("maal").asString()
                        + ":" + u.get("kilde").asString())
                .containsExactlyInAnyOrder("D-040:NORSK_B1:IMPORT", "D-041:NORSK_B1:IMPORT", "D-040:JOBBSTART:IMPORT");
        assertThat(TestApi.json(som("arrangor").get(PATH + "/" + k + "/sjekkpunkter"))).hasSize(5);
    }

    @Test
    void measuresSoftOutcomesAndTheDistanceTravelled() {
        UUID k = kontrakt(standard());
        UUID d = som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-050", LocalDate.of(2000, 1, 1)));
        for (String[] m : new String[][] {{"2025-02-01", "3", "2"}, {"2025-05-01", "5", "4"}, {"2025-08-01", "8", "7"}}) {
            HttpResponse<String> r = som("arrangor").post(PATH + "/" + k + "/myke-resultater", Map.of(
                    "deltakerId", d.toString(), "skala", "MESTRING", "dato", m[0],
                    "egenvurdering", Integer.parseInt(m[1]), "veiledervurdering", Integer.parseInt(m[2])));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        HttpResponse<String> utenfor = som("arrangor").post(PATH + "/" + k + "/myke-resultater", Map.of(
                "deltakerId", d.toString(), "skala", "MESTRING", "dato", "2025-09-01", "egenvurdering", 11));
        assertThat(utenfor.statusCode()).isEqualTo(400);

        JsonNode skala = TestApi.json(som("arrangor").get(PATH + "/" + k + "/myke-resultater")).get("skalaer").get(0);

        JsonNode deltaker = skala.get("deltakere").get(0);
        assertThat(deltaker.get("forflytningEgen").asInt()).isEqualTo(5);
        assertThat(deltaker.get("forflytningVeileder").asInt()).isEqualTo(5);
        assertThat(deltaker.get("avlesninger").get(1).get("endringEgen").asInt()).isEqualTo(2);
        assertThat(deltaker.get("avlesninger").get(2).get("endringVeileder").asInt()).isEqualTo(3);
        // one participant: the average is suppressed
        assertThat(skala.get("snittForflytningEgen").get("prikket").asBoolean()).isTrue();
        assertThat(skala.get("snittForflytningEgen").has("verdi")).isFalse();
    }

    @Test
    void keepsOneProvidersParticipantsFromAnotherProviderInAConsortium() {
        String annenOrgnr = "966666668";
        UUID k = kontrakt(Kontraktbygger.nok().utenStandardparter()
                .betaler("NAV", Kontraktbygger.NAV_ORGNR, 1_000_000)
                .leverandor("LEV", Kontraktbygger.LEVERANDOR_ORGNR, "0.6").leverandor("ANNEN", annenOrgnr, "0.4")
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR).fast("JOBBSTART", 1000));
        UUID egen = som("arrangor").opprett(PATH + "/" + k + "/deltakere", deltaker("D-060", LocalDate.of(2000, 1, 1)));
        UUID annens = Som.bruker("annen-leverandor", Rolle.ARRANGOR, List.of(annenOrgnr), () ->
                maaling.registrerDeltaker(new RegistrerDeltaker(k, null, "A-001", null, LocalDate.of(1999, 1, 1), null,
                        null, LocalDate.of(2025, 2, 1), null, null)));

        JsonNode egne = TestApi.json(som("arrangor").get(PATH + "/" + k + "/deltakere"));

        assertThat(egne).extracting(x -> x.get("id").asString()).containsExactly(egen.toString());
        assertThat(som("arrangor").get(PATH + "/" + k + "/deltakere/" + annens).statusCode()).isEqualTo(404);
        assertThat(som("arrangor").post(PATH + "/" + k + "/utfall", utfall(annens, "JOBBSTART", "2025-03-01",
                "SERTIFIKAT")).statusCode()).isEqualTo(404);
        assertThat(TestApi.json(som("evaluator").get(PATH + "/" + k + "/deltakere"))).hasSize(2);
    }

    private HttpResponse<String> csv(UUID kontrakt, String innhold) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString("arrangor:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + PATH + "/" + kontrakt + "/utfall/import"))
                        .header("Authorization", "Basic " + auth).header("Content-Type", "text/csv")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(innhold)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
