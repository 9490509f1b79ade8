package no.samskap.katalog;

import static no.samskap.katalog.KatalogTestApi.IDAG;
import static no.samskap.katalog.KatalogTestApi.unikt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.katalog.KatalogTestApi.Avtale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read model follows every write at once (same transaction): implementation changes, unpublishing and abort,
 * agreement changes, provider renames; and the full rebuild restores it.
 */
@SamskapIntegrationTest
class KatalogLesemodellIT {

    private static final String GJENNOMFORINGER = "/api/v1/gjennomforinger/";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    KatalogTestApi admin;
    KatalogTestApi veileder;
    String ord;

    @BeforeEach
    void oppsett() {
        admin = new KatalogTestApi(port, "admin");
        veileder = admin.som("veileder");
        ord = unikt();
    }

    @Test
    void followsChangesToAnImplementation() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        var body = admin.gjennomforing(a, "Før " + ord);
        UUID id = admin.publisert(body);
        String nyttOrd = unikt();

        body.put("navn", "Etter " + nyttOrd + " " + ord);
        body.put("version", admin.version(GJENNOMFORINGER + id));
        assertThat(admin.put(GJENNOMFORINGER + id, body).statusCode()).isEqualTo(200);

        assertThat(veileder.navn("q=" + nyttOrd)).containsExactly("Etter " + nyttOrd + " " + ord);
    }

    @Test
    void dropsAnImplementationWhenUnpublishedAndAddsItBackWhenPublished() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        UUID id = admin.publisert(admin.gjennomforing(a, "Av og på " + ord));

        admin.post(GJENNOMFORINGER + id + "/avpubliser", Map.of("version", admin.version(GJENNOMFORINGER + id)));
        assertThat(veileder.navn("q=" + ord)).isEmpty();
        assertThat(veileder.get("/api/v1/katalog/" + id).statusCode()).isEqualTo(404);

        admin.post(GJENNOMFORINGER + id + "/publiser", Map.of("version", admin.version(GJENNOMFORINGER + id)));
        assertThat(veileder.navn("q=" + ord)).containsExactly("Av og på " + ord);
    }

    @Test
    void dropsAnAbortedImplementation() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        UUID id = admin.publisert(admin.gjennomforing(a, "Avbrytes " + ord));

        var avbryt = admin.post(GJENNOMFORINGER + id + "/avbryt", Map.of(
                "version", admin.version(GJENNOMFORINGER + id), "sluttdato", IDAG.toString(), "aarsak", "For få deltakere"));
        assertThat(avbryt.statusCode()).as(avbryt.body()).isEqualTo(200);

        assertThat(veileder.navn("q=" + ord)).isEmpty();
    }

    @Test
    void followsTheAgreementsPeriodAndAbort() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.plusDays(5));
        var body = admin.gjennomforing(a, "Under avtalen " + ord);
        body.put("startdato", IDAG.plusDays(10).toString());
        UUID id = admin.publisert(body);
        assertThat(veileder.navn("q=" + ord)).as("agreement not started").isEmpty();

        var avtale = new LinkedHashMap<>(a.body());
        avtale.put("startdato", IDAG.minusDays(5).toString());
        avtale.put("version", admin.version("/api/v1/avtaler/" + a.id()));
        var endret = admin.put("/api/v1/avtaler/" + a.id(), avtale);
        assertThat(endret.statusCode()).as(endret.body()).isEqualTo(200);
        assertThat(veileder.navn("q=" + ord)).as("agreement started").containsExactly("Under avtalen " + ord);

        // An agreement can only be aborted when nothing under it runs; its rows follow it all the same.
        admin.post(GJENNOMFORINGER + id + "/avbryt", Map.of(
                "version", admin.version(GJENNOMFORINGER + id), "sluttdato", IDAG.toString(), "aarsak", "Avtalen avbrytes"));
        var avbrutt = admin.post("/api/v1/avtaler/" + a.id() + "/avbryt", Map.of(
                "version", admin.version("/api/v1/avtaler/" + a.id()), "aarsaker", java.util.List.of("FEILREGISTRERING")));
        assertThat(avbrutt.statusCode()).as(avbrutt.body()).isEqualTo(200);
        assertThat(veileder.navn("q=" + ord)).isEmpty();
    }

    @Test
    void followsAProviderRename() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        admin.publisert(admin.gjennomforing(a, "Hos arrangøren " + ord));
        String nyttNavn = unikt();

        var endre = admin.put("/api/v1/arrangorer/" + a.underenhet(), Map.of(
                "navn", "Nytt " + nyttNavn + " AS", "hovedenhetId", a.hovedenhet().toString(),
                "version", admin.version("/api/v1/arrangorer/" + a.underenhet())));
        assertThat(endre.statusCode()).as(endre.body()).isEqualTo(200);

        var treff = veileder.sok("q=" + nyttNavn).get("elementer");
        assertThat(treff).hasSize(1);
        assertThat(treff.get(0).get("arrangorNavn").asString()).isEqualTo("Nytt " + nyttNavn + " AS");
    }

    @Test
    void rebuildsTheReadModelForAdministratorsOnly() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        UUID id = admin.publisert(admin.gjennomforing(a, "Gjenoppbygd " + ord));
        jdbc.sql("delete from katalog.oppforing where gjennomforing_id = :id").param("id", id).update();
        assertThat(veileder.navn("q=" + ord)).isEmpty();

        assertThat(veileder.post("/api/v1/katalog/gjenoppbygging", Map.of()).statusCode()).isEqualTo(403);
        var response = admin.post("/api/v1/katalog/gjenoppbygging", Map.of());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(KatalogTestApi.json(response).get("antall").asLong()).isPositive();
        assertThat(veileder.navn("q=" + ord)).containsExactly("Gjenoppbygd " + ord);
    }
}
