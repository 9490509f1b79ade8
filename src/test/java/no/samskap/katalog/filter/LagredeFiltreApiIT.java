package no.samskap.katalog.filter;

import static no.samskap.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Saved catalog filters over real HTTP: the owner's use cases and every rule (owner only, one default, names, query). */
@SamskapIntegrationTest
class LagredeFiltreApiIT {

    private static final String API = "/api/v1/katalog/lagrede-filtre";

    @Value("${local.server.port}")
    int port;

    @Autowired
    LagredeFiltre lagredeFiltre;

    @Autowired
    JdbcClient jdbc;

    TestApi veileder;

    @BeforeEach
    void api() {
        veileder = new TestApi(port, "veileder");
    }

    @Test
    void savesListsRenamesAndDeletesTheOwnersFilter() {
        String navn = unikt("Unge i Oslo");
        HttpResponse<String> opprettet = veileder.post(API, Map.of("navn", navn, "sporring", "navEnhet=0315&innsatsgruppe=STANDARD_INNSATS"));

        assertThat(opprettet.statusCode()).as(opprettet.body()).isEqualTo(201);
        UUID id = TestApi.idFraLocation(opprettet);
        assertThat(opprettet.headers().firstValue("Location")).hasValue(API + "/" + id);
        JsonNode filter = json(opprettet);
        assertThat(filter.get("navn").asString()).isEqualTo(navn);
        assertThat(filter.get("sporring").asString()).isEqualTo("navEnhet=0315&innsatsgruppe=STANDARD_INNSATS");
        assertThat(filter.get("standard").asBoolean()).isFalse();
        assertThat(navnIListen(veileder)).contains(navn);

        String nyttNavn = unikt("Unge i Grünerløkka");
        HttpResponse<String> endret = veileder.put(API + "/" + id, Map.of("navn", nyttNavn, "version", 0));
        assertThat(endret.statusCode()).as(endret.body()).isEqualTo(200);
        assertThat(json(endret).get("version").asLong()).isEqualTo(1);
        assertThat(navnIListen(veileder)).contains(nyttNavn).doesNotContain(navn);

        assertThat(veileder.delete(API + "/" + id).statusCode()).isEqualTo(204);
        assertThat(veileder.get(API + "/" + id).statusCode()).isEqualTo(404);
        assertThat(navnIListen(veileder)).doesNotContain(nyttNavn);
    }

    @Test
    void anotherCounsellorCanNeitherSeeNorChangeTheFilter() {
        String navn = unikt("Privat");
        UUID id = veileder.opprett(API, Map.of("navn", navn, "sporring", "q=jobb"));
        TestApi annen = veileder.som("veileder2");

        assertThat(navnIListen(annen)).doesNotContain(navn);
        assertThat(annen.get(API + "/" + id).statusCode()).isEqualTo(404);
        assertThat(annen.put(API + "/" + id, Map.of("navn", "Kapret", "version", 0)).statusCode()).isEqualTo(404);
        assertThat(annen.put(API + "/" + id, Map.of("standard", true, "version", 0)).statusCode()).isEqualTo(404);
        assertThat(annen.delete(API + "/" + id).statusCode()).isEqualTo(404);

        JsonNode uendret = json(veileder.get(API + "/" + id));
        assertThat(uendret.get("navn").asString()).isEqualTo(navn);
        assertThat(uendret.get("version").asLong()).isZero();
        assertThat(uendret.get("standard").asBoolean()).isFalse();
    }

    @Test
    void theSameNameIsFineForAnotherOwner() {
        String navn = unikt("Felles navn");
        veileder.opprett(API, Map.of("navn", navn, "sporring", "q=jobb"));

        assertThat(veileder.som("veileder2").post(API, Map.of("navn", navn, "sporring", "q=kurs")).statusCode()).isEqualTo(201);
    }

    @Test
    void keepsAtMostOneDefaultPerOwnerAndOffersItToTheCatalog() {
        // a fresh owner would need a new demo user; instead this test owns the default of "veileder2" while it runs
        TestApi eier = veileder.som("veileder2");
        UUID a = eier.opprett(API, Map.of("navn", unikt("A"), "sporring", "navEnhet=0312"));
        UUID b = eier.opprett(API, Map.of("navn", unikt("B"), "sporring", "tiltakskode=OPPFOLGING&sortering=NAVN"));

        assertThat(eier.put(API + "/" + a, Map.of("standard", true, "version", 0)).statusCode()).isEqualTo(200);
        assertThat(lagredeFiltre.standardsporring("veileder2")).hasValue("navEnhet=0312");

        assertThat(eier.put(API + "/" + b, Map.of("standard", true, "version", 0)).statusCode()).isEqualTo(200);
        assertThat(lagredeFiltre.standardsporring("veileder2")).hasValue("tiltakskode=OPPFOLGING&sortering=NAVN");
        assertThat(json(eier.get(API + "/" + a)).get("standard").asBoolean()).isFalse();
        var standarder = new ArrayList<String>();
        json(eier.get(API)).forEach(f -> {
            if (f.get("standard").asBoolean()) {
                standarder.add(f.get("id").asString());
            }
        });
        assertThat(standarder).containsExactly(b.toString());
        assertThat(lagredeFiltre.standardsporring("veileder")).isNotEqualTo(java.util.Optional.of("tiltakskode=OPPFOLGING&sortering=NAVN"));

        assertThat(eier.put(API + "/" + b, Map.of("standard", false, "version", 1)).statusCode()).isEqualTo(200);
        assertThat(lagredeFiltre.standardsporring("veileder2")).isEmpty();
    }

    @Test
    void writesHistoryForEveryChangeIncludingTheFilterThatLosesTheDefault() {
        UUID a = veileder.opprett(API, Map.of("navn", unikt("Historikk A"), "sporring", "q=jobb"));
        UUID b = veileder.opprett(API, Map.of("navn", unikt("Historikk B"), "sporring", "q=kurs"));
        String nyttNavn = unikt("Historikk A2");
        assertThat(veileder.put(API + "/" + a, Map.of("navn", nyttNavn, "standard", true, "version", 0)).statusCode()).isEqualTo(200);
        assertThat(veileder.put(API + "/" + b, Map.of("standard", true, "version", 0)).statusCode()).isEqualTo(200);

        JsonNode historikkA = json(veileder.get(API + "/" + a + "/historikk"));
        assertThat(historikkA).hasSize(3);
        assertThat(historikkA.get(0).get("operasjon").asString()).isEqualTo("ENDRET");
        assertThat(historikkA.get(0).get("endringer").get(0).get("felt").asString()).isEqualTo("standard");
        assertThat(historikkA.get(0).get("endringer").get(0).get("til").asString()).isEqualTo("Nei");
        assertThat(historikkA.get(1).get("utfortAv").asString()).isEqualTo("veileder");
        assertThat(historikkA.get(1).get("endringer").get(0).get("til").asString()).isEqualTo(nyttNavn);
        assertThat(historikkA.get(2).get("operasjon").asString()).isEqualTo("OPPRETTET");
        assertThat(json(veileder.get(API + "/" + b + "/historikk"))).hasSize(2);
        assertThat(veileder.som("veileder2").get(API + "/" + a + "/historikk").statusCode()).isEqualTo(404);

        assertThat(veileder.delete(API + "/" + a).statusCode()).isEqualTo(204);
        assertThat(jdbc.sql("select operasjon from katalog.lagret_filter_historikk where lagret_filter_id = :id order by tidspunkt desc, operasjon limit 1")
                .param("id", a).query(String.class).single()).isEqualTo("SLETTET");
    }

    @Test
    void theDatabaseRefusesASecondDefaultForTheSameOwner() {
        String eier = "it-" + UUID.randomUUID();
        insertDirekte(eier, "En", true);

        assertThatThrownBy(() -> insertDirekte(eier, "To", true)).isInstanceOf(DataIntegrityViolationException.class);
        insertDirekte(eier, "Tre", false);
    }

    @Test
    void reportsNameAndQueryProblemsTogetherAndSavesNothing() {
        String navn = unikt("Dobbel");
        veileder.opprett(API, Map.of("navn", navn, "sporring", "q=jobb"));

        HttpResponse<String> duplikat = veileder.post(API, Map.of("navn", navn, "sporring", "ukjent=1"));
        assertThat(duplikat.statusCode()).isEqualTo(400);
        assertThat(feil(json(duplikat))).containsExactlyInAnyOrder(
                "navn:lagret-filter.navn.finnes", "sporring:lagret-filter.sporring.ugyldig");

        HttpResponse<String> tomt = veileder.post(API, Map.of("navn", " ", "sporring", "side=2"));
        assertThat(feil(json(tomt))).containsExactlyInAnyOrder(
                "navn:lagret-filter.navn.paakrevd", "sporring:lagret-filter.sporring.tom");

        HttpResponse<String> forLangt = veileder.post(API, Map.of("navn", "x".repeat(81), "sporring", "navEnhet=0315&".repeat(200)));
        assertThat(feil(json(forLangt))).containsExactlyInAnyOrder(
                "navn:lagret-filter.navn.for-langt", "sporring:lagret-filter.sporring.for-lang");
        assertThat(json(forLangt).get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(veileder.post(API, Map.of("navn", unikt("x".repeat(71)), "sporring", "q=jobb")).statusCode()).isEqualTo(201);
    }

    @Test
    void refusesRenamingToAnotherOfTheOwnersNames() {
        String forste = unikt("Første");
        veileder.opprett(API, Map.of("navn", forste, "sporring", "q=jobb"));
        UUID andre = veileder.opprett(API, Map.of("navn", unikt("Andre"), "sporring", "q=kurs"));

        HttpResponse<String> response = veileder.put(API + "/" + andre, Map.of("navn", forste, "version", 0));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).containsExactly("navn:lagret-filter.navn.finnes");
        assertThat(veileder.put(API + "/" + andre, Map.of("navn", "  " + unikt("Eget") + " ", "version", 0)).statusCode()).isEqualTo(200);
    }

    @Test
    void keepsOnlyTheCatalogParametersAndDropsThePage() {
        var body = Map.of("navn", unikt("Normalisert"),
                "sporring", "?q=oppf%C3%B8lging+ung&side=3&navEnhet=0315&navEnhet=0300&tiltakskode=OPPFOLGING&apentForPamelding=true"
                        + "&oppstartstype=FELLES&startFra=2026-01-01&startTil=2026-12-31&sortering=RELEVANS&storrelse=50&innsatsgruppe=");

        JsonNode filter = json(veileder.post(API, body));

        assertThat(filter.get("sporring").asString()).isEqualTo("q=oppf%C3%B8lging+ung&navEnhet=0315&navEnhet=0300"
                + "&tiltakskode=OPPFOLGING&apentForPamelding=true&oppstartstype=FELLES&startFra=2026-01-01"
                + "&startTil=2026-12-31&sortering=RELEVANS&storrelse=50");
    }

    @Test
    void refusesParametersAndValuesTheCatalogDoesNotKnow() {
        for (String sporring : List.of("avtaleId=1", "innsatsgruppe=VIP", "navEnhet=oslo", "oppstartstype=SNART",
                "startFra=i-morgen", "sortering=PRIS", "storrelse=1000", "apentForPamelding=ja", "q=%E0%A4%A")) {
            HttpResponse<String> response = veileder.post(API, Map.of("navn", unikt("Ugyldig"), "sporring", sporring));
            assertThat(response.statusCode()).as(sporring).isEqualTo(400);
            assertThat(feil(json(response))).as(sporring).containsExactly("sporring:lagret-filter.sporring.ugyldig");
        }
    }

    @Test
    void refusesAStaleVersionWith409AndOverwritesNothing() {
        String navn = unikt("Versjon");
        UUID id = veileder.opprett(API, Map.of("navn", navn, "sporring", "q=jobb"));
        assertThat(veileder.put(API + "/" + id, Map.of("navn", unikt("Ny"), "version", 0)).statusCode()).isEqualTo(200);

        HttpResponse<String> gammel = veileder.put(API + "/" + id, Map.of("navn", unikt("Gammel"), "version", 0));

        assertThat(gammel.statusCode()).isEqualTo(409);
        assertThat(json(veileder.get(API + "/" + id)).get("version").asLong()).isEqualTo(1);
        var utenVersjon = new LinkedHashMap<String, Object>();
        utenVersjon.put("navn", unikt("Uten"));
        assertThat(feil(json(veileder.put(API + "/" + id, utenVersjon)))).containsExactly("version:lagret-filter.version.paakrevd");
    }

    @Test
    void administratorsMayUseThemButOtherRolesMayNot() {
        assertThat(veileder.som("admin").post(API, Map.of("navn", unikt("Admin"), "sporring", "q=jobb")).statusCode()).isEqualTo(201);
        for (String bruker : List.of("arrangor", "deltaker", "partnerskap")) {
            TestApi annen = veileder.som(bruker);
            assertThat(annen.get(API).statusCode()).as(bruker).isEqualTo(403);
            assertThat(annen.post(API, Map.of("navn", unikt("Nei"), "sporring", "q=jobb")).statusCode()).as(bruker).isEqualTo(403);
        }
    }

    private List<String> navnIListen(TestApi api) {
        HttpResponse<String> response = api.get(API);
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> navn = new ArrayList<>();
        json(response).forEach(f -> navn.add(f.get("navn").asString()));
        return navn;
    }

    private void insertDirekte(String eier, String navn, boolean standard) {
        jdbc.sql("""
                insert into katalog.lagret_filter (id, eier, navn, sporring, standard, version, created_at, updated_at)
                values (:id, :eier, :navn, 'q=x', :standard, 0, now(), now())
                """)
                .param("id", UUID.randomUUID())
                .param("eier", eier)
                .param("navn", navn)
                .param("standard", standard)
                .update();
    }

    static List<String> feil(JsonNode problem) {
        List<String> result = new ArrayList<>();
        problem.get("errors").forEach(e -> result.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return result;
    }

    private static String unikt(String navn) {
        return navn + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
