package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Implementations and enrolments for page and browser tests, made through the JSON API as the people who would make
 * them: the admin creates and opens implementations, the counsellor {@code veileder} (Nav Grünerløkka) enrols, the
 * provider user {@code arrangor} proposes.
 */
public final class DeltakelseTestdata {

    public static final String PATH = "/api/v1/deltakelser";
    /** The demo participant's synthetic fødselsnummer (demo user {@code deltaker}). */
    public static final String DELTAKER_FNR = "15457612319";

    private final int port;
    private final KatalogTestdata katalog;

    public DeltakelseTestdata(int port) {
        this.port = port;
        this.katalog = new KatalogTestdata(port);
    }

    /** A published implementation open for enrolment at the demo provider user's organisation, for Nav Grünerløkka. */
    public UUID apenHosDemoArrangor(String navn, String oppstartstype, int plasser) {
        UUID[] demo = katalog.demoArrangor();
        return katalog.apenGjennomforing(navn, demo[0], demo[1], oppstartstype, plasser);
    }

    /** A published LOPENDE implementation open for enrolment at a new provider the demo provider user is not. */
    public UUID apenHosAnnenArrangor(String navn) {
        UUID id = katalog.publisertGjennomforing(navn);
        katalog.handling(id, "apne-for-pamelding", Map.of());
        return id;
    }

    /** Enrols a person as the demo counsellor, starting 1 December 2026. */
    public UUID meldPa(UUID gjennomforingId, String fodselsnummer, String navn) {
        var body = new LinkedHashMap<String, Object>();
        body.put("gjennomforingId", gjennomforingId.toString());
        body.put("fodselsnummer", fodselsnummer);
        body.put("navn", navn);
        body.put("startdato", "2026-12-01");
        body.put("innhold", "Arbeidstrening");
        return api("veileder").opprett(PATH, body);
    }

    /** Moves an enrolment to another status as the demo counsellor (with its current version). */
    public void endreStatus(UUID id, String til, @Nullable String aarsak) {
        var body = new LinkedHashMap<String, Object>();
        body.put("til", til);
        if (aarsak != null) {
            body.put("aarsak", Map.of("type", aarsak));
        }
        body.put("version", hent("veileder", id).get("version").asLong());
        HttpResponse<String> r = api("veileder").post(PATH + "/" + id + "/status", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** A proposal by the demo provider user; returns the proposal's id. */
    public UUID foreslaa(UUID id, Map<String, Object> forslag) {
        HttpResponse<String> r = api("arrangor").post(PATH + "/" + id + "/forslag", forslag);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        for (JsonNode f : TestApi.json(r).get("forslag")) {
            if ("VENTER".equals(f.get("status").asString()) && forslag.get("type").equals(f.get("type").asString())) {
                return UUID.fromString(f.get("id").asString());
            }
        }
        throw new AssertionError("no open proposal after proposing");
    }

    public JsonNode hent(String bruker, UUID id) {
        HttpResponse<String> r = api(bruker).get(PATH + "/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestApi.json(r);
    }

    private TestApi api(String bruker) {
        return new TestApi(port, bruker);
    }
}
