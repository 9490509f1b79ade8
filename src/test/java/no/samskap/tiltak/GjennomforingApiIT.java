package no.samskap.tiltak;

import static no.samskap.tiltak.GjennomforingTestApi.feil;
import static no.samskap.tiltak.GjennomforingTestApi.gyldig;
import static no.samskap.tiltak.GjennomforingTestApi.idFraLocation;
import static no.samskap.tiltak.GjennomforingTestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.tiltak.GjennomforingTestApi.Oppsett;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The implementation API over real HTTP on the embedded PostgreSQL: create, rules, locking, actions, access. */
@SamskapIntegrationTest
class GjennomforingApiIT {

    private static final String API = "/api/v1/gjennomforinger";

    @Value("${local.server.port}")
    int port;

    GjennomforingTestApi admin;

    @BeforeEach
    void api() {
        admin = new GjennomforingTestApi(port, "admin");
    }

    @Test
    void createsImplementationWith201LocationAndHistory() {
        Oppsett o = admin.oppsett("2026-01-01");
        var response = admin.post(API, gyldig(o, "2026-03-01", "2026-12-31"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        UUID id = idFraLocation(response);
        assertThat(response.headers().firstValue("Location")).hasValue(API + "/" + id);
        JsonNode g = json(admin.get(API + "/" + id));
        assertThat(g.get("status").asString()).isEqualTo("GJENNOMFORES");
        assertThat(g.get("tiltakskode").asString()).isEqualTo("OPPFOLGING");
        assertThat(g.get("version").asLong()).isZero();
        assertThat(g.get("pameldingKreverGodkjenning").asBoolean()).isTrue();
        assertThat(g.get("arrangor").get("id").asString()).isEqualTo(o.underenhet().toString());
        assertThat(g.get("arrangorKontaktpersoner").get(0).get("navn").asString()).isEqualTo("Kari Kontakt");
        assertThat(g.get("navKontaktpersoner").get(0).get("navIdent").asString()).isEqualTo("Z123456");
        assertThat(g.get("estimertVentetid").get("enhet").asString()).isEqualTo("UKER");
        assertThat(g.get("navEnheter").get(0).get("enhetsnummer").asString()).isEqualTo("0315");

        JsonNode historikk = json(admin.get(API + "/" + id + "/historikk"));
        assertThat(historikk.get(0).get("operasjon").asString()).isEqualTo("OPPRETTET");
        assertThat(historikk.get(0).get("utfortAv").asString()).isEqualTo("admin");
        var tiltakstype = new java.util.ArrayList<String>();
        historikk.get(0).get("endringer").forEach(e -> {
            if (e.get("felt").asString().equals("tiltakskode")) {
                tiltakstype.add(e.get("til").asString());
            }
        });
        assertThat(tiltakstype).as("the history names the measure type").containsExactly("Oppfølging");
    }

    @Test
    void reportsAllErrorsOfOneRequestTogetherWith400AndSavesNothing() {
        Oppsett o = admin.oppsett("2026-01-01");
        var body = gyldig(o, "2025-12-31", "2025-12-01");
        body.put("navn", " ");
        body.put("antallPlasser", 0);
        body.put("arrangorId", o.hovedenhet().toString());
        body.put("navEnheter", List.of("0315", "1201"));
        body.put("prismodellId", UUID.randomUUID().toString());
        body.put("navKontaktpersoner", List.of(Map.of("navIdent", "123", "navn", "Ola")));

        var response = admin.post(API, body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo("ugyldig-input");
        assertThat(feil(problem)).containsExactlyInAnyOrder(
                "arrangorId:gjennomforing.arrangor.ikke-i-avtalen",
                "navn:gjennomforing.navn.paakrevd",
                "startdato:gjennomforing.startdato.for-avtalens-start",
                "sluttdato:gjennomforing.sluttdato.for-startdato",
                "antallPlasser:gjennomforing.antall-plasser.ikke-positivt",
                "prismodellId:gjennomforing.prismodell.ikke-i-avtalen",
                "navEnheter:gjennomforing.nav-enheter.ikke-i-avtalen",
                "arrangorKontaktpersoner:gjennomforing.arrangor-kontaktperson.ukjent",
                "navKontaktpersoner[0].navIdent:gjennomforing.nav-kontaktperson.ident-ugyldig");
        assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(json(admin.get(API + "?avtaleId=" + o.avtaleId())).get("totalt").asLong()).isZero();
    }

    @Test
    void refusesCreatingUnderAnAbortedAgreement() {
        Oppsett o = admin.oppsett("2026-01-01");
        var avbrutt = admin.post("/api/v1/avtaler/" + o.avtaleId() + "/avbryt",
                Map.of("version", 0, "aarsaker", List.of("FEILREGISTRERING")));
        assertThat(avbrutt.statusCode()).as(avbrutt.body()).isEqualTo(200);

        var response = admin.post(API, gyldig(o, "2026-03-01", "2026-12-31"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).containsExactly("avtaleId:gjennomforing.avtale.ikke-aktiv");
    }

    @Test
    void requiresAnExistingAgreement() {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("avtaleId", UUID.randomUUID().toString());
        var response = admin.post(API, body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).contains("avtaleId:gjennomforing.avtale.finnes-ikke");
    }

    @Test
    void refusesAStaleUpdateWith409AndOverwritesNothing() {
        Oppsett o = admin.oppsett("2026-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2026-03-01", "2026-12-31"));

        var endring = gyldig(o, "2026-03-01", "2026-12-31");
        endring.put("version", 0);
        endring.put("antallPlasser", 20);
        var forste = admin.put(API + "/" + id, endring);
        assertThat(forste.statusCode()).as(forste.body()).isEqualTo(200);
        assertThat(json(forste).get("version").asLong()).isEqualTo(1);

        endring.put("antallPlasser", 30);
        var stale = admin.put(API + "/" + id, endring);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("code").asString()).isEqualTo("endret-av-andre");
        assertThat(json(admin.get(API + "/" + id)).get("antallPlasser").asInt()).isEqualTo(20);

        var utenVersjon = admin.post(API + "/" + id + "/publiser", Map.of());
        assertThat(utenVersjon.statusCode()).isEqualTo(400);
        assertThat(feil(json(utenVersjon))).containsExactly("version:gjennomforing.version.paakrevd");
    }

    @Test
    void refusesChangingTheProvider() {
        Oppsett o = admin.oppsett("2026-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2026-03-01", "2026-12-31"));
        var endring = gyldig(o, "2026-03-01", "2026-12-31");
        endring.put("version", 0);
        endring.put("arrangorId", o.annenUnderenhet().toString());

        var response = admin.put(API + "/" + id, endring);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).containsExactly("arrangorId:gjennomforing.arrangor.kan-ikke-endres");
    }

    @Test
    void abortsBeforeStartAsAvlystAndRefusesEditingAfterwardsWith422() {
        Oppsett o = admin.oppsett("2026-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2026-06-01", "2026-12-31"));

        var avbrutt = admin.post(API + "/" + id + "/avbryt",
                Map.of("version", 0, "sluttdato", "2026-05-01", "aarsak", "For få påmeldte"));
        assertThat(avbrutt.statusCode()).as(avbrutt.body()).isEqualTo(200);
        JsonNode g = json(avbrutt);
        assertThat(g.get("status").asString()).isEqualTo("AVLYST");
        assertThat(g.get("avbruttAarsak").asString()).isEqualTo("For få påmeldte");

        var endring = gyldig(o, "2026-06-01", "2026-12-31");
        endring.put("version", 1);
        var response = admin.put(API + "/" + id, endring);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("code").asString()).isEqualTo("gjennomforing.kan-ikke-endres");

        var igjen = admin.post(API + "/" + id + "/gjenapne", Map.of("version", 1, "sluttdato", "2030-01-01"));
        assertThat(igjen.statusCode()).isEqualTo(422);
        assertThat(json(igjen).get("code").asString()).isEqualTo("gjennomforing.kan-ikke-gjenapnes");
    }

    @Test
    void abortsAfterStartAsAvbruttAndRequiresAReason() {
        Oppsett o = admin.oppsett("2026-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2026-02-01", "2026-12-31"));

        var utenGrunn = admin.post(API + "/" + id + "/avbryt", Map.of("version", 0, "sluttdato", "2026-05-01"));
        assertThat(utenGrunn.statusCode()).isEqualTo(400);
        assertThat(feil(json(utenGrunn))).containsExactly("aarsak:gjennomforing.avbryt.aarsak.paakrevd");

        var avbrutt = admin.post(API + "/" + id + "/avbryt",
                Map.of("version", 0, "sluttdato", "2026-05-01", "aarsak", "Arrangøren la ned"));
        assertThat(json(avbrutt).get("status").asString()).isEqualTo("AVBRUTT");
        assertThat(json(avbrutt).get("sluttdato").asString()).isEqualTo("2026-05-01");
    }

    @Test
    void publishesOpensAndClosesWithHistory() {
        Oppsett o = admin.oppsett("2026-01-01");
        UUID id = admin.opprett(API, gyldig(o, "2026-03-01", "2026-12-31"));

        assertThat(json(admin.post(API + "/" + id + "/publiser", Map.of("version", 0))).get("publisert").asBoolean()).isTrue();
        assertThat(json(admin.post(API + "/" + id + "/apne-for-pamelding", Map.of("version", 1)))
                        .get("apentForPamelding").asBoolean())
                .isTrue();
        assertThat(json(admin.post(API + "/" + id + "/steng-for-pamelding", Map.of("version", 2)))
                        .get("apentForPamelding").asBoolean())
                .isFalse();
        assertThat(json(admin.post(API + "/" + id + "/avpubliser", Map.of("version", 3))).get("publisert").asBoolean()).isFalse();

        JsonNode historikk = json(admin.get(API + "/" + id + "/historikk"));
        List<String> operasjoner = new ArrayList<>();
        historikk.forEach(h -> operasjoner.add(h.get("operasjon").asString()));
        assertThat(operasjoner).containsExactly(
                "AVPUBLISERT", "STENGT_FOR_PAMELDING", "APNET_FOR_PAMELDING", "PUBLISERT", "OPPRETTET");
        assertThat(historikk.get(3).get("endringer").get(0).get("felt").asString()).isEqualTo("publisert");
        assertThat(historikk.get(3).get("endringer").get(0).get("til").asString()).isEqualTo("Ja");
    }

    @Test
    void listsWithFiltersSortingAndPaging() {
        Oppsett o = admin.oppsett("2026-01-01");
        var a = gyldig(o, "2026-03-01", "2026-12-31");
        a.put("navn", "Alfa jobbklubb");
        UUID alfa = admin.opprett(API, a);
        var b = gyldig(o, "2026-04-01", "2026-12-31");
        b.put("navn", "Beta jobbklubb");
        b.put("navEnheter", List.of("0312"));
        admin.opprett(API, b);
        admin.post(API + "/" + alfa + "/publiser", Map.of("version", 0));

        JsonNode alle = json(admin.get(API + "?avtaleId=" + o.avtaleId() + "&sort=-navn&storrelse=1"));
        assertThat(alle.get("totalt").asLong()).isEqualTo(2);
        assertThat(alle.get("storrelse").asInt()).isEqualTo(1);
        assertThat(alle.get("innhold").get(0).get("navn").asString()).isEqualTo("Beta jobbklubb");
        JsonNode side2 = json(admin.get(API + "?avtaleId=" + o.avtaleId() + "&sort=-navn&storrelse=1&side=1"));
        assertThat(side2.get("innhold").get(0).get("navn").asString()).isEqualTo("Alfa jobbklubb");

        assertThat(json(admin.get(API + "?avtaleId=" + o.avtaleId() + "&navEnhet=0312")).get("totalt").asLong()).isEqualTo(1);
        assertThat(json(admin.get(API + "?avtaleId=" + o.avtaleId() + "&publisert=true")).get("innhold").get(0).get("id").asString())
                .isEqualTo(alfa.toString());
        assertThat(json(admin.get(API + "?avtaleId=" + o.avtaleId() + "&q=beta&status=GJENNOMFORES")).get("totalt").asLong())
                .isEqualTo(1);
        assertThat(json(admin.get(API + "?arrangorId=" + o.underenhet() + "&tiltakskode=OPPFOLGING")).get("totalt").asLong())
                .isEqualTo(2);
        assertThat(admin.get(API + "?status=UGYLDIG").statusCode()).isEqualTo(400);
    }

    @Test
    void veilederReadsOnlyPublishedImplementationsAndCannotWrite() {
        Oppsett o = admin.oppsett("2026-01-01");
        UUID publisert = admin.opprett(API, gyldig(o, "2026-03-01", "2026-12-31"));
        UUID upublisert = admin.opprett(API, gyldig(o, "2026-03-01", "2026-12-31"));
        admin.post(API + "/" + publisert + "/publiser", Map.of("version", 0));
        var veileder = admin.som("veileder");

        assertThat(veileder.get(API + "/" + publisert).statusCode()).isEqualTo(200);
        assertThat(veileder.get(API + "/" + upublisert).statusCode()).isEqualTo(404);
        assertThat(veileder.get(API + "/" + upublisert + "/historikk").statusCode()).isEqualTo(404);
        JsonNode liste = json(veileder.get(API + "?avtaleId=" + o.avtaleId()));
        assertThat(liste.get("totalt").asLong()).isEqualTo(1);
        assertThat(liste.get("innhold").get(0).get("id").asString()).isEqualTo(publisert.toString());
        assertThat(veileder.post(API + "/" + publisert + "/avpubliser", Map.of("version", 1)).statusCode()).isEqualTo(403);
        assertThat(veileder.post(API, gyldig(o, "2026-03-01", "2026-12-31")).statusCode()).isEqualTo(403);
    }

    @Test
    void arrangorSeesOnlyImplementationsAtItsOwnOrganisationsAndCannotWrite() {
        Oppsett egen = admin.oppsett("2026-01-01", "983982433");
        Oppsett annen = admin.oppsett("2026-01-01");
        UUID egenId = admin.opprett(API, gyldig(egen, "2026-03-01", "2026-12-31"));
        UUID annenId = admin.opprett(API, gyldig(annen, "2026-03-01", "2026-12-31"));
        var arrangor = admin.som("arrangor");

        assertThat(arrangor.get(API + "/" + egenId).statusCode()).isEqualTo(200);
        assertThat(arrangor.get(API + "/" + annenId).statusCode()).isEqualTo(404);
        List<String> ids = new ArrayList<>();
        json(arrangor.get(API + "?storrelse=200&avtaleId=" + annen.avtaleId())).get("innhold")
                .forEach(n -> ids.add(n.get("id").asString()));
        assertThat(ids).isEmpty();
        assertThat(json(arrangor.get(API + "?avtaleId=" + egen.avtaleId())).get("totalt").asLong()).isEqualTo(1);
        assertThat(arrangor.post(API + "/" + egenId + "/publiser", Map.of("version", 0)).statusCode()).isEqualTo(403);
    }

    @Test
    void refusesOtherRolesWith403() {
        assertThat(admin.som("deltaker").get(API).statusCode()).isEqualTo(403);
    }
}
