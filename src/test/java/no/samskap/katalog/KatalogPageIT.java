package no.samskap.katalog;

import static no.samskap.katalog.KatalogTestApi.IDAG;
import static no.samskap.katalog.KatalogTestApi.unikt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.katalog.KatalogTestApi.Avtale;
import no.samskap.organisasjon.SamskapKlient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalog pages over real HTTP with form login: default filter, htmx fragment, escaping, errors, access. */
@SamskapIntegrationTest
class KatalogPageIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KatalogOppstart oppstart;

    @Test
    void opensWithTheCounsellorsOfficeAndRegionWhenThereIsNoQueryString() throws Exception {
        new KatalogTestApi(port, "veileder").utenStandardfilter();
        var side = SamskapKlient.innlogget(port, "veileder").get("/katalog");

        assertThat(side.statusCode()).isEqualTo(302);
        assertThat(side.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/katalog?navEnhet=0315&navEnhet=0300"));
    }

    @Test
    void answersHtmxWithTheResultsOnlyAndEscapesTextFromData() throws Exception {
        var admin = new KatalogTestApi(port, "admin");
        String ord = unikt();
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        var body = admin.gjennomforing(a, "<script>alert(1)</script> " + ord);
        body.put("beskrivelse", "<img src=x onerror=alert(1)> " + ord);
        admin.publisert(body);
        var klient = SamskapKlient.innlogget(port, "veileder");

        var hel = klient.get("/katalog?q=" + ord);
        var fragment = klient.get("/katalog?q=" + ord, "HX-Request", "true");

        assertThat(hel.statusCode()).isEqualTo(200);
        assertThat(hel.body()).contains("<h1", "role=\"search\"", "aria-live=\"polite\"", "1 tiltak");
        assertThat(hel.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "onerror=alert(1)&gt;")
                .doesNotContain("<script>alert(1)", "<img src=x");
        assertThat(hel.body()).contains("<mark>" + ord + "</mark>");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).doesNotContain("<h1", "role=\"search\"").contains("class=\"skjema lagre-filter\"")
                .contains("id=\"resultatinnhold\"", "1 tiltak");
        assertThat(fragment.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("HX-Request"));
    }

    @Test
    void showsBadFilterValuesAsMessagesWith400() throws Exception {
        var side = SamskapKlient.innlogget(port, "veileder").get("/katalog?storrelse=500&innsatsgruppe=INGEN");

        assertThat(side.statusCode()).isEqualTo(400);
        assertThat(side.body()).contains("Ukjent innsatsgruppe.", "Sidestørrelsen må være et heltall fra 1 til 100.");
    }

    @Test
    void refusesOtherRolesThanCounsellorsAndAdministrators() throws Exception {
        for (String bruker : new String[] {"arrangor", "deltaker", "investor"}) {
            assertThat(SamskapKlient.innlogget(port, bruker).get("/katalog?q=x").statusCode()).as(bruker).isEqualTo(403);
        }
        assertThat(SamskapKlient.innlogget(port, "admin").get("/katalog?q=x").statusCode()).isEqualTo(200);
    }

    @Test
    void rebuildsAtStartUpWhenTheReadModelIsOutOfStep() {
        var admin = new KatalogTestApi(port, "admin");
        String ord = unikt();
        UUID id = admin.publisert(admin.gjennomforing(admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1)), "Oppstart " + ord));
        jdbc.sql("delete from katalog.oppforing where gjennomforing_id = :id").param("id", id).update();

        oppstart.byggVedBehov();

        assertThat(admin.som("veileder").navn("q=" + ord)).containsExactly("Oppstart " + ord);
    }
}
