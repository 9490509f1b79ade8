package no.samskap.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.TestApi;
import no.samskap.shared.FodselsnummerFixtures;
import org.jspecify.annotations.Nullable;

/**
 * Enrolments for catalog and event tests, made as the demo counsellor through {@code /api/v1/deltakelser} (as a person
 * would), in implementations open for enrolment at the demo provider.
 */
public final class Pameldinger {

    private static final String DELTAKELSER = "/api/v1/deltakelser";

    private final int port;
    private final TestApi veileder;

    public Pameldinger(int port) {
        this.port = port;
        this.veileder = new TestApi(port, "veileder");
    }

    /** A published LOPENDE implementation at the demo provider, open for enrolment. */
    public UUID apenGjennomforing(String navn, int plasser) {
        var testdata = new KatalogTestdata(port);
        UUID[] demo = testdata.demoArrangor();
        return testdata.apenGjennomforing(navn, demo[0], demo[1], "LOPENDE", plasser);
    }

    /** Enrols a new person (synthetic fødselsnummer) with the given name. */
    public UUID meldPa(UUID gjennomforingId, String fodselsnummer, String navn) {
        var body = new LinkedHashMap<String, Object>();
        body.put("gjennomforingId", gjennomforingId.toString());
        body.put("fodselsnummer", fodselsnummer);
        body.put("navn", navn);
        body.put("startdato", "2026-12-01");
        return veileder.opprett(DELTAKELSER, body);
    }

    public UUID meldPa(UUID gjennomforingId) {
        return meldPa(gjennomforingId, FodselsnummerFixtures.randomSyntetisk(), "Plass Testesen");
    }

    /** Moves an enrolment to another status with its current version; fails the test unless it is accepted. */
    public void endreStatus(UUID id, String til, @Nullable Map<String, Object> aarsak) {
        var body = new LinkedHashMap<String, Object>();
        body.put("til", til);
        if (aarsak != null) {
            body.put("aarsak", aarsak);
        }
        body.put("version", TestApi.json(veileder.get(DELTAKELSER + "/" + id)).get("version").asLong());
        HttpResponse<String> r = veileder.post(DELTAKELSER + "/" + id + "/status", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** Enrols a person who then takes part and leaves with the given reason (HAR_SLUTTET). */
    public UUID deltarOgSlutter(UUID gjennomforingId, String aarsak) {
        UUID id = meldPa(gjennomforingId);
        endreStatus(id, "DELTAR", null);
        endreStatus(id, "HAR_SLUTTET", Map.of("type", aarsak));
        return id;
    }

    public String status(UUID id) {
        return TestApi.json(veileder.get(DELTAKELSER + "/" + id)).get("status").asString();
    }
}
