package no.samskap.organisasjon;

import static org.assertj.core.api.Assertions.assertThat;

import no.samskap.SamskapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@SamskapIntegrationTest
class NavEnhetPageIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void listsUnitsWithFilterFormSortableColumnsAndPaging() throws Exception {
        var side = SamskapKlient.innlogget(port, "veileder").get("/nav-enheter?type=LOKAL&region=0300&sort=-navn");

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body())
                .contains("<h1>Nav-enheter</h1>")
                .contains("<label for=\"q\">")
                .contains("aria-sort=\"descending\"")
                .contains("Nav Grünerløkka")
                .contains("Side 1 av 1 (15 treff)")
                .doesNotContain("Nav Bærum");
        assertThat(side.body().indexOf("Nav Vestre Aker")).isLessThan(side.body().indexOf("Nav Frogner"));
    }

    @Test
    void answersHtmxWithTheResultsFragmentOnly() throws Exception {
        var side = SamskapKlient.innlogget(port, "admin").get("/nav-enheter?q=bergen", "HX-Request", "true");

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body()).startsWith("<div id=\"resultater\"").doesNotContain("<h1>");
        assertThat(side.headers().allValues("Vary")).contains("HX-Request");
    }

    @Test
    void showsARegionWithItsOffices() throws Exception {
        var side = SamskapKlient.innlogget(port, "partnerskap").get("/nav-enheter/0300");

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body()).contains("<h1>Nav Oslo</h1>").contains("href=\"/nav-enheter/0315\"");
    }

    @Test
    void showsAnOfficeWithItsRegionAndTheAreasItServes() throws Exception {
        var side = SamskapKlient.innlogget(port, "veileder").get("/nav-enheter/0315");

        assertThat(side.statusCode()).isEqualTo(200);
        assertThat(side.body())
                .contains("<h1>Nav Grünerløkka</h1>")
                .contains("href=\"/nav-enheter/0300\"")
                .contains("030102");
    }

    @Test
    void answersUnknownUnitWith404() throws Exception {
        assertThat(SamskapKlient.innlogget(port, "veileder").get("/nav-enheter/9999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void redirectsToLoginWithoutSession() throws Exception {
        var side = SamskapKlient.anonym(port).get("/nav-enheter");

        assertThat(side.statusCode()).isEqualTo(302);
        assertThat(side.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
