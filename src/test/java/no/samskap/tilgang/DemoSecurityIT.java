package no.samskap.tilgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import no.samskap.SamskapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Demo mode: form login for every demo user, HTTP Basic on the API, CSRF, headers, sessions in PostgreSQL, error pages. */
@SamskapIntegrationTest
class DemoSecurityIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    static Stream<DemoUsers.DemoUser> demoUsers() {
        return DemoUsers.DEFAULTS.stream();
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void logsInEveryDemoUserThroughTheFormAndShowsTheRolesStartPage(DemoUsers.DemoUser user) {
        var client = new PageClient(port);

        var login = client.loginAs(user.username(), "demo");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        var start = client.follow(login);

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body())
                .contains("<h1>" + text("start.tittel") + "</h1>")
                .contains(text("start.ingress", user.navn()))
                .contains(text("rolle." + user.rolle()))
                .contains(text("start.rolle." + user.rolle()))
                .contains(text("layout.logg-ut"));
    }

    @Test
    void rejectsAWrongPasswordWithAnErrorOnTheLoginPage() {
        var client = new PageClient(port);

        var response = client.loginAs("admin", "feil-passord");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(client.follow(response).body()).contains(text("login.feil"));
    }

    @Test
    void redirectsPagesWithoutSessionToTheLoginPage() {
        var response = new PageClient(port).get("/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void sendsAnHtmxRequestWithoutSessionToTheLoginPageWithHxRedirect() {
        var response = new PageClient(port).get("/", "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login");
    }

    @Test
    void storesTheSessionOfALoggedInUserInPostgresql() {
        var client = new PageClient(port);
        client.follow(client.loginAs("veileder", "demo"));

        String cookie = client.cookie("SESSION");
        assertThat(cookie).isNotNull();
        String sessionId = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        String principal = jdbc.sql("select principal_name from spring_session where session_id = :id")
                .param("id", sessionId)
                .query(String.class)
                .single();
        assertThat(principal).isEqualTo("veileder");
        long attributes = jdbc.sql("""
                        select count(*) from spring_session_attributes a
                        join spring_session s on s.primary_id = a.session_primary_id
                        where s.session_id = :id and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                        """)
                .param("id", sessionId)
                .query(Long.class)
                .single();
        assertThat(attributes).isEqualTo(1);
    }

    @Test
    void logsOutAndDeletesTheSession() {
        var client = new PageClient(port);
        var start = client.follow(client.loginAs("admin", "demo"));
        String sessionId = new String(Base64.getDecoder().decode(client.cookie("SESSION")), StandardCharsets.UTF_8);

        var logout = client.postForm("/logout", Map.of("_csrf", PageClient.csrf(start.body())));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logget-ut"));
        assertThat(client.follow(logout).body()).contains(text("login.logget-ut"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = :id")
                        .param("id", sessionId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(client.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void refusesAPagePostWithoutCsrfTokenWithTheForbiddenPage() {
        var client = new PageClient(port);
        client.follow(client.loginAs("admin", "demo"));

        var response = client.postForm("/logout", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains(text("feilside.403")).doesNotContain("Whitelabel");
        assertThat(client.get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void refusesALoginPostWithoutCsrfToken() {
        var response = new PageClient(port).postForm("/login", Map.of("username", "admin", "password", "demo"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void sendsSecurityHeadersOnPages() {
        var response = new PageClient(port).get("/login");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                        .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void letsSwaggerUiApplyItsInlineStylesButNoInlineScripts() {
        var response = new PageClient(port).get("/swagger-ui/index.html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval"));
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void sendsSecurityHeadersOnTheApi() throws Exception {
        var response = api("/api/v1/meg", "admin", "demo");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void acceptsHttpBasicOnTheApiWithoutCreatingASession() throws Exception {
        var response = api("/api/v1/meg", "admin", "demo");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode meg = JSON.readTree(response.body());
        assertThat(meg.get("ident").asString()).isEqualTo("admin");
        assertThat(meg.get("roller").get(0).asString()).isEqualTo("TILTAKSADMIN");
        assertThat(meg.get("navEnhet").asString()).isEqualTo("0300");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void givesTheProviderUserItsOrganisationsOnTheApi() throws Exception {
        JsonNode meg = JSON.readTree(api("/api/v1/meg", "arrangor", "demo").body());

        assertThat(meg.get("roller").get(0).asString()).isEqualTo("ARRANGOR");
        assertThat(meg.get("organisasjonsnumre").valueStream().map(JsonNode::asString))
                .containsExactly("983982433", "992943084");
    }

    @Test
    void answersTheApiWithoutOrWithWrongCredentialsWith401() throws Exception {
        assertThat(api("/api/v1/meg", null, null).statusCode()).isEqualTo(401);
        assertThat(api("/api/v1/meg", "admin", "feil").statusCode()).isEqualTo(401);
        assertThat(api("/api/v1/meg", "ukjent", "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void answersAnUnknownApiPathWithProblemJson() throws Exception {
        var response = api("/api/v1/finnes-ikke", "admin", "demo");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("ikke-funnet");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("type").asString()).isEqualTo("urn:samskap:problem:ikke-funnet");
        assertThat(problem.get("detail").asString()).isEqualTo(text("problem.ikke-funnet"));
    }

    @Test
    void answersAWrongMethodOnTheApiWithProblemJson() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/meg"))
                .header("Authorization", basic("admin", "demo"))
                .DELETE()
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("metode-ikke-tillatt");
    }

    @Test
    void answersAnUnknownPageWithTheNotFoundPageInBokmaal() {
        var client = new PageClient(port);
        client.follow(client.loginAs("veileder", "demo"));

        var response = client.get("/finnes-ikke", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("<h1>" + text("feilside.tittel") + "</h1>", text("feilside.404"), "id=\"hovedinnhold\"")
                .contains(text("layout.logg-ut"))
                .doesNotContain("Whitelabel", "Exception", "at no.samskap");
    }

    @Test
    void servesStaticFilesAndHtmxWithoutLoginAndOnlyUnderTheirPaths() {
        var client = new PageClient(port);
        for (String path : new String[] {"/static/css/samskap.css", "/static/favicon.svg", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(200);
        }
        // the static files are no longer served from the root, where every page link would be a possible file
        assertThat(client.get("/css/samskap.css").statusCode()).isNotEqualTo(200);
    }

    @Test
    void hashesTheDemoPasswordsCheaplySinceTheyArePublic() {
        String hash = passwordEncoder.encode("demo");
        assertThat(passwordEncoder).isInstanceOf(org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.class);
        assertThat(passwordEncoder.matches("demo", hash)).isTrue();
        assertThat(passwordEncoder.matches("demo2", hash)).isFalse();
    }

    @Test
    void reportsHealthAndProbesWithoutLogin() {
        var client = new PageClient(port);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"UP\"");
        }
    }

    private HttpResponse<String> api(String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
