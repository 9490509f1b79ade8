package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The whole enrolment flow — through the API and the pages, with the errors a user can make on the way — leaves no
 * trace of the person's fødselsnummer or name in the application log, in a response header or in a problem body.
 */
@SamskapIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DeltakelseLoggIT {

    static final String PATH = "/api/v1/deltakelser";

    @Value("${local.server.port}")
    int port;

    @Test
    void neverWritesTheNumberOrNameToTheLogHeadersOrErrors(CapturedOutput output) throws Exception {
        var testdata = new DeltakelseTestdata(port);
        UUID g = testdata.apenHosDemoArrangor("Logg " + UUID.randomUUID(), "LOPENDE", 1);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        String navn = "Loggfri Personsen " + UUID.randomUUID().toString().substring(0, 8);
        var veileder = new TestApi(port, "veileder");

        var body = new LinkedHashMap<String, Object>();
        body.put("gjennomforingId", g.toString());
        body.put("fodselsnummer", fnr);
        body.put("navn", navn);
        body.put("startdato", "2026-12-07");
        HttpResponse<String> opprettet = veileder.post(PATH, body);
        assertThat(opprettet.statusCode()).as(opprettet.body()).isEqualTo(201);
        UUID id = TestApi.idFraLocation(opprettet);
        var svar = new java.util.ArrayList<HttpResponse<String>>();
        svar.add(opprettet);
        svar.add(veileder.post(PATH, body)); // already enrolled: 422
        svar.add(veileder.post(PATH, "{\"fodselsnummer\": \"" + fnr + "\", }")); // malformed JSON: 400
        svar.add(veileder.post(PATH, "{\"fodselsnummer\": " + fnr + ", \"navn\": \"" + navn + "\"}")); // a number
        svar.add(veileder.post(PATH + "/sok", Map.of("fodselsnummer", fnr)));
        svar.add(veileder.som("arrangor").post(PATH + "/sok", Map.of("fodselsnummer", fnr))); // 403
        svar.add(veileder.post(PATH + "/" + id + "/status", Map.of("til", "DELTAR", "version", 0)));
        svar.add(veileder.som("arrangor").get(PATH + "/" + id));
        svar.add(veileder.som("arrangor").post(PATH + "/" + id + "/forslag", Map.of("type", "AVSLUTT",
                "sluttdato", "2027-01-15", "aarsak", Map.of("type", "ANNET", "beskrivelse", ""))));
        svar.add(veileder.som("veileder2").get(PATH + "/" + id)); // 404

        var nettleser = SamskapKlient.innlogget(port, "veileder");
        svar.add(nettleser.postSkjema("/deltakelser/ny", Map.of("gjennomforingId", g.toString(), "fodselsnummer", fnr,
                "navn", navn, "startdato", "07.12.2026"))); // a date in the wrong format: 422 beside the field
        svar.add(nettleser.postSkjema("/deltakelser/sok", Map.of("fodselsnummer", fnr)));
        svar.add(nettleser.get("/deltakelser/" + id));

        for (HttpResponse<String> r : svar) {
            assertThat(r.statusCode()).as("no request fails on the server").isLessThan(500);
            assertThat(r.headers().map().toString()).doesNotContain(fnr).doesNotContain(navn);
            // a form re-rendered with 422 keeps what its user typed; a problem body echoes nothing
            if (r.statusCode() >= 400 && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                assertThat(r.body()).as("a problem body").doesNotContain(fnr).doesNotContain(navn);
            }
        }
        assertThat(output.getAll()).as("the capture sees the application log").contains("created");
        assertThat(output.getAll()).doesNotContain(fnr).doesNotContain(navn);
    }
}
