package no.samskap.organisasjon;

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
class KommuneApiIT {

    @Value("${local.server.port}")
    int port;

    SamskapKlient klient;

    @BeforeEach
    void klient() {
        klient = SamskapKlient.anonym(port);
    }

    @Test
    void lists357MunicipalitiesValidFrom2024() throws Exception {
        JsonNode side = json(klient.api("/api/v1/kommuner", "veileder"));

        assertThat(side.get("totalt").asLong()).isEqualTo(357);
        assertThat(side.get("innhold")).hasSize(25);
    }

    @Test
    void pagesMunicipalities() throws Exception {
        JsonNode siste = json(klient.api("/api/v1/kommuner?side=7&storrelse=50", "veileder"));

        assertThat(siste.get("innhold")).hasSize(7);
        assertThat(siste.get("side").asInt()).isEqualTo(7);
        assertThat(siste.get("storrelse").asInt()).isEqualTo(50);
    }

    @Test
    void lists15CountiesWithTheirMunicipalities() throws Exception {
        JsonNode fylker = json(klient.api("/api/v1/fylker", "investor"));

        assertThat(fylker).hasSize(15);
        int sum = 0;
        for (JsonNode f : fylker) {
            sum += f.get("antallKommuner").asInt();
        }
        assertThat(sum).isEqualTo(357);
        assertThat(fylker.get(0).get("fylkesnummer").asString()).isEqualTo("03");
    }

    @Test
    void filtersByCounty() throws Exception {
        JsonNode vestland = json(klient.api("/api/v1/kommuner?fylkesnummer=46&storrelse=100", "veileder"));

        assertThat(vestland.get("totalt").asLong()).isEqualTo(43);
        vestland.get("innhold").forEach(k -> assertThat(k.get("fylkesnummer").asString()).isEqualTo("46"));
        assertThat(json(klient.api("/api/v1/kommuner?fylkesnummer=03", "veileder")).get("totalt").asLong())
                .isEqualTo(1);
    }

    @Test
    void searchesNorwegianAndSamiNames() throws Exception {
        assertThat(kommunenumre(json(klient.api("/api/v1/kommuner?q=kautokeino", "veileder"))))
                .containsExactly("5612");
        assertThat(kommunenumre(json(klient.api("/api/v1/kommuner?q=guovdageaidnu", "veileder"))))
                .containsExactly("5612");
    }

    @Test
    void showsAMunicipalityWithTheOfficesThatServeIt() throws Exception {
        JsonNode oslo = json(klient.api("/api/v1/kommuner/0301", "veileder"));

        assertThat(oslo.get("navn").asString()).isEqualTo("Oslo");
        assertThat(oslo.get("fylkesnavn").asString()).isEqualTo("Oslo");
        List<String> kontorer = new ArrayList<>();
        oslo.get("navKontorer").forEach(k -> kontorer.add(k.get("enhetsnummer").asString()));
        assertThat(kontorer).contains("0315").hasSizeGreaterThan(10);
    }

    @Test
    void answersUnknownKommunenummerWith404Problem() throws Exception {
        var response = klient.api("/api/v1/kommuner/3001", "veileder");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asString()).isEqualTo("ikke-funnet");
    }

    @Test
    void requiresLogin() throws Exception {
        assertThat(klient.get("/api/v1/kommuner").statusCode()).isEqualTo(401);
        assertThat(klient.get("/api/v1/fylker").statusCode()).isEqualTo(401);
    }

    private static List<String> kommunenumre(JsonNode side) {
        List<String> numre = new ArrayList<>();
        side.get("innhold").forEach(e -> numre.add(e.get("kommunenummer").asString()));
        return numre;
    }
}
