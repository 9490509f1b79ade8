package no.samskap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Set-up data for journeys through the JSON API with HTTP Basic as a demo user, where the journey itself is about
 * another role's view (the admin's own journey goes through the pages only).
 */
final class JourneyApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String bruker;

    JourneyApi(int port, String bruker) {
        this.port = port;
        this.bruker = bruker;
    }

    /** Creates and returns the id from the Location header; fails on anything but 201. */
    UUID opprett(String path, Map<String, ?> body) {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
        return idFraLocation(response);
    }

    /** The provider with this orgnr: registered if missing (409 = someone registered it already), then looked up. */
    UUID finnEllerRegistrerArrangor(Map<String, ?> body) {
        String orgnr = (String) body.get("organisasjonsnummer");
        HttpResponse<String> response = post("/api/v1/arrangorer", body);
        if (response.statusCode() == 201) {
            return idFraLocation(response);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        return finnArrangor(orgnr).orElseThrow(() -> new AssertionError("no provider " + orgnr + " after 409"));
    }

    Optional<UUID> finnArrangor(String orgnr) {
        for (JsonNode n : get("/api/v1/arrangorer?q=" + orgnr).get("innhold")) {
            if (orgnr.equals(n.get("organisasjonsnummer").asString())) {
                return Optional.of(UUID.fromString(n.get("id").asString()));
            }
        }
        return Optional.empty();
    }

    /** Runs an action sub-resource (e.g. {@code publiser}) with the resource's current version. */
    void handling(String resource, String handling) {
        long version = get(resource).get("version").asLong();
        HttpResponse<String> response = post(resource + "/" + handling, Map.of("version", version));
        assertThat(response.statusCode()).as(resource + "/" + handling + " " + response.body()).isBetween(200, 299);
    }

    JsonNode get(String path) {
        HttpResponse<String> response = send(request(path).GET());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, Map<String, ?> body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private static UUID idFraLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString((bruker + ":" + DemoLogin.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
