package no.samskap.tilgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production profile against a real OIDC server (NAV's mock-oauth2-server on a random port): JWT bearer tokens on
 * the API with roles and relations from claims, and the full OIDC login for pages, without a browser.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the test profile accepts synthetic fødselsnumre, which the prod profile refuses to start with
        properties = "samskap.fodselsnummer.tillat-syntetiske=false")
@ActiveProfiles({"test", "prod"})
class OidcSecurityIT {

    private static final String ISSUER = "samskap";
    private static final String CLIENT_ID = "samskap-web";
    private static final String API_AUDIENCE = "samskap-api";
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final MockOAuth2Server oidc = new MockOAuth2Server();

    static {
        oidc.start();
    }

    @AfterAll
    static void stopOidcServer() {
        oidc.shutdown();
    }

    @DynamicPropertySource
    static void oidcServer(DynamicPropertyRegistry registry) {
        // The prod profile wants an external database; the test JVM's embedded one stands in for it.
        registry.add("spring.datasource.url", () -> "__embedded__");
        registry.add("spring.security.oauth2.client.provider.samskap.issuer-uri", () -> oidc.issuerUrl(ISSUER).toString());
        registry.add("spring.security.oauth2.client.registration.samskap.client-id", () -> CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.samskap.client-secret", () -> "hemmelig");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> API_AUDIENCE);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void acceptsABearerTokenAndTakesRolesAndRelationsFromItsClaims() throws Exception {
        String token = token(ISSUER, API_AUDIENCE, Map.of(
                "roles", List.of("TILTAKSADMIN", "ukjent-rolle"),
                "NAVident", "Z990001",
                "name", "Tora Tiltak",
                "nav_enhet", "0300"), 3600);

        var response = api("/api/v1/meg", token);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode meg = JSON.readTree(response.body());
        assertThat(meg.get("ident").asString()).isEqualTo("Z990001");
        assertThat(meg.get("navn").asString()).isEqualTo("Tora Tiltak");
        assertThat(meg.get("roller").valueStream().map(JsonNode::asString)).containsExactly("TILTAKSADMIN");
        assertThat(meg.get("navEnhet").asString()).isEqualTo("0300");
        assertThat(response.headers().allValues("Set-Cookie")).as("stateless API").isEmpty();
    }

    @Test
    void mapsRoleNamesWithPrefixOrLowerCaseAndOrganisationNumbers() throws Exception {
        String token = token(ISSUER, API_AUDIENCE, Map.of(
                "roles", List.of("ROLE_ARRANGOR", "evaluator"),
                "orgnr", List.of("983982433", "992943084")), 3600);

        JsonNode meg = JSON.readTree(api("/api/v1/meg", token).body());

        assertThat(meg.get("roller").valueStream().map(JsonNode::asString)).containsExactly("ARRANGOR", "EVALUATOR");
        assertThat(meg.get("organisasjonsnumre").valueStream().map(JsonNode::asString))
                .containsExactly("983982433", "992943084");
        assertThat(meg.get("ident").asString()).as("falls back to sub").isEqualTo("partner-system");
    }

    @Test
    void givesATokenWithoutRolesNoRoles() throws Exception {
        JsonNode meg = JSON.readTree(api("/api/v1/meg", token(ISSUER, API_AUDIENCE, Map.of(), 3600)).body());

        assertThat(meg.get("roller")).isEmpty();
    }

    @Test
    void answersTheApiWithoutTokenWith401() throws Exception {
        var response = api("/api/v1/meg", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    }

    @Test
    void answersATokenFromAnotherIssuerWith401() throws Exception {
        String token = token("annen-utsteder", API_AUDIENCE, Map.of("roles", List.of("TILTAKSADMIN")), 3600);

        assertThat(api("/api/v1/meg", token).statusCode()).isEqualTo(401);
    }

    @Test
    void answersAnExpiredTokenWith401() throws Exception {
        String token = token(ISSUER, API_AUDIENCE, Map.of("roles", List.of("TILTAKSADMIN")), -600);

        var response = api("/api/v1/meg", token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
    }

    @Test
    void answersATokenForAnotherAudienceWith401() throws Exception {
        String token = token(ISSUER, "et-annet-system", Map.of("roles", List.of("TILTAKSADMIN")), 3600);

        assertThat(api("/api/v1/meg", token).statusCode()).isEqualTo(401);
    }

    @Test
    void answersATamperedTokenWith401() throws Exception {
        String token = token(ISSUER, API_AUDIENCE, Map.of("roles", List.of("VEILEDER")), 3600);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("VEILEDER", "TILTAKSADMIN");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(api("/api/v1/meg", tampered).statusCode()).isEqualTo(401);
    }

    @Test
    void refusesHttpBasicInProduction() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/meg"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .build();

        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void redirectsAPageRequestWithoutSessionToTheOidcAuthorizationEndpoint() {
        var client = new PageClient(port);

        var start = client.get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/oauth2/authorization/samskap");

        var authorize = client.follow(start);
        assertThat(authorize.statusCode()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(oidc.authorizationEndpointUrl(ISSUER).toString());
        var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        assertThat(query.getFirst("client_id")).isEqualTo(CLIENT_ID);
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(URLDecoder.decode(query.getFirst("scope"), StandardCharsets.UTF_8)).contains("openid");
        assertThat(URLDecoder.decode(query.getFirst("redirect_uri"), StandardCharsets.UTF_8))
                .isEqualTo("http://localhost:" + port + "/login/oauth2/code/samskap");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("nonce")).isNotBlank();
    }

    @Test
    void sendsAnHtmxRequestWithoutSessionToTheOidcLoginWithHxRedirect() {
        var response = new PageClient(port).get("/", "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/oauth2/authorization/samskap");
    }

    @Test
    void logsInThroughTheOidcServerAndShowsTheRolesStartPage() {
        var client = new PageClient(port);
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "sub-oidc-1", "JWT", List.of(CLIENT_ID), Map.of(
                "NAVident", "Z991234",
                "name", "Olav Oidc",
                "roles", List.of("TILTAKSADMIN"),
                "nav_enhet", "0315"), 3600));

        var toProvider = client.follow(client.get("/"));
        var callback = client.follow(toProvider);
        assertThat(callback.statusCode()).as("the OIDC server redirects back with a code").isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElseThrow()).contains("/login/oauth2/code/samskap?code=");
        var loggedIn = client.follow(callback);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(loggedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure", "HttpOnly", "SameSite=Lax"));
        var start = client.follow(loggedIn);

        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body())
                .contains("<h1>" + text("start.tittel") + "</h1>")
                .contains(text("start.ingress", "Olav Oidc"))
                .contains(text("start.rolle.TILTAKSADMIN"));
        String sessionId = new String(Base64.getDecoder().decode(client.cookie("SESSION")), StandardCharsets.UTF_8);
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = :id")
                        .param("id", sessionId)
                        .query(String.class)
                        .single())
                .isEqualTo("Z991234");

        var logout = client.postForm("/logout", Map.of("_csrf", PageClient.csrf(start.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = logout.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(oidc.endSessionEndpointUrl(ISSUER).toString()).contains("id_token_hint=");
        assertThat(URLDecoder.decode(endSession, StandardCharsets.UTF_8))
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/login?logget-ut");
        assertThat(client.get("/").statusCode()).as("logged out").isEqualTo(302);
    }

    @Test
    void showsALoginLinkAndNoPasswordFormOnTheLoginPage() {
        var page = new PageClient(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/oauth2/authorization/samskap\"")
                .contains(text("login.oidc.ingress"))
                .doesNotContain("name=\"password\"", text("login.demo-brukere"));
    }

    @Test
    void reportsHealthWithoutLogin() {
        var response = new PageClient(port).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    private String token(String issuer, String audience, Map<String, Object> claims, long expirySeconds) {
        return oidc.issueToken(issuer, "partner-system", new DefaultOAuth2TokenCallback(
                        issuer, "partner-system", "JWT", List.of(audience), claims, expirySeconds))
                .serialize();
    }

    private HttpResponse<String> api(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
