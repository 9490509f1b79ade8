package no.samskap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls to the running test application's JSON API with HTTP Basic as a demo user (password demo). */
public class TestApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    protected final int port;
    protected final String bruker;

    public TestApi(int port, String bruker) {
        this.port = port;
        this.bruker = bruker;
    }

    public TestApi som(String annenBruker) {
        return new TestApi(port, annenBruker);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> post(String path, Map<String, ?> body) {
        return post(path, JSON.writeValueAsString(body));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, Map<String, ?> body) {
        return put(path, JSON.writeValueAsString(body));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Creates and returns the id from the Location header; fails on anything but 201. */
    public UUID opprett(String path, Map<String, ?> body) {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(201);
        return idFraLocation(response);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static UUID idFraLocation(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private HttpRequest.Builder request(String path) {
        String auth = Base64.getEncoder().encodeToString((bruker + ":demo").getBytes(StandardCharsets.UTF_8));
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
