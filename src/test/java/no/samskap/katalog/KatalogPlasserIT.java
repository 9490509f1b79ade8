package no.samskap.katalog;

import static no.samskap.katalog.KatalogTestApi.unikt;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.organisasjon.SamskapKlient;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The catalog shows free places and the waiting list live: in the search API, the list page, the detail API and the
 * detail page, right after an enrolment, an end and a promotion from the waiting list; and a rebuild restores them
 * from the enrolments.
 */
@SamskapIntegrationTest
class KatalogPlasserIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private TestApi veileder() {
        return new TestApi(port, "veileder");
    }

    private Pameldinger pameldinger() {
        return new Pameldinger(port);
    }

    /** A LOPENDE implementation with two places, open for enrolment, named with a unique word to search for. */
    private UUID gjennomforing(String ord) {
        return pameldinger().apenGjennomforing("Plasser " + ord, 2);
    }

    private UUID meldPa(UUID gjennomforingId) {
        return pameldinger().meldPa(gjennomforingId);
    }

    private void endreStatus(UUID id, String til, Map<String, Object> aarsak) {
        pameldinger().endreStatus(id, til, aarsak);
    }

    private JsonNode treff(String ord) {
        JsonNode side = TestApi.json(veileder().get("/api/v1/katalog?q=" + ord));
        assertThat(side.get("totalt").asLong()).isEqualTo(1);
        return side.get("innhold").get(0);
    }

    private JsonNode detaljer(UUID id) {
        HttpResponse<String> r = veileder().get("/api/v1/katalog/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestApi.json(r);
    }

    /** Free places and waiting list as the search API, the detail API and both pages show them. */
    private void visesSom(String ord, UUID id, int ledige, int venteliste, String tekst) throws Exception {
        JsonNode t = treff(ord);
        assertThat(t.get("ledigePlasser").asInt()).as("search: free places").isEqualTo(ledige);
        assertThat(t.get("venteliste").asInt()).as("search: waiting list").isEqualTo(venteliste);
        JsonNode d = detaljer(id);
        assertThat(d.get("ledigePlasser").asInt()).as("detail: free places").isEqualTo(ledige);
        assertThat(d.get("venteliste").asInt()).as("detail: waiting list").isEqualTo(venteliste);

        var klient = SamskapKlient.innlogget(port, "veileder");
        var liste = Jsoup.parse(klient.get("/katalog?q=" + ord).body());
        assertThat(liste.select(".katalog-kort .katalog-plasser").text()).isEqualTo(tekst);
        var detalj = Jsoup.parse(klient.get("/katalog/" + id).body());
        assertThat(detalj.select("#plasser").text()).isEqualTo(tekst);
        assertThat(detalj.select("p .katalog-plasser").text()).isEqualTo(tekst);
    }

    @Test
    void showsFreePlacesAndTheWaitingListRightAfterEachEnrolmentEndAndPromotion() throws Exception {
        String ord = unikt();
        UUID g = gjennomforing(ord);
        visesSom(ord, g, 2, 0, "2 ledige plasser");

        UUID forste = meldPa(g);
        visesSom(ord, g, 1, 0, "1 ledig plass");

        UUID andre = meldPa(g);
        visesSom(ord, g, 0, 0, "Fullt – ingen på venteliste");

        UUID venter = meldPa(g);
        meldPa(g);
        visesSom(ord, g, 0, 2, "Fullt – 2 på venteliste");

        endreStatus(forste, "DELTAR", null);
        endreStatus(forste, "HAR_SLUTTET", Map.of("type", "FATT_JOBB"));
        assertThat(pameldinger().status(venter)).isEqualTo("VENTER_PA_OPPSTART");
        visesSom(ord, g, 0, 1, "Fullt – 1 på venteliste");

        endreStatus(andre, "IKKE_AKTUELL", Map.of("type", "ANNET", "beskrivelse", "Flyttet"));
        visesSom(ord, g, 0, 0, "Fullt – ingen på venteliste");
    }

    @Test
    void theOpenForEnrolmentFilterStillMeansOpenNotFree() {
        String ord = unikt();
        UUID g = gjennomforing(ord);
        meldPa(g);
        meldPa(g);

        JsonNode side = TestApi.json(veileder().get("/api/v1/katalog?apentForPamelding=true&q=" + ord));

        assertThat(side.get("totalt").asLong()).as("a full implementation open for enrolment is still found").isEqualTo(1);
        assertThat(side.get("innhold").get(0).get("ledigePlasser").asInt()).isZero();
    }

    @Test
    void aRebuildReadsThePlacesFromTheEnrolments() throws Exception {
        String ord = unikt();
        UUID g = gjennomforing(ord);
        meldPa(g);
        meldPa(g);
        meldPa(g);
        // The read model drifts (as after data written to the source tables directly): the rebuild must correct it.
        jdbc.sql("update katalog.oppforing set plasser_opptatt = 0, venteliste = 0 where gjennomforing_id = :g")
                .param("g", g).update();
        assertThat(treff(ord).get("ledigePlasser").asInt()).isEqualTo(2);

        HttpResponse<String> r = new TestApi(port, "admin").post("/api/v1/katalog/gjenoppbygging", Map.of());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        visesSom(ord, g, 0, 1, "Fullt – 1 på venteliste");
    }
}
