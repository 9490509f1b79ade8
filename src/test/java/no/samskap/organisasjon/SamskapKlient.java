package no.samskap.organisasjon;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running test application: the API with HTTP Basic, pages after a form login (session cookie
 * and CSRF token as a browser would).
 */
public final class SamskapKlient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http;

    private SamskapKlient(int port, HttpClient http) {
        this.base = "http://localhost:" + port;
        this.http = http;
    }

    /** A client without login. */
    public static SamskapKlient anonym(int port) {
        return new SamskapKlient(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A browser-like client logged in with a demo user's form login (password {@code demo}). */
    public static SamskapKlient innlogget(int port, String bruker) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var klient = new SamskapKlient(port, http);
        String loginSide = klient.get("/login").body();
        var matcher = CSRF.matcher(loginSide);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(bruker) + "&password=demo&_csrf=" + enc(matcher.group(1));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(klient.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + bruker);
        }
        return klient;
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs a form as the browser would: URL-encoded fields plus the session's CSRF token (taken from the start page's
     * logout form). Redirects are not followed.
     */
    public HttpResponse<String> postSkjema(String path, java.util.Map<String, String> felter)
            throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get("/").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the start page");
        }
        var body = new StringBuilder("_csrf=").append(enc(matcher.group(1)));
        felter.forEach((navn, verdi) -> body.append('&').append(enc(navn)).append('=').append(enc(verdi)));
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs a file as a browser's multipart form would ({@code felt} the file input's name), with the session's CSRF
     * token. Redirects are not followed.
     */
    public HttpResponse<String> postFil(String path, String felt, String filnavn, String innhold)
            throws IOException, InterruptedException {
        var matcher = CSRF.matcher(get("/").body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the start page");
        }
        String grense = "----samskap" + System.nanoTime();
        String body = "--" + grense + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + matcher.group(1)
                + "\r\n--" + grense + "\r\nContent-Disposition: form-data; name=\"" + felt + "\"; filename=\"" + filnavn
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + innhold + "\r\n--" + grense + "--\r\n";
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + grense)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GET on the API with HTTP Basic as a demo user. */
    public HttpResponse<String> api(String path, String bruker) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((bruker + ":demo").getBytes(StandardCharsets.UTF_8));
        return get(path, "Authorization", "Basic " + basic, "Accept", "application/json");
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
