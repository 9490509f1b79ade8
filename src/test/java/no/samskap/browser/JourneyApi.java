package no.samskap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.TestApi;
import tools.jackson.databind.JsonNode;

/**
 * Set-up data for journeys through the JSON API with HTTP Basic as a demo user, where the journey itself is about
 * another role's view (the admin's own journey goes through the pages only).
 */
final class JourneyApi {

    private final TestApi api;

    JourneyApi(int port, String bruker) {
        this.api = new TestApi(port, bruker);
    }

    /** Creates and returns the id from the Location header; fails on anything but 201. */
    UUID opprett(String path, Map<String, ?> body) {
        return api.opprett(path, body);
    }

    /** The provider with this orgnr: registered if missing (409 = someone registered it already), then looked up. */
    UUID finnEllerRegistrerArrangor(Map<String, ?> body) {
        String orgnr = (String) body.get("organisasjonsnummer");
        HttpResponse<String> response = api.post("/api/v1/arrangorer", body);
        if (response.statusCode() == 201) {
            return TestApi.idFraLocation(response);
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
        HttpResponse<String> response = api.post(resource + "/" + handling, Map.of("version", version));
        assertThat(response.statusCode()).as(resource + "/" + handling + " " + response.body()).isBetween(200, 299);
    }

    JsonNode get(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return TestApi.json(response);
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
