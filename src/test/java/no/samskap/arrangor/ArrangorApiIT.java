package no.samskap.arrangor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.shared.OrgnrFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SamskapIntegrationTest
class ArrangorApiIT {

    private static final String DEMO_HOVEDENHET = "983982433";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void createsHovedenhetAndUnderenhetAndReadsThemBack() throws Exception {
        String orgnr = OrgnrFixtures.random();
        var created = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": "Jobbhuset AS"}""".formatted(orgnr));
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode body = json.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(location).endsWith("/api/v1/arrangorer/" + id);
        assertThat(body.get("type").asString()).isEqualTo("HOVEDENHET");
        assertThat(body.get("version").asLong()).isZero();

        var under = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": "Jobbhuset Drammen", "hovedenhetOrganisasjonsnummer": "%s"}"""
                .formatted(OrgnrFixtures.random(), orgnr));
        assertThat(under.statusCode()).isEqualTo(201);
        assertThat(json.readTree(under.body()).get("hovedenhet").get("id").asString()).isEqualTo(id);

        var read = send("veileder", "GET", "/api/v1/arrangorer/" + id, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode hoved = json.readTree(read.body());
        assertThat(hoved.get("navn").asString()).isEqualTo("Jobbhuset AS");
        assertThat(names(hoved.get("underenheter"))).containsExactly("Jobbhuset Drammen");
        assertThat(hoved.get("kontaktpersoner").isEmpty()).isTrue();
    }

    @Test
    void reportsAllFieldErrorsOfARequestTogether() throws Exception {
        var response = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": " ", "hovedenhetId": "%s"}"""
                .formatted(OrgnrFixtures.withWrongCheckDigit(), UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(errors(response)).containsExactlyInAnyOrder(
                "organisasjonsnummer:arrangor.organisasjonsnummer.ugyldig",
                "navn:arrangor.navn.paakrevd",
                "hovedenhetId:arrangor.hovedenhet.finnes-ikke");
    }

    @Test
    void rejectsDuplicateOrganisasjonsnummerWith409() throws Exception {
        String orgnr = OrgnrFixtures.random();
        assertThat(create("Først AS", orgnr, null)).isNotNull();

        var response = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": "Kopi AS"}""".formatted(orgnr));

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("arrangor.organisasjonsnummer.finnes");
        assertThat(errors(response)).containsExactly("organisasjonsnummer:arrangor.organisasjonsnummer.finnes");
    }

    @Test
    void rejectsUnderenhetAsParent() throws Exception {
        String hoved = create("Mor AS", OrgnrFixtures.random(), null);
        String under = create("Datter", OrgnrFixtures.random(), hoved);

        var response = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": "Barnebarn", "hovedenhetId": "%s"}"""
                .formatted(OrgnrFixtures.random(), under));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly("hovedenhetId:arrangor.hovedenhet.er-underenhet");
    }

    @Test
    void updatesWithVersionAndRejectsStaleVersionWithoutOverwriting() throws Exception {
        String id = create("Gammelt Navn AS", OrgnrFixtures.random(), null);

        var ok = send("admin", "PUT", "/api/v1/arrangorer/" + id, """
                {"navn": "Nytt Navn AS", "version": 0}""");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ok.body()).get("version").asLong()).isEqualTo(1);

        var stale = send("admin", "PUT", "/api/v1/arrangorer/" + id, """
                {"navn": "Overskrevet AS", "version": 0}""");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("code").asString()).isEqualTo("endret-av-andre");

        var missing = send("admin", "PUT", "/api/v1/arrangorer/" + id, """
                {"navn": "Uten versjon AS"}""");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(errors(missing)).containsExactly("version:arrangor.version.paakrevd");

        JsonNode current = json.readTree(send("admin", "GET", "/api/v1/arrangorer/" + id, null).body());
        assertThat(current.get("navn").asString()).isEqualTo("Nytt Navn AS");
        assertThat(current.get("version").asLong()).isEqualTo(1);
        var historikk = json.readTree(send("admin", "GET", "/api/v1/arrangorer/" + id + "/historikk", null).body());
        assertThat(historikk.size()).isEqualTo(2);
    }

    @Test
    void managesContactPersonsThroughTheApi() throws Exception {
        String id = create("Kontakt AS", OrgnrFixtures.random(), null);
        String base = "/api/v1/arrangorer/" + id + "/kontaktpersoner";

        var invalid = send("admin", "POST", base, """
                {"navn": "Kari", "epost": "", "ansvar": []}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(errors(invalid)).containsExactlyInAnyOrder(
                "epost:arrangor.kontaktperson.epost.paakrevd", "ansvar:arrangor.kontaktperson.ansvar.paakrevd");
        var badEmail = send("admin", "POST", base, """
                {"navn": "Kari", "epost": "kari.example.no", "ansvar": ["AVTALE"]}""");
        assertThat(errors(badEmail)).containsExactly("epost:arrangor.kontaktperson.epost.ugyldig");

        var created = send("admin", "POST", base, """
                {"navn": "Kari Nordmann", "epost": "kari@example.no", "telefon": "22 33 44 55", "ansvar": ["AVTALE", "OKONOMI"]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String kid = json.readTree(created.body()).get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue(base + "/" + kid);

        var updated = send("admin", "PUT", base + "/" + kid, """
                {"navn": "Kari Nordmann", "epost": "kari@example.no", "ansvar": ["GJENNOMFORING"], "version": 0}""");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("version").asLong()).isEqualTo(1);
        var stale = send("admin", "PUT", base + "/" + kid, """
                {"navn": "Kari Overskrevet", "epost": "kari@example.no", "ansvar": ["AVTALE"], "version": 0}""");
        assertThat(stale.statusCode()).isEqualTo(409);

        assertThat(send("arrangor", "GET", base + "/" + kid, null).statusCode()).isEqualTo(404);

        JsonNode detail = json.readTree(send("admin", "GET", "/api/v1/arrangorer/" + id, null).body());
        assertThat(names(detail.get("kontaktpersoner"))).containsExactly("Kari Nordmann");

        assertThat(send("veileder", "DELETE", base + "/" + kid, null).statusCode()).isEqualTo(403);
        assertThat(send("admin", "DELETE", base + "/" + kid, null).statusCode()).isEqualTo(204);
        assertThat(send("admin", "GET", base + "/" + kid, null).statusCode()).isEqualTo(404);
    }

    @Test
    void listsWithSearchTypeFilterSortingAndPaging() throws Exception {
        String prefix = "Listetest " + UUID.randomUUID().toString().substring(0, 8);
        String hoved = create(prefix + " A", OrgnrFixtures.random(), null);
        create(prefix + " B", OrgnrFixtures.random(), hoved);
        create(prefix + " C", OrgnrFixtures.random(), hoved);
        String q = java.net.URLEncoder.encode(prefix, StandardCharsets.UTF_8);

        JsonNode first = json.readTree(send("veileder", "GET", "/api/v1/arrangorer?q=" + q + "&sort=-navn&storrelse=2", null).body());
        assertThat(first.get("totalt").asLong()).isEqualTo(3);
        assertThat(first.get("side").asInt()).isZero();
        assertThat(first.get("storrelse").asInt()).isEqualTo(2);
        assertThat(names(first.get("innhold"))).containsExactly(prefix + " C", prefix + " B");
        JsonNode second = json.readTree(send("veileder", "GET", "/api/v1/arrangorer?q=" + q + "&sort=-navn&storrelse=2&side=1", null).body());
        assertThat(names(second.get("innhold"))).containsExactly(prefix + " A");

        JsonNode under = json.readTree(send("admin", "GET", "/api/v1/arrangorer?q=" + q + "&type=underenhet", null).body());
        assertThat(names(under.get("innhold"))).containsExactly(prefix + " B", prefix + " C");
        JsonNode byParent = json.readTree(send("admin", "GET", "/api/v1/arrangorer?hovedenhetId=" + hoved + "&sort=-navn", null).body());
        assertThat(names(byParent.get("innhold"))).containsExactly(prefix + " C", prefix + " B");

        var badType = send("admin", "GET", "/api/v1/arrangorer?type=avdeling", null);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(errors(badType)).containsExactly("type:arrangor.type.ugyldig");
    }

    @Test
    void showsArrangorUserOnlyItsOwnOrganisations() throws Exception {
        String demoHoved = demoHovedenhet();
        String egenUnder = create("Egen avdeling " + UUID.randomUUID(), OrgnrFixtures.random(), demoHoved);
        String fremmedOrgnr = OrgnrFixtures.random();
        String fremmed = create("Fremmed AS", fremmedOrgnr, null);

        assertThat(send("arrangor", "GET", "/api/v1/arrangorer/" + egenUnder, null).statusCode()).isEqualTo(200);
        assertThat(send("arrangor", "GET", "/api/v1/arrangorer/" + demoHoved, null).statusCode()).isEqualTo(200);
        assertThat(send("arrangor", "GET", "/api/v1/arrangorer/" + fremmed, null).statusCode()).isEqualTo(404);
        assertThat(send("arrangor", "GET", "/api/v1/arrangorer/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);

        JsonNode sok = json.readTree(send("arrangor", "GET", "/api/v1/arrangorer?q=" + fremmedOrgnr, null).body());
        assertThat(sok.get("totalt").asLong()).isZero();
        JsonNode egne = json.readTree(send("arrangor", "GET", "/api/v1/arrangorer?hovedenhetId=" + demoHoved + "&storrelse=200", null).body());
        assertThat(ids(egne.get("innhold"))).contains(egenUnder);
        JsonNode alle = json.readTree(send("arrangor", "GET", "/api/v1/arrangorer?storrelse=200", null).body());
        assertThat(ids(alle.get("innhold"))).contains(demoHoved, egenUnder).doesNotContain(fremmed);

        var write = send("arrangor", "PUT", "/api/v1/arrangorer/" + egenUnder, """
                {"navn": "Kapret", "hovedenhetId": "%s", "version": 0}""".formatted(demoHoved));
        assertThat(write.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesWritesForVeilederAndRequestsWithoutLogin() throws Exception {
        String body = """
                {"organisasjonsnummer": "%s", "navn": "Ikke lov AS"}""".formatted(OrgnrFixtures.random());
        var veileder = send("veileder", "POST", "/api/v1/arrangorer", body);
        assertThat(veileder.statusCode()).isEqualTo(403);
        assertThat(json.readTree(veileder.body()).get("code").asString()).isEqualTo("ingen-tilgang");
        assertThat(send(null, "POST", "/api/v1/arrangorer", body).statusCode()).isEqualTo(401);
        assertThat(send(null, "GET", "/api/v1/arrangorer", null).statusCode()).isEqualTo(401);
        assertThat(send("deltaker", "GET", "/api/v1/arrangorer", null).statusCode()).isEqualTo(403);
    }

    @Test
    void answersMalformedJsonAndIdsWith400() throws Exception {
        assertThat(send("admin", "POST", "/api/v1/arrangorer", "{not json").statusCode()).isEqualTo(400);
        assertThat(send("admin", "GET", "/api/v1/arrangorer/ikke-en-uuid", null).statusCode()).isEqualTo(400);
    }

    /** The demo provider user's hovedenhet; created once per database if no other test made it. */
    private String demoHovedenhet() throws Exception {
        JsonNode found = json.readTree(send("admin", "GET", "/api/v1/arrangorer?q=" + DEMO_HOVEDENHET, null).body());
        for (JsonNode a : found.get("innhold")) {
            if (DEMO_HOVEDENHET.equals(a.get("organisasjonsnummer").asString())) {
                return a.get("id").asString();
            }
        }
        var created = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": "Demoarrangør AS"}""".formatted(DEMO_HOVEDENHET));
        if (created.statusCode() == 409) {
            return demoHovedenhet();
        }
        return json.readTree(created.body()).get("id").asString();
    }

    private String create(String navn, String orgnr, @Nullable String hovedenhetId) throws Exception {
        String parent = hovedenhetId == null ? "" : ", \"hovedenhetId\": \"" + hovedenhetId + "\"";
        var response = send("admin", "POST", "/api/v1/arrangorer", """
                {"organisasjonsnummer": "%s", "navn": "%s"%s}""".formatted(orgnr, navn, parent));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    private List<String> errors(HttpResponse<String> response) {
        var result = new ArrayList<String>();
        JsonNode errors = json.readTree(response.body()).get("errors");
        if (errors != null) {
            errors.forEach(e -> result.add(e.get("field").asString() + ":" + e.get("code").asString()));
        }
        return result;
    }

    private static List<String> names(JsonNode array) {
        var result = new ArrayList<String>();
        array.forEach(n -> result.add(n.get("navn").asString()));
        return result;
    }

    private static List<String> ids(JsonNode array) {
        var result = new ArrayList<String>();
        array.forEach(n -> result.add(n.get("id").asString()));
        return result;
    }

    private HttpResponse<String> send(@Nullable String user, String method, String path, @Nullable String body)
            throws Exception {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
