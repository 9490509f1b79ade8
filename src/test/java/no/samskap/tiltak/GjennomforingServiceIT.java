package no.samskap.tiltak;

import static no.samskap.tiltak.GjennomforingTestApi.gyldig;
import static no.samskap.tiltak.GjennomforingTestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.arrangor.KontaktpersonBruk;
import no.samskap.platform.JobLock;
import no.samskap.tiltak.GjennomforingTestApi.Oppsett;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The nightly end of implementations with a fixed date, its job lock, and the ports other modules use, on real data.
 * The agreements start in 2001 so the fixed dates touch no other test's implementations.
 */
@SamskapIntegrationTest
class GjennomforingServiceIT {

    private static final String API = "/api/v1/gjennomforinger";

    @Value("${local.server.port}")
    int port;

    @Autowired
    GjennomforingService service;

    @Autowired
    GjennomforingAvslutningJobb jobb;

    @Autowired
    JobLock jobLock;

    @Autowired
    GjennomforingOppslag oppslag;

    @Autowired
    java.util.List<KontaktpersonBruk> kontaktpersonBruk;

    GjennomforingTestApi admin;

    @BeforeEach
    void api() {
        admin = new GjennomforingTestApi(port, "admin");
    }

    @Test
    void endsRunningImplementationsTheDayAfterTheirEndDateWithHistory() {
        Oppsett o = admin.oppsett("2001-01-01");
        UUID utlopt = admin.opprett(API, gyldig(o, "2001-01-05", "2001-02-01"));
        UUID lopende = admin.opprett(API, gyldig(o, "2001-01-05", "2001-02-02"));
        UUID avbrutt = admin.opprett(API, gyldig(o, "2001-01-05", "2001-02-01"));
        admin.post(API + "/" + avbrutt + "/avbryt", Map.of("version", 0, "sluttdato", "2001-01-20", "aarsak", "Grunn"));

        service.endExpired(LocalDate.of(2001, 2, 2));

        assertThat(status(utlopt)).isEqualTo("AVSLUTTET");
        assertThat(status(lopende)).isEqualTo("GJENNOMFORES");
        assertThat(status(avbrutt)).isEqualTo("AVBRUTT");
        JsonNode historikk = json(admin.get(API + "/" + utlopt + "/historikk"));
        assertThat(historikk.get(0).get("operasjon").asString()).isEqualTo("AVSLUTTET");
        assertThat(historikk.get(0).get("utfortAv").asString()).isEqualTo("system");

        assertThat(service.endExpired(LocalDate.of(2001, 2, 2))).as("runs again without change").isZero();

        var gjenapnet = admin.post(API + "/" + utlopt + "/gjenapne", Map.of("version", 1, "sluttdato", "2030-01-01"));
        assertThat(gjenapnet.statusCode()).as(gjenapnet.body()).isEqualTo(200);
        assertThat(json(gjenapnet).get("status").asString()).isEqualTo("GJENNOMFORES");
        var fortid = admin.post(API + "/" + lopende + "/avbryt", Map.of("version", 0, "sluttdato", "2001-01-01", "aarsak", "x"));
        assertThat(json(fortid).get("status").asString()).isEqualTo("AVLYST");
    }

    @Test
    void refusesReopeningWithAnEndDateNotAfterToday() {
        Oppsett o = admin.oppsett("2001-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2001-03-01", "2001-03-31"));
        service.endExpired(LocalDate.of(2001, 4, 1));

        var response = admin.post(API + "/" + id + "/gjenapne", Map.of("version", 1, "sluttdato", "2001-05-01"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(GjennomforingTestApi.feil(json(response)))
                .containsExactly("sluttdato:gjennomforing.gjenapne.sluttdato.ikke-fremtidig");
        assertThat(status(id)).isEqualTo("AVSLUTTET");
    }

    @Test
    void nightlyJobSkipsWhileAnotherNodeHoldsTheLock() {
        Oppsett o = admin.oppsett("2001-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2001-01-05", "2001-01-31"));
        jobLock.tryLock(GjennomforingAvslutningJobb.LAS, Duration.ofMinutes(30));

        jobb.kjor();

        assertThat(status(id)).isEqualTo("GJENNOMFORES");
    }

    @Test
    void answersWhatImplementationsOfAnAgreementUse() {
        Oppsett o = admin.oppsett("2026-01-01");
        admin.opprett(API, gyldig(o, "2026-03-01", "2026-12-31"));
        UUID avlyst = admin.opprett(API, gyldig(o, "2026-02-01", "2026-12-31"));
        admin.post(API + "/" + avlyst + "/avbryt", Map.of("version", 0, "sluttdato", "2026-01-15", "aarsak", "Grunn"));

        assertThat(oppslag.harGjennomforingSomGjennomfores(o.avtaleId())).isTrue();
        assertThat(oppslag.tidligsteStartdato(o.avtaleId())).contains(LocalDate.of(2026, 3, 1));
        assertThat(oppslag.prismodellerIBruk(o.avtaleId())).containsExactly(o.prismodell());
        assertThat(oppslag.arrangorUnderenheterIBruk(o.avtaleId())).containsExactly(o.underenhet());
        assertThat(oppslag.navEnheterIBruk(o.avtaleId())).containsExactly("0315");
        assertThat(kontaktpersonBruk).anyMatch(b -> b.erIBruk(o.kontaktperson()));
    }

    private String status(UUID id) {
        return json(admin.get(API + "/" + id)).get("status").asString();
    }
}
