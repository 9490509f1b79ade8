package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The counsellor's enrolment API over real HTTP: places, waiting list, status rules, audit and access. */
@SamskapIntegrationTest
class DeltakelseApiIT {

    private static final int PLASSER = 10;
    private static final String PATH = "/api/v1/deltakelser";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaksjon;

    private TestApi veileder() {
        return new TestApi(port, "veileder");
    }

    /** A published LOPENDE implementation with 10 places, open for enrolment. */
    private UUID apenGjennomforing() {
        var testdata = new KatalogTestdata(port);
        UUID id = testdata.publisertGjennomforing("Deltakelsetest " + UUID.randomUUID());
        var admin = new TestApi(port, "admin");
        if (!TestApi.json(admin.get("/api/v1/gjennomforinger/" + id)).get("apentForPamelding").asBoolean()) {
            testdata.handling(id, "apne-for-pamelding", Map.of());
        }
        return id;
    }

    private static Map<String, Object> pamelding(UUID gjennomforingId, String fnr) {
        var body = new LinkedHashMap<String, Object>();
        body.put("gjennomforingId", gjennomforingId.toString());
        body.put("fodselsnummer", fnr);
        body.put("navn", "Test Testesen");
        body.put("startdato", "2026-12-01");
        body.put("innhold", "Oppfølging");
        return body;
    }

    private UUID meldPa(UUID gjennomforingId) {
        return veileder().opprett(PATH, pamelding(gjennomforingId, FodselsnummerFixtures.randomSyntetisk()));
    }

    private String status(UUID id) {
        return TestApi.json(veileder().get(PATH + "/" + id)).get("status").asString();
    }

    private HttpResponse<String> endre(UUID id, String til, Map<String, Object> aarsak) {
        long version = TestApi.json(veileder().get(PATH + "/" + id)).get("version").asLong();
        var body = new LinkedHashMap<String, Object>();
        body.put("til", til);
        if (aarsak != null) {
            body.put("aarsak", aarsak);
        }
        body.put("version", version);
        return veileder().post(PATH + "/" + id + "/status", body);
    }

    @Test
    void givesPlacesUntilFullThenPutsOnWaitingList() {
        UUID g = apenGjennomforing();
        for (int i = 0; i < PLASSER; i++) {
            assertThat(status(meldPa(g))).isEqualTo("VENTER_PA_OPPSTART");
        }
        assertThat(status(meldPa(g))).isEqualTo("VENTELISTE");
    }

    @Test
    void endingAParticipantPromotesTheFirstOnTheWaitingList() {
        UUID g = apenGjennomforing();
        List<UUID> medPlass = new ArrayList<>();
        for (int i = 0; i < PLASSER; i++) {
            medPlass.add(meldPa(g));
        }
        UUID forst = meldPa(g);
        UUID nest = meldPa(g);
        UUID slutter = medPlass.getFirst();
        assertThat(endre(slutter, "DELTAR", null).statusCode()).isEqualTo(200);

        HttpResponse<String> response = endre(slutter, "HAR_SLUTTET", Map.of("type", "FATT_JOBB"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(status(slutter)).isEqualTo("HAR_SLUTTET");
        assertThat(status(forst)).isEqualTo("VENTER_PA_OPPSTART");
        assertThat(status(nest)).isEqualTo("VENTELISTE");
        assertThat(jdbc.sql("select utfort_av from deltakelse.deltakelse_status_historikk where deltakelse_id = :id and til = 'VENTER_PA_OPPSTART'")
                        .param("id", forst).query(String.class).single())
                .isEqualTo("system");
        assertThat(jdbc.sql("select aarsak from deltakelse.deltakelse_status_historikk where deltakelse_id = :id and til = 'HAR_SLUTTET'")
                        .param("id", slutter).query(String.class).single())
                .isEqualTo("FATT_JOBB");
    }

    @Test
    void refusesAPlaceFromTheWaitingListWhenNoneIsFree() {
        UUID g = apenGjennomforing();
        for (int i = 0; i < PLASSER; i++) {
            meldPa(g);
        }
        UUID venter = meldPa(g);

        HttpResponse<String> response = endre(venter, "VENTER_PA_OPPSTART", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("deltakelse.plass.ingen-ledig");
        assertThat(status(venter)).isEqualTo("VENTELISTE");
    }

    @Test
    void rejectsADisallowedTransition() {
        UUID id = meldPa(apenGjennomforing());

        HttpResponse<String> response = endre(id, "HAR_SLUTTET", Map.of("type", "FATT_JOBB"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("deltakelse.status.overgang-ikke-tillatt");
        assertThat(status(id)).isEqualTo("VENTER_PA_OPPSTART");
    }

    @Test
    void rejectsEndingWithoutReason() {
        UUID id = meldPa(apenGjennomforing());
        endre(id, "DELTAR", null);

        HttpResponse<String> response = endre(id, "HAR_SLUTTET", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains("deltakelse.aarsak.paakrevd");
        assertThat(status(id)).isEqualTo("DELTAR");
    }

    @Test
    void rejectsStaleVersion() {
        UUID id = meldPa(apenGjennomforing());

        HttpResponse<String> response = veileder().post(PATH + "/" + id + "/status", Map.of("til", "DELTAR", "version", 5));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
    }

    @Test
    void rejectsBadInputWithAllFieldErrorsAndWithoutEchoingTheNumber() {
        UUID g = apenGjennomforing();
        String ugyldig = "12345678901";
        var body = pamelding(g, ugyldig);
        body.put("navn", " ");
        body.remove("startdato");

        HttpResponse<String> response = veileder().post(PATH, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("fodselsnummer.ugyldig", "deltakelse.navn.paakrevd").doesNotContain(ugyldig);
    }

    @Test
    void rejectsEnrolmentInAnImplementationNotOpenForEnrolment() {
        UUID g = new KatalogTestdata(port).gjennomforing("Ikke publisert " + UUID.randomUUID());

        HttpResponse<String> response = veileder().post(PATH, pamelding(g, FodselsnummerFixtures.randomSyntetisk()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    }

    @Test
    void enrolsAPersonOnlyOnceInAnImplementationUntilTheEnrolmentHasEnded() {
        UUID g = apenGjennomforing();
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID forste = veileder().opprett(PATH, pamelding(g, fnr));

        HttpResponse<String> igjen = veileder().post(PATH, pamelding(g, fnr));
        HttpResponse<String> fraAnnetKontor = new TestApi(port, "veileder2").post(PATH, pamelding(g, fnr));

        assertThat(igjen.statusCode()).as(igjen.body()).isEqualTo(422);
        assertThat(igjen.body()).contains("deltakelse.allerede-pameldt").doesNotContain(fnr);
        assertThat(fraAnnetKontor.statusCode()).as(fraAnnetKontor.body()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from deltakelse.deltakelse where gjennomforing_id = :g")
                .param("g", g).query(Integer.class).single()).isEqualTo(1);

        endre(forste, "IKKE_AKTUELL", Map.of("type", "ANNET", "beskrivelse", "Flyttet"));
        assertThat(veileder().post(PATH, pamelding(g, fnr)).statusCode()).isEqualTo(201);
    }

    @Test
    void neverGivesMorePlacesThanThereAreUnderConcurrentEnrolment() throws Exception {
        // several rounds: one round alone can pass by luck when the requests happen not to overlap
        for (int runde = 0; runde < 4; runde++) {
            kappeLopOmSistePlass();
        }
    }

    /** 9 of 10 places taken, then 8 enrolments at once: exactly one gets the last place. */
    private void kappeLopOmSistePlass() throws Exception {
        UUID g = apenGjennomforing();
        for (int i = 0; i < PLASSER - 1; i++) {
            meldPa(g);
        }
        int samtidige = 8;
        var klare = new CountDownLatch(samtidige);
        var start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> svar = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(samtidige)) {
            for (int i = 0; i < samtidige; i++) {
                var body = pamelding(g, FodselsnummerFixtures.randomSyntetisk());
                svar.add(pool.submit(() -> {
                    klare.countDown();
                    start.await();
                    return veileder().post(PATH, body);
                }));
            }
            klare.await();
            start.countDown();
            List<String> statuser = new ArrayList<>();
            for (var f : svar) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                statuser.add(TestApi.json(r).get("status").asString());
            }
            assertThat(statuser).filteredOn("VENTER_PA_OPPSTART"::equals).hasSize(1);
            assertThat(statuser).filteredOn("VENTELISTE"::equals).hasSize(samtidige - 1);
        }
        assertThat(jdbc.sql("select count(*) from deltakelse.deltakelse where gjennomforing_id = :g and status in ('VENTER_PA_OPPSTART', 'DELTAR')")
                        .param("g", g).query(Integer.class).single())
                .isEqualTo(PLASSER);
    }

    @Test
    void waitsForThePlaceLockOfTheImplementationBeforeGivingAPlace() throws Exception {
        UUID g = apenGjennomforing();
        var body = pamelding(g, FodselsnummerFixtures.randomSyntetisk());
        // the test holds the implementation's place lock: the enrolment must wait until it is released
        CompletableFuture<HttpResponse<String>> laast = transaksjon.execute(tx -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(:id))").param("id", g.toString()).query((rs, n) -> 1).list();
            var svar = CompletableFuture.supplyAsync(() -> veileder().post(PATH, body));
            assertThatThrownBy(() -> svar.get(1500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            return svar;
        });
        assertThat(laast.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    }

    @Test
    void auditsCreateAndReadWithTheNumberAsPersonRef() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = veileder().opprett(PATH, pamelding(apenGjennomforing(), fnr));
        veileder().get(PATH + "/" + id);

        List<Map<String, Object>> rader = jdbc.sql("select handling, person_ref, utfort_av from audit.audit_entry where ressurs_type = 'deltakelse' and ressurs_id = :id")
                .param("id", id.toString()).query().listOfRows();

        assertThat(rader).extracting(r -> r.get("handling")).contains("OPPRETT", "LES");
        assertThat(rader).allSatisfy(r -> {
            assertThat(r.get("person_ref")).isEqualTo(fnr);
            assertThat(r.get("utfort_av")).isEqualTo("veileder");
        });
    }

    @Test
    void deniesOtherRoles() {
        UUID g = apenGjennomforing();
        UUID id = meldPa(g);
        for (String bruker : List.of("arrangor", "deltaker", "investor")) {
            var api = new TestApi(port, bruker);
            // provider and participant have a relation to enrolments, just not to this one: not found
            assertThat(api.get(PATH + "/" + id).statusCode()).as(bruker).isIn(403, 404);
            assertThat(api.post(PATH, pamelding(g, FodselsnummerFixtures.randomSyntetisk())).statusCode()).as(bruker).isEqualTo(403);
            assertThat(api.post(PATH + "/" + id + "/status", Map.of("til", "DELTAR", "version", 0)).statusCode()).as(bruker).isEqualTo(403);
        }
    }
}
