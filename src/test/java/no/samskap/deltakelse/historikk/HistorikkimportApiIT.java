package no.samskap.deltakelse.historikk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.OrgnrFixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The import API (administrators start an import with a file and follow it) and the counsellor's lookup of a person's
 * imported history, over real HTTP.
 */
@SamskapIntegrationTest
class HistorikkimportApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PATH = "/api/v1/historikkimporter";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private String orgnr;

    @BeforeEach
    void arrangor() {
        orgnr = OrgnrFixtures.random();
        new TestApi(port, "admin").opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", orgnr, "navn", "Historikk Arbeid AS"));
    }

    private HttpResponse<String> send(String bruker, HttpRequest.Builder request) {
        String auth = Base64.getEncoder().encodeToString((bruker + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(request.header("Authorization", "Basic " + auth).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> lastOpp(String bruker, Path fil) {
        try {
            return send(bruker, HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH + "?filnavn=arena.csv"))
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(fil)));
        } catch (java.io.FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> lastOppMultipart(String bruker, Path fil) throws IOException {
        String grense = "----samskap" + UUID.randomUUID();
        byte[] start = ("--" + grense + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"arena.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] slutt = ("\r\n--" + grense + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] innhold = Files.readAllBytes(fil);
        byte[] body = new byte[start.length + innhold.length + slutt.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(innhold, 0, body, start.length, innhold.length);
        System.arraycopy(slutt, 0, body, start.length + innhold.length, slutt.length);
        return send(bruker, HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH))
                .header("Content-Type", "multipart/form-data; boundary=" + grense)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Polls the import until it is done (the API runs it in the background). */
    private JsonNode ferdig(String location) {
        var admin = new TestApi(port, "admin");
        Instant frist = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(frist)) {
            JsonNode run = TestApi.json(admin.get(location));
            if ("FULLFORT".equals(run.get("status").asString())) {
                return run;
            }
            try {
                Thread.sleep(50); // the poll interval, not a wait for something to happen
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import not done in 60 s: " + location);
    }

    @Test
    void startsAnImportFollowsItToTheEndAndListsTheInvalidLines() {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgnr, "2019-01-07", "2019-06-30", "FULLF");
        int ugyldig = fil.linje(Arenafil.medFeilKontrollsiffer(per), "INDOPPFAG", orgnr, "2019-01-07", "", "GJENN");

        HttpResponse<String> startet = lastOpp("admin", fil.skriv());

        assertThat(startet.statusCode()).as(startet.body()).isEqualTo(202);
        String location = startet.headers().firstValue("Location").orElseThrow();
        JsonNode run = ferdig(location);
        assertThat(run.get("filnavn").asString()).isEqualTo("arena.csv");
        assertThat(run.get("antallNye").asLong()).isEqualTo(1);
        assertThat(run.get("antallUgyldige").asLong()).isEqualTo(1);
        assertThat(run.get("prosent").asInt()).isEqualTo(100);
        assertThat(run.get("startetAv").asString()).isEqualTo("admin");
        JsonNode ugyldige = TestApi.json(new TestApi(port, "admin").get(location + "/ugyldige"));
        assertThat(ugyldige.get("totalt").asLong()).isEqualTo(1);
        assertThat(ugyldige.get("innhold").get(0).get("linje").asLong()).isEqualTo(ugyldig);
        assertThat(ugyldige.get("innhold").get(0).get("arsaker").get(0).asString()).isEqualTo("FODSELSNUMMER_UGYLDIG");
        assertThat(ugyldige.toString()).doesNotContain(per.substring(0, 10));
    }

    @Test
    void takesTheFileAsAMultipartUploadToo() throws IOException {
        var fil = new Arenafil();
        fil.linje(Arenafil.fnr(), "JOBBK", orgnr, "2021-02-01", "", "GJENN");

        HttpResponse<String> startet = lastOppMultipart("admin", fil.skriv());

        assertThat(startet.statusCode()).as(startet.body()).isEqualTo(202);
        assertThat(ferdig(startet.headers().firstValue("Location").orElseThrow()).get("antallNye").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAFileWithoutTheHeaderWith422AndStoresNothing() throws IOException {
        Path fil = Files.createTempFile("arena-", ".csv");
        Files.writeString(fil, "fnr;kode;orgnr\n");
        long for_ = jdbc.sql("select count(*) from deltakelse.historikkimport").query(Long.class).single();

        HttpResponse<String> svar = lastOpp("admin", fil);

        assertThat(svar.statusCode()).isEqualTo(422);
        assertThat(TestApi.json(svar).get("code").asString()).isEqualTo("historikkimport.fil.overskrift-ugyldig");
        assertThat(jdbc.sql("select count(*) from deltakelse.historikkimport").query(Long.class).single()).isEqualTo(for_);
    }

    @Test
    void onlyAdministratorsImport() {
        Path fil = new Arenafil().skriv();

        assertThat(lastOpp("veileder", fil).statusCode()).isEqualTo(403);
        assertThat(lastOpp("arrangor", fil).statusCode()).isEqualTo(403);
        assertThat(new TestApi(port, "veileder").get(PATH).statusCode()).isEqualTo(403);
    }

    @Test
    void showsACounsellorThePersonsImportedHistoryAndAuditsTheLookup() {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgnr, "2019-01-07", "2019-06-30", "FULLF");
        fil.linje(per, "AVKLARAG", orgnr, "", "", "VENTELISTE");
        ferdig(lastOpp("admin", fil.skriv()).headers().firstValue("Location").orElseThrow());
        long auditFor = lesninger(per);

        HttpResponse<String> svar = new TestApi(port, "veileder2").post("/api/v1/deltakelser/historikk/sok", Map.of("fodselsnummer", per));

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        JsonNode liste = TestApi.json(svar);
        assertThat(liste).hasSize(2);
        assertThat(liste.get(0).get("tiltakskode").asString()).isEqualTo("OPPFOLGING");
        assertThat(liste.get(0).get("tiltakstypeNavn").asString()).isEqualTo("Oppfølging");
        assertThat(liste.get(0).get("arrangorNavn").asString()).isEqualTo("Historikk Arbeid AS");
        assertThat(liste.get(0).get("status").asString()).isEqualTo("FULLFORT");
        assertThat(liste.get(0).get("arenaStatus").asString()).isEqualTo("FULLF");
        assertThat(liste.get(1).get("status").asString()).isEqualTo("VENTELISTE");
        assertThat(lesninger(per)).isEqualTo(auditFor + 1);
    }

    @Test
    void theCounsellorsPersonLookupPageShowsTheImportedHistory() throws Exception {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgnr, "2019-01-07", "2019-06-30", "FULLF");
        ferdig(lastOpp("admin", fil.skriv()).headers().firstValue("Location").orElseThrow());

        var side = SamskapKlient.innlogget(port, "veileder2").postSkjema("/deltakelser/sok", Map.of("fodselsnummer", per));

        assertThat(side.statusCode()).isEqualTo(200);
        var historikk = Jsoup.parse(side.body()).selectFirst("section[aria-labelledby=historikk-tittel]");
        assertThat(historikk).isNotNull();
        assertThat(historikk.text()).contains("Oppfølging", "Historikk Arbeid AS", "Fullført", "07.01.2019", "30.06.2019")
                .doesNotContain(per);
    }

    @Test
    void keepsTheHistoryFromOtherRolesAndNeverEchoesABadNumber() {
        String per = Arenafil.fnr();

        assertThat(new TestApi(port, "arrangor").post("/api/v1/deltakelser/historikk/sok", Map.of("fodselsnummer", per))
                .statusCode()).isEqualTo(403);
        assertThat(new TestApi(port, "admin").post("/api/v1/deltakelser/historikk/sok", Map.of("fodselsnummer", per))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> ugyldig = new TestApi(port, "veileder")
                .post("/api/v1/deltakelser/historikk/sok", Map.of("fodselsnummer", Arenafil.medFeilKontrollsiffer(per)));
        assertThat(ugyldig.statusCode()).isEqualTo(400);
        assertThat(ugyldig.body()).contains("fodselsnummer.ugyldig").doesNotContain(per.substring(0, 10));
    }

    private long lesninger(String fnr) {
        return jdbc.sql("""
                        select count(*) from audit.audit_entry
                        where person_ref = :p and handling = 'LES' and ressurs_type = 'historisk_deltakelse'""")
                .param("p", fnr).query(Long.class).single();
    }
}
