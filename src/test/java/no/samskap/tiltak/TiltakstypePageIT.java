package no.samskap.tiltak;

import static org.assertj.core.api.Assertions.assertThat;

import no.samskap.SamskapIntegrationTest;
import no.samskap.organisasjon.SamskapKlient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@SamskapIntegrationTest
class TiltakstypePageIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void listsMeasureTypesFilteredByInnsatsgruppe() throws Exception {
        var side = SamskapKlient.innlogget(port, "veileder").get("/tiltakstyper?innsatsgruppe=STANDARD_INNSATS");

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body())
                .contains("<h1>Tiltakstyper</h1>")
                .contains("<label for=\"innsatsgruppe\">")
                .contains("href=\"/tiltakstyper/JOBBKLUBB\"")
                .doesNotContain("href=\"/tiltakstyper/ARBEIDSFORBEREDENDE_TRENING\"");
    }

    @Test
    void showsAMeasureTypeWithDescriptionAndShareText() throws Exception {
        var side = SamskapKlient.innlogget(port, "admin").get("/tiltakstyper/ARBEIDSFORBEREDENDE_TRENING");

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body())
                .contains("<h1>Arbeidsforberedende trening</h1>")
                .contains("ARBFORB")
                .contains("Forhåndsgodkjent avtale")
                .contains("Fast sats per tiltaksplass per måned")
                .contains("Hei! Jeg har sett på arbeidsforberedende trening");
    }

    @Test
    void answersUnknownMeasureTypeWith404() throws Exception {
        assertThat(SamskapKlient.innlogget(port, "arrangor").get("/tiltakstyper/FINNES_IKKE").statusCode())
                .isEqualTo(404);
    }
}
