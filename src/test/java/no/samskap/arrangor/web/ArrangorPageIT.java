package no.samskap.arrangor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.samskap.SamskapIntegrationTest;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The provider pages through real HTTP with a logged-in session (form login, CSRF). */
@SamskapIntegrationTest
class ArrangorPageIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"([^\"]*)\"");

    @Value("${local.server.port}")
    int port;

    @Test
    void rerendersBadCreateFormWith422AndMessagesBesideTheFields() throws Exception {
        var admin = login("admin");
        var form = admin.get("/arrangorer/ny");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<a href=\"/arrangorer\">Tilbake til arrangører</a>");

        var response = admin.post("/arrangorer", Map.of(
                "organisasjonsnummer", OrgnrFixtures.withWrongCheckDigit(), "navn", "", "hovedenhetId", ""), form.body());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body())
                .contains("id=\"feiloppsummering\"")
                .contains("id=\"organisasjonsnummer-feil\"")
                .contains("Organisasjonsnummeret er ikke gyldig")
                .contains("id=\"navn-feil\"")
                .contains("Oppgi navn.")
                .contains("aria-describedby=\"organisasjonsnummer-beskrivelse organisasjonsnummer-feil\"");
    }

    @Test
    void registersProviderAndShowsItWithHistory() throws Exception {
        var admin = login("admin");
        var form = admin.get("/arrangorer/ny");
        String orgnr = OrgnrFixtures.random();

        var created = admin.post("/arrangorer", Map.of("organisasjonsnummer", orgnr, "navn", "Sidetest AS"), form.body());
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/arrangorer/[0-9a-f-]{36}");

        var detail = admin.get(URI.create(location).getPath());
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Sidetest AS")
                .contains(orgnr)
                .contains("Arrangøren er registrert.")
                .contains("Registrert")
                .contains("Legg til kontaktperson");

        var duplicate = admin.post("/arrangorer", Map.of("organisasjonsnummer", orgnr, "navn", "Kopi AS"), form.body());
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(duplicate.body()).contains("Det finnes allerede en arrangør med dette organisasjonsnummeret.");
    }

    @Test
    void rejectsBadContactPersonAndAddsAGoodOne() throws Exception {
        var admin = login("admin");
        String path = createProvider(admin, "Kontaktside AS");
        var detail = admin.get(path);

        var bad = admin.post(path + "/kontaktpersoner", Map.of("navn", "Kari", "epost", "kari@"), detail.body());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body())
                .contains("Oppgi en gyldig e-postadresse")
                .contains("Velg minst ett ansvarsområde.")
                .contains("id=\"epost-feil\"");

        var good = admin.post(path + "/kontaktpersoner",
                Map.of("navn", "Kari Nordmann", "epost", "kari@example.no", "ansvar", "OKONOMI"), detail.body());
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(admin.get(path).body()).contains("Kari Nordmann").contains("kari@example.no").contains("Økonomi");
    }

    @Test
    void editsAndDeletesAContactPersonWithHistory() throws Exception {
        var admin = login("admin");
        String path = createProvider(admin, "Redigering AS");
        var detail = admin.get(path);
        admin.post(path + "/kontaktpersoner",
                Map.of("navn", "Ola Hansen", "epost", "ola@example.no", "ansvar", "AVTALE"), detail.body());
        var link = Pattern.compile("href=\"(" + Pattern.quote(path) + "/kontaktpersoner/[0-9a-f-]{36})/rediger\"")
                .matcher(admin.get(path).body());
        assertThat(link.find()).isTrue();
        String kontaktperson = link.group(1);
        var edit = admin.get(kontaktperson + "/rediger");
        assertThat(edit.statusCode()).isEqualTo(200);

        var bad = admin.post(kontaktperson, Map.of("navn", "Ola Hansen", "epost", "", "ansvar", "AVTALE", "version", "0"), edit.body());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Oppgi e-postadresse.");
        var ok = admin.post(kontaktperson,
                Map.of("navn", "Ola Hansen", "epost", "ola.hansen@example.no", "ansvar", "OKONOMI", "version", "0"), edit.body());
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(admin.get(kontaktperson + "/rediger").body())
                .contains("Kontaktperson endret")
                .contains("endret fra «ola@example.no» til «ola.hansen@example.no»");
        assertThat(login("arrangor").get(kontaktperson + "/rediger").statusCode()).isIn(403, 404);

        var deleted = admin.post(kontaktperson + "/slett", Map.of(), admin.get(path).body());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(admin.get(path).body()).contains("Kontaktpersonen er slettet.").doesNotContain("ola.hansen@example.no");
    }

    @Test
    void showsChangedBySomeoneElseOnStaleEditAndKeepsTheNewerName() throws Exception {
        var admin = login("admin");
        String path = createProvider(admin, "Versjon AS");
        var edit = admin.get(path + "/rediger");
        var matcher = VERSION.matcher(edit.body());
        assertThat(matcher.find()).isTrue();
        String version = matcher.group(1);

        assertThat(admin.post(path, Map.of("navn", "Versjon Først AS", "version", version), edit.body()).statusCode())
                .isEqualTo(302);
        var stale = admin.post(path, Map.of("navn", "Versjon Sist AS", "version", version), edit.body());

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Noen andre har endret dette siden du åpnet det.");
        assertThat(admin.get(path).body()).contains("Versjon Først AS").doesNotContain("Versjon Sist AS");
    }

    @Test
    void hidesWriteActionsFromVeilederAndRefusesTheCreateForm() throws Exception {
        var admin = login("admin");
        String path = createProvider(admin, "Lesetilgang AS");
        var veileder = login("veileder");

        var detail = veileder.get(path);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("Lesetilgang AS").doesNotContain("Endre arrangør").doesNotContain("Legg til kontaktperson");
        assertThat(veileder.get("/arrangorer").body()).doesNotContain("Registrer arrangør");
        assertThat(veileder.get("/arrangorer/ny").statusCode()).isEqualTo(403);
    }

    @Test
    void answersNotFoundForAnotherOrganisationToArrangorUser() throws Exception {
        var admin = login("admin");
        String path = createProvider(admin, "Skjult AS");
        var arrangor = login("arrangor");

        assertThat(arrangor.get(path).statusCode()).isEqualTo(404);
        assertThat(arrangor.get("/arrangorer/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void listsWithFilterSortingAndHtmxFragment() throws Exception {
        var admin = login("admin");
        String prefix = "Sideliste " + UUID.randomUUID().toString().substring(0, 8);
        createProvider(admin, prefix + " En");
        createProvider(admin, prefix + " To");
        String q = URLEncoder.encode(prefix, StandardCharsets.UTF_8);

        var page = admin.get("/arrangorer?q=" + q + "&sort=-navn");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Arrangører</h1>").contains("aria-sort=\"descending\"");
        assertThat(page.body().indexOf(prefix + " To")).isLessThan(page.body().indexOf(prefix + " En"));

        var fragment = admin.send(HttpRequest.newBuilder(admin.uri("/arrangorer?q=" + q)).header("HX-Request", "true").build());
        assertThat(fragment.body()).contains("id=\"resultat\"").contains(prefix + " En").doesNotContain("<h1>");
    }

    private String createProvider(Session admin, String navn) throws Exception {
        var form = admin.get("/arrangorer/ny");
        var created = admin.post("/arrangorer", Map.of("organisasjonsnummer", OrgnrFixtures.random(), "navn", navn), form.body());
        assertThat(created.statusCode()).isEqualTo(302);
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private Session login(String user) throws Exception {
        var session = new Session(HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        var loginPage = session.get("/login");
        var response = session.post("/login", Map.of("username", user, "password", "demo"), loginPage.body());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return session;
    }

    private final class Session {
        private final HttpClient client;

        Session(HttpClient client) {
            this.client = client;
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        /** Posts a form with the CSRF token found in {@code page}. */
        HttpResponse<String> post(String path, Map<String, String> fields, String page) throws Exception {
            var matcher = CSRF.matcher(page);
            assertThat(matcher.find()).as("csrf token on page").isTrue();
            var all = new LinkedHashMap<>(fields);
            all.put("_csrf", matcher.group(1));
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
