package no.samskap.avtale;

import static no.samskap.TestApi.idFraLocation;
import static no.samskap.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The agreement API over real HTTP on the embedded PostgreSQL: create, rules, optimistic locking, actions, access. */
@SamskapIntegrationTest
class AvtaleApiIT {

    @Value("${local.server.port}")
    int port;

    TestApi admin;

    @BeforeEach
    void api() {
        admin = new TestApi(port, "admin");
    }

    /** A hovedenhet with two underenheter and a contact person, registered through the provider API. */
    record Arrangor(String orgnr, UUID hovedenhet, UUID underenhet, UUID annenUnderenhet, UUID kontaktperson) {}

    static Arrangor arrangor(TestApi admin) {
        String orgnr = OrgnrFixtures.random();
        UUID hoved = opprett(admin, "/api/v1/arrangorer", Map.of("organisasjonsnummer", orgnr, "navn", "Fretex Jobb AS"));
        UUID under = opprett(admin, "/api/v1/arrangorer",
                Map.of("organisasjonsnummer", OrgnrFixtures.random(), "navn", "Fretex Oslo", "hovedenhetId", hoved.toString()));
        UUID annen = opprett(admin, "/api/v1/arrangorer",
                Map.of("organisasjonsnummer", OrgnrFixtures.random(), "navn", "Fretex Bergen", "hovedenhetId", hoved.toString()));
        UUID kontakt = opprett(admin, "/api/v1/arrangorer/" + hoved + "/kontaktpersoner",
                Map.of("navn", "Kari Kontakt", "epost", "kari@example.no", "ansvar", List.of("AVTALE")));
        return new Arrangor(orgnr, hoved, under, annen, kontakt);
    }

    static UUID opprett(TestApi admin, String path, Map<String, ?> body) {
        return admin.opprett(path, body);
    }

    static Map<String, Object> gyldig(Arrangor a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("navn", "Oppfølging Oslo 2026");
        m.put("tiltakskode", "OPPFOLGING");
        m.put("avtaletype", "RAMMEAVTALE");
        m.put("sakarkivnummer", "2024/1234");
        m.put("arrangorHovedenhetId", a.hovedenhet().toString());
        m.put("arrangorUnderenheter", List.of(a.underenhet().toString()));
        m.put("arrangorKontaktpersoner", List.of(a.kontaktperson().toString()));
        m.put("startdato", "2026-01-01");
        m.put("sluttdato", "2027-12-31");
        m.put("opsjonMaksVarighet", "2029-12-31");
        m.put("navRegioner", List.of("0300"));
        m.put("navEnheter", List.of("0315"));
        m.put("administratorer", List.of("Z123456"));
        m.put("beskrivelse", "Individuell oppfølging i Oslo.");
        m.put("prismodeller", List.of(Map.of("type", "AVTALT_PRIS_PER_MANEDSVERK",
                "satser", List.of(Map.of("gyldigFra", "2026-01-01", "belop", 21500.50)))));
        return m;
    }

    UUID opprettAvtale(Map<String, Object> body) {
        return opprett(admin, "/api/v1/avtaler", body);
    }

    @Test
    void createsAgreementWith201LocationDerivedStatusAndHistory() {
        Arrangor a = arrangor(admin);
        var response = admin.post("/api/v1/avtaler", TestApi.JSON.writeValueAsString(gyldig(a)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        UUID id = idFraLocation(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/avtaler/" + id);
        JsonNode body = json(admin.get("/api/v1/avtaler/" + id));
        assertThat(body.get("status").asString()).isEqualTo("AKTIV");
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.get("navRegioner").get(0).asString()).isEqualTo("0300");
        assertThat(body.get("prismodeller").get(0).get("satser").get(0).get("belop").decimalValue())
                .isEqualByComparingTo("21500.50");
        assertThat(body.get("historikk").asString()).isEqualTo("/api/v1/avtaler/" + id + "/historikk");
        JsonNode historikk = json(admin.get("/api/v1/avtaler/" + id + "/historikk"));
        assertThat(historikk.get(0).get("operasjon").asString()).isEqualTo("OPPRETTET");
        assertThat(historikk.get(0).get("utfortAv").asString()).isEqualTo("admin");
    }

    @Test
    void createsForhandsgodkjentWithTheSystemPriceModel() {
        Arrangor a = arrangor(admin);
        var body = gyldig(a);
        body.put("tiltakskode", "ARBEIDSFORBEREDENDE_TRENING");
        body.put("avtaletype", "FORHANDSGODKJENT");
        body.remove("sluttdato");
        body.remove("opsjonMaksVarighet");
        body.remove("prismodeller");
        UUID id = opprettAvtale(body);

        JsonNode avtale = json(admin.get("/api/v1/avtaler/" + id));
        assertThat(avtale.get("prismodeller").get(0).get("type").asString()).isEqualTo("FAST_SATS_PER_TILTAKSPLASS_PER_MANED");
        var opsjon = admin.post("/api/v1/avtaler/" + id + "/opsjoner", "{\"version\":0,\"nySluttdato\":\"2028-01-01\"}");
        assertThat(opsjon.statusCode()).isEqualTo(422);
        assertThat(json(opsjon).get("code").asString()).isEqualTo("avtale.opsjon-forhandsgodkjent");
    }

    @Test
    void reportsAllErrorsOfOneRequestTogetherWith400AndSavesNothing() {
        Arrangor a = arrangor(admin);
        var body = gyldig(a);
        body.put("navn", "Kort");
        body.put("sakarkivnummer", "1234");
        body.put("sluttdato", "2025-12-31");
        body.put("navRegioner", List.of("0300"));
        body.put("navEnheter", List.of("0315", "1502"));
        body.put("arrangorUnderenheter", List.of(UUID.randomUUID().toString()));
        body.put("administratorer", List.of("123"));

        var response = admin.post("/api/v1/avtaler", TestApi.JSON.writeValueAsString(body));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).contains(
                "navn:avtale.navn-for-kort",
                "sakarkivnummer:avtale.sakarkivnummer-ugyldig",
                "sluttdato:avtale.sluttdato-for-startdato",
                "navEnheter:avtale.nav-enhet-utenfor-region",
                "arrangorUnderenheter:avtale.underenhet-feil-hovedenhet",
                "administratorer:avtale.administrator-ugyldig");
        assertThat(json(response).get("errors").get(0).get("message").asString()).isNotBlank();
        assertThat(json(admin.get("/api/v1/avtaler?arrangorId=" + a.hovedenhet())).get("totalt").asLong()).isZero();
    }

    @Test
    void refusesChangingTheMeasureType() {
        UUID id = opprettAvtale(gyldig(arrangor(admin)));
        var body = gyldig(arrangor(admin));
        body.put("tiltakskode", "JOBBKLUBB");
        body.put("version", 0);
        var response = admin.put("/api/v1/avtaler/" + id, TestApi.JSON.writeValueAsString(body));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(feil(json(response))).contains("tiltakskode:avtale.tiltakskode-kan-ikke-endres");
    }

    @Test
    void rejectsStaleVersionWith409AndOverwritesNothing() {
        Arrangor a = arrangor(admin);
        UUID id = opprettAvtale(gyldig(a));
        var forste = gyldig(a);
        forste.put("navn", "Første endring");
        forste.put("version", 0);
        var andre = gyldig(a);
        andre.put("navn", "Andre endring");
        andre.put("version", 0);

        assertThat(admin.put("/api/v1/avtaler/" + id, TestApi.JSON.writeValueAsString(forste)).statusCode()).isEqualTo(200);
        var stale = admin.put("/api/v1/avtaler/" + id, TestApi.JSON.writeValueAsString(andre));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("code").asString()).isEqualTo("endret-av-andre");
        JsonNode avtale = json(admin.get("/api/v1/avtaler/" + id));
        assertThat(avtale.get("navn").asString()).isEqualTo("Første endring");
        assertThat(avtale.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void abortsWithReasonsAndRefusesAbortingTwiceWith422() {
        UUID id = opprettAvtale(gyldig(arrangor(admin)));

        var uten = admin.post("/api/v1/avtaler/" + id + "/avbryt", "{\"version\":0,\"aarsaker\":[\"ANNET\"]}");
        assertThat(uten.statusCode()).isEqualTo(400);
        assertThat(feil(json(uten))).contains("forklaring:avtale.forklaring-paakrevd");

        var avbrutt = admin.post("/api/v1/avtaler/" + id + "/avbryt",
                "{\"version\":0,\"aarsaker\":[\"ANNET\",\"BUDSJETT_HANDLINGSROM\"],\"forklaring\":\"Tiltaket legges ned\"}");
        assertThat(avbrutt.statusCode()).as(avbrutt.body()).isEqualTo(200);
        assertThat(json(avbrutt).get("status").asString()).isEqualTo("AVBRUTT");
        assertThat(json(avbrutt).get("avbrutt").get("forklaring").asString()).isEqualTo("Tiltaket legges ned");

        var igjen = admin.post("/api/v1/avtaler/" + id + "/avbryt", "{\"version\":1,\"aarsaker\":[\"FEILREGISTRERING\"]}");
        assertThat(igjen.statusCode()).isEqualTo(422);
        assertThat(json(igjen).get("code").asString()).isEqualTo("avtale.avtale-er-avbrutt");
    }

    @Test
    void registersOptionWithinTheOptionModelAndRefusesBeyondIt() {
        UUID id = opprettAvtale(gyldig(arrangor(admin)));

        var forLangt = admin.post("/api/v1/avtaler/" + id + "/opsjoner", "{\"version\":0,\"nySluttdato\":\"2030-01-01\"}");
        assertThat(forLangt.statusCode()).isEqualTo(400);
        assertThat(feil(json(forLangt))).contains("nySluttdato:avtale.opsjon-over-maks");

        var ok = admin.post("/api/v1/avtaler/" + id + "/opsjoner", "{\"version\":0,\"nySluttdato\":\"2028-12-31\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("sluttdato").asString()).isEqualTo("2028-12-31");
        assertThat(json(ok).get("opsjoner").get(0).get("forrigeSluttdato").asString()).isEqualTo("2027-12-31");
        JsonNode historikk = json(admin.get("/api/v1/avtaler/" + id + "/historikk"));
        assertThat(historikk.get(0).get("operasjon").asString()).isEqualTo("OPSJON_REGISTRERT");
        assertThat(historikk.get(0).toString()).contains("sluttdato", "31.12.2028");
    }

    @Test
    void addsChangesAndRemovesPriceModels() {
        UUID id = opprettAvtale(gyldig(arrangor(admin)));

        var feil = admin.post("/api/v1/avtaler/" + id + "/prismodeller",
                "{\"version\":0,\"type\":\"ANNEN_AVTALT_PRIS\",\"satser\":[{\"gyldigFra\":\"2026-01-01\",\"belop\":-1}]}");
        assertThat(feil.statusCode()).isEqualTo(400);
        assertThat(feil(json(feil))).contains("beskrivelse:avtale.prismodell-beskrivelse-paakrevd",
                "satser[0].belop:avtale.sats-belop-ugyldig");

        var lagtTil = admin.post("/api/v1/avtaler/" + id + "/prismodeller",
                "{\"version\":0,\"type\":\"AVTALT_PRIS_PER_TIME_OPPFOLGING\",\"satser\":[{\"gyldigFra\":\"2026-01-01\",\"belop\":950}]}");
        assertThat(lagtTil.statusCode()).as(lagtTil.body()).isEqualTo(201);
        UUID prismodell = idFraLocation(lagtTil);

        var endret = admin.put("/api/v1/avtaler/" + id + "/prismodeller/" + prismodell,
                "{\"version\":1,\"type\":\"AVTALT_PRIS_PER_TIME_OPPFOLGING\",\"satser\":[{\"gyldigFra\":\"2026-01-01\",\"belop\":950},{\"gyldigFra\":\"2027-01-01\",\"belop\":990}]}");
        assertThat(endret.statusCode()).as(endret.body()).isEqualTo(200);
        assertThat(json(endret).get("prismodeller").get(1).get("satser").size()).isEqualTo(2);

        var fjernet = admin.delete("/api/v1/avtaler/" + id + "/prismodeller/" + prismodell + "?version=2");
        assertThat(fjernet.statusCode()).as(fjernet.body()).isEqualTo(200);
        assertThat(json(fjernet).get("prismodeller").size()).isEqualTo(1);
    }

    @Test
    void listsWithFiltersSortingAndPaging() {
        Arrangor a = arrangor(admin);
        var en = gyldig(a);
        en.put("navn", "Avtale A " + a.orgnr());
        var to = gyldig(a);
        to.put("navn", "Avtale B " + a.orgnr());
        to.put("avtaletype", "AVTALE");
        opprettAvtale(en);
        opprettAvtale(to);

        JsonNode side = json(admin.get("/api/v1/avtaler?arrangorId=" + a.hovedenhet() + "&sort=-navn&storrelse=1"));
        assertThat(side.get("totalt").asLong()).isEqualTo(2);
        assertThat(side.get("storrelse").asInt()).isEqualTo(1);
        assertThat(side.get("innhold").get(0).get("navn").asString()).startsWith("Avtale B");
        JsonNode filtrert = json(admin.get("/api/v1/avtaler?q=" + a.orgnr() + "&avtaletype=RAMMEAVTALE&status=AKTIV&region=0300"));
        assertThat(filtrert.get("totalt").asLong()).isEqualTo(1);
        assertThat(filtrert.get("innhold").get(0).get("navn").asString()).startsWith("Avtale A");
        assertThat(admin.get("/api/v1/avtaler?status=UGYLDIG").statusCode()).isEqualTo(400);
    }

    @Test
    void hidesOtherProvidersAgreementsFromArrangorAndRefusesVeileder() {
        UUID id = opprettAvtale(gyldig(arrangor(admin)));
        TestApi arrangor = admin.som("arrangor");

        assertThat(arrangor.get("/api/v1/avtaler/" + id).statusCode()).isEqualTo(404);
        JsonNode liste = json(arrangor.get("/api/v1/avtaler?storrelse=200"));
        List<String> ids = new ArrayList<>();
        liste.get("innhold").forEach(n -> ids.add(n.get("id").asString()));
        assertThat(ids).doesNotContain(id.toString());
        assertThat(arrangor.post("/api/v1/avtaler", TestApi.JSON.writeValueAsString(Map.of("navn", "x"))).statusCode())
                .isEqualTo(403);
        assertThat(admin.som("veileder").get("/api/v1/avtaler").statusCode()).isEqualTo(403);
        assertThat(admin.som("veileder").get("/api/v1/avtaler/" + id).statusCode()).isEqualTo(403);
    }

    static List<String> feil(JsonNode problem) {
        List<String> result = new ArrayList<>();
        problem.get("errors").forEach(e -> result.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return result;
    }
}
