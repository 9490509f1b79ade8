package no.samskap.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.deltakelse.DeltakelseEnded;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.platform.HendelseGjenutsending;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's results of ended enrolments ("N har avsluttet, M har fullført, K fikk jobb"): an asynchronous listener
 * of {@code DeltakelseEnded} through the event publication log. It counts only participants who took part; when it
 * fails, the resubmission job delivers the event again and the effect is applied once; the same event delivered twice
 * changes nothing.
 *
 * <p>The listener is made to fail in its real code path, without a mock: a trigger (test schema only) makes the insert
 * into {@code katalog.resultat} fail for implementations the test lists in {@code samskap_test.resultat_feiler}.
 */
@SamskapIntegrationTest
class DeltakerresultaterIT {

    private static final Duration VENT = Duration.ofSeconds(30);

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HendelseGjenutsending gjenutsending;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaksjon;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void feilITest(@Autowired JdbcClient jdbc) {
        jdbc.sql("create schema if not exists samskap_test").update();
        jdbc.sql("create table if not exists samskap_test.resultat_feiler (gjennomforing_id uuid primary key)").update();
        jdbc.sql("""
                create or replace function samskap_test.resultat_feiler() returns trigger language plpgsql as $$
                begin
                  if exists (select 1 from samskap_test.resultat_feiler where gjennomforing_id = new.gjennomforing_id) then
                    raise exception 'results listener made to fail by the test';
                  end if;
                  return new;
                end $$""").update();
        jdbc.sql("""
                create or replace trigger resultat_feiler_i_test before insert on katalog.resultat
                for each row execute function samskap_test.resultat_feiler()""").update();
    }

    private TestApi veileder() {
        return new TestApi(port, "veileder");
    }

    private Pameldinger pameldinger() {
        return new Pameldinger(port);
    }

    private UUID gjennomforing() {
        return pameldinger().apenGjennomforing("Resultater " + UUID.randomUUID(), 10);
    }

    private UUID deltarOgSlutter(UUID g, String aarsak) {
        return pameldinger().deltarOgSlutter(g, aarsak);
    }

    private JsonNode resultater(UUID g) {
        return TestApi.json(veileder().get("/api/v1/katalog/" + g)).get("resultater");
    }

    /** The counts as stored (what counsellors see is withheld below five; see {@link #visesForVeileder}). */
    private void harResultater(UUID g, int avsluttet, int fullfort, int fattJobb) {
        List<Integer> lagret = jdbc.sql("select avsluttet, fullfort, fatt_jobb from katalog.resultat where gjennomforing_id = :g")
                .param("g", g)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional().orElse(List.of(0, 0, 0));
        assertThat(lagret).isEqualTo(List.of(avsluttet, fullfort, fattJobb));
    }

    private void visesForVeileder(UUID g, int avsluttet, @Nullable Integer fullfort, @Nullable Integer fattJobb) {
        JsonNode r = resultater(g);
        assertThat(r.get("avsluttet").asInt()).isEqualTo(avsluttet);
        assertThat(r.has("fullfort") ? r.get("fullfort").asInt() : null).isEqualTo(fullfort);
        assertThat(r.has("fattJobb") ? r.get("fattJobb").asInt() : null).isEqualTo(fattJobb);
    }

    /** The listener's publications of the events about one enrolment, as (status, completed) rows. */
    private List<String> publiseringer(String tabell, UUID deltakelseId) {
        return jdbc.sql("select coalesce(status, '') || '/' || (completion_date is not null) from " + tabell
                        + " where listener_id like '%DeltakelseEventListener%' and serialized_event like :id")
                .param("id", "%" + deltakelseId + "%")
                .query(String.class)
                .list();
    }

    @Test
    void countsTheParticipantsWhoTookPartAndShowsThemOnTheDetailPage() throws Exception {
        UUID g = gjennomforing();
        var klient = SamskapKlient.innlogget(port, "veileder");
        assertThat(Jsoup.parse(klient.get("/katalog/" + g).body()).select("#resultater").text())
                .isEqualTo("Ingen deltakere har avsluttet ennå");

        deltarOgSlutter(g, "FATT_JOBB");
        deltarOgSlutter(g, "FERDIG");
        deltarOgSlutter(g, "SYK");
        UUID aldriStartet = pameldinger().meldPa(g);
        pameldinger().endreStatus(aldriStartet, "IKKE_AKTUELL", Map.of("type", "FATT_JOBB"));

        await().atMost(VENT).untilAsserted(() -> harResultater(g, 3, 1, 1));
        await().atMost(VENT).until(() -> publiseringer("event_publication_archive", aldriStartet).size() == 1);
        harResultater(g, 3, 1, 1);
        // fewer than five: what became of them is withheld from the API and the page
        visesForVeileder(g, 3, null, null);
        assertThat(Jsoup.parse(klient.get("/katalog/" + g).body()).select("#resultater").text())
                .isEqualTo("3 har avsluttet. Hvordan det gikk, vises når minst 5 har avsluttet.");

        deltarOgSlutter(g, "FATT_JOBB");
        deltarOgSlutter(g, "FERDIG");
        await().atMost(VENT).untilAsserted(() -> harResultater(g, 5, 2, 2));
        visesForVeileder(g, 5, 2, 2);
        assertThat(Jsoup.parse(klient.get("/katalog/" + g).body()).select("#resultater").text())
                .isEqualTo("5 har avsluttet: 2 har fullført, 2 fikk jobb");
    }

    @Test
    void aFailedDeliveryIsResubmittedAndAppliedOnceAndTheSameEventTwiceChangesNothing() {
        UUID g = gjennomforing();
        jdbc.sql("insert into samskap_test.resultat_feiler (gjennomforing_id) values (:g)").param("g", g).update();

        UUID d = deltarOgSlutter(g, "FATT_JOBB");

        await().atMost(VENT).untilAsserted(() -> assertThat(publiseringer("event_publication", d))
                .as("the failed delivery stays in the log, not completed").containsExactly("FAILED/false"));
        harResultater(g, 0, 0, 0);

        jdbc.sql("delete from samskap_test.resultat_feiler where gjennomforing_id = :g").param("g", g).update();
        // Another cached test context may be running the job this very moment: then it is this one's turn next.
        await().atMost(VENT).until(gjenutsending::gjenutsend);

        await().atMost(VENT).untilAsserted(() -> assertThat(publiseringer("event_publication_archive", d))
                .as("resubmitted and completed").hasSize(1));
        assertThat(publiseringer("event_publication", d)).isEmpty();
        harResultater(g, 1, 0, 1);

        // The same event once more (as after a crash between the listener's commit and its completion).
        String lagret = jdbc.sql("select serialized_event from event_publication_archive "
                        + "where listener_id like '%DeltakelseEventListener%' and serialized_event like :id")
                .param("id", "%" + d + "%").query(String.class).single();
        DeltakelseEnded samme = json.readValue(lagret, DeltakelseEnded.class);
        transaksjon.executeWithoutResult(s -> publisher.publishEvent(samme));

        await().atMost(VENT).untilAsserted(() -> assertThat(publiseringer("event_publication_archive", d))
                .as("delivered and completed a second time").hasSize(2));
        harResultater(g, 1, 0, 1);
        assertThat(jdbc.sql("select count(*) from katalog.behandlet_hendelse where hendelse_id = :id")
                .param("id", samme.hendelseId()).query(Integer.class).single()).isEqualTo(1);
    }
}
