package no.samskap.organisasjon;

import static no.samskap.organisasjon.SamskapKlient.enc;
import static no.samskap.organisasjon.SamskapKlient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.samskap.SamskapIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

@SamskapIntegrationTest
class NavEnhetApiIT {

    @Value("${local.server.port}")
    int port;

    SamskapKlient klient;

    @BeforeEach
    void klient() {
        klient = SamskapKlient.anonym(port);
    }

    @Test
    void listsTwelveRegionsAndAllLocalOffices() throws Exception {
        assertThat(json(klient.api("/api/v1/nav-enheter?type=FYLKE", "veileder")).get("totalt").asLong())
                .isEqualTo(12);
        assertThat(json(klient.api("/api/v1/nav-enheter?type=LOKAL", "veileder")).get("totalt").asLong())
                .isEqualTo(248);
        assertThat(json(klient.api("/api/v1/nav-enheter?type=TILTAK", "veileder")).get("totalt").asLong())
                .isEqualTo(10);
    }

    @Test
    void pagesWithSideAndStorrelse() throws Exception {
        JsonNode forste = json(klient.api("/api/v1/nav-enheter?type=LOKAL&side=0&storrelse=100", "admin"));
        JsonNode siste = json(klient.api("/api/v1/nav-enheter?type=LOKAL&side=2&storrelse=100", "admin"));

        assertThat(forste.get("innhold")).hasSize(100);
        assertThat(forste.get("side").asInt()).isZero();
        assertThat(forste.get("storrelse").asInt()).isEqualTo(100);
        assertThat(siste.get("innhold")).hasSize(48);
        assertThat(siste.get("side").asInt()).isEqualTo(2);
        assertThat(siste.get("totalt").asLong()).isEqualTo(248);
        assertThat(enhetsnumre(forste)).doesNotContainAnyElementsOf(enhetsnumre(siste));
    }

    @Test
    void filtersByRegion() throws Exception {
        JsonNode oslo = json(klient.api("/api/v1/nav-enheter?type=LOKAL&region=0300&storrelse=200", "veileder"));

        assertThat(oslo.get("totalt").asLong()).isEqualTo(15);
        oslo.get("innhold").forEach(e -> assertThat(e.get("region").asString()).isEqualTo("0300"));
        assertThat(enhetsnumre(oslo)).contains("0315");
    }

    @Test
    void derivesRegionFromOldCountyNumberWithBaerumAndAskerInVestViken() throws Exception {
        assertThat(json(klient.api("/api/v1/nav-enheter/0219", "veileder")).get("region").asString())
                .isEqualTo("0600");
        assertThat(json(klient.api("/api/v1/nav-enheter/0220", "veileder")).get("region").asString())
                .isEqualTo("0600");
        assertThat(json(klient.api("/api/v1/nav-enheter/0213", "veileder")).get("region").asString())
                .isEqualTo("0200");
        JsonNode trondelag = json(klient.api("/api/v1/nav-enheter/5701", "veileder"));
        assertThat(trondelag.get("region").asString()).isEqualTo("5700");
        assertThat(trondelag.get("regionNavn").asString()).isEqualTo("Nav Trøndelag");
    }

    @Test
    void everyLocalOfficeHasARegion() throws Exception {
        JsonNode alle = json(klient.api("/api/v1/nav-enheter?type=LOKAL&storrelse=200", "admin"));
        JsonNode resten = json(klient.api("/api/v1/nav-enheter?type=LOKAL&storrelse=200&side=1", "admin"));

        for (JsonNode side : List.of(alle, resten)) {
            side.get("innhold").forEach(e -> assertThat(e.get("regionNavn")).isNotNull());
        }
    }

    @Test
    void searchesNameCaseInsensitivelyIncludingNorwegianLetters() throws Exception {
        assertThat(enhetsnumre(json(klient.api("/api/v1/nav-enheter?q=" + enc("ØYGARDEN"), "veileder"))))
                .containsExactly("1246");
        assertThat(enhetsnumre(json(klient.api("/api/v1/nav-enheter?q=" + enc("grünerløkka"), "veileder"))))
                .containsExactly("0315");
        assertThat(enhetsnumre(json(klient.api("/api/v1/nav-enheter?q=0315", "veileder"))))
                .containsExactly("0315");
        assertThat(json(klient.api("/api/v1/nav-enheter?q=" + enc("%"), "veileder")).get("totalt").asLong())
                .isZero();
    }

    @Test
    void showsARegionWithItsOffices() throws Exception {
        JsonNode oslo = json(klient.api("/api/v1/nav-enheter/0300", "arrangor"));

        assertThat(oslo.get("type").asString()).isEqualTo("FYLKE");
        assertThat(oslo.get("kontorer")).hasSize(15);
        assertThat(oslo.get("tiltaksenheter").get(0).get("enhetsnummer").asString()).isEqualTo("0387");
    }

    @Test
    void showsAnOfficeWithTheAreasItServes() throws Exception {
        JsonNode grunerlokka = json(klient.api("/api/v1/nav-enheter/0315", "veileder"));
        JsonNode dalane = json(klient.api("/api/v1/nav-enheter/1101", "veileder"));

        assertThat(grunerlokka.get("omraader").get(0).get("geografiskOmraade").asString()).isEqualTo("030102");
        assertThat(grunerlokka.get("omraader").get(0).get("omraadetype").asString()).isEqualTo("BYDEL");
        List<String> kommuner = new ArrayList<>();
        dalane.get("omraader").forEach(o -> kommuner.add(o.get("kommunenummer").asString()));
        assertThat(kommuner).contains("1101");
    }

    @Test
    void answersUnknownEnhetsnummerWith404Problem() throws Exception {
        var response = klient.api("/api/v1/nav-enheter/9999", "veileder");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(response).get("code").asString()).isEqualTo("ikke-funnet");
    }

    @Test
    void rejectsUnknownTypeWith400Problem() throws Exception {
        var response = klient.api("/api/v1/nav-enheter?type=PLANET", "veileder");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("type");
    }

    @Test
    void requiresLogin() throws Exception {
        assertThat(klient.get("/api/v1/nav-enheter").statusCode()).isEqualTo(401);
        assertThat(klient.get("/api/v1/nav-enheter/0315").statusCode()).isEqualTo(401);
    }

    private static List<String> enhetsnumre(JsonNode side) {
        List<String> numre = new ArrayList<>();
        side.get("innhold").forEach(e -> numre.add(e.get("enhetsnummer").asString()));
        return numre;
    }
}
