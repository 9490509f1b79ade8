package no.samskap.katalog.deling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import no.samskap.organisasjon.SamskapKlient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** Who gets which of the saved-filter and sharing pages: the same service rules as the API, as 403 and 404 pages. */
@SamskapIntegrationTest
class KatalogSiderTilgangIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void onlyCounsellorsGetTheSharingPages() throws Exception {
        UUID gjennomforing = new KatalogTestdata(port).publisertGjennomforing("Sider " + UUID.randomUUID());
        var veileder = SamskapKlient.innlogget(port, "veileder");

        assertThat(veileder.get("/katalog/" + gjennomforing + "/del").statusCode()).isEqualTo(200);
        assertThat(veileder.get("/katalog/delinger").statusCode()).isEqualTo(200);
        for (String bruker : new String[] {"admin", "arrangor", "deltaker"}) {
            var annen = SamskapKlient.innlogget(port, bruker);
            assertThat(annen.get("/katalog/" + gjennomforing + "/del").statusCode()).as(bruker).isEqualTo(403);
            assertThat(annen.get("/katalog/delinger").statusCode()).as(bruker).isEqualTo(403);
        }
    }

    @Test
    void theSharePageOfAnUnpublishedImplementationIsNotFound() throws Exception {
        UUID upublisert = new KatalogTestdata(port).gjennomforing("Upublisert side " + UUID.randomUUID());

        assertThat(SamskapKlient.innlogget(port, "veileder").get("/katalog/" + upublisert + "/del").statusCode()).isEqualTo(404);
    }

    @Test
    void savedFilterPagesAreTheOwnersOnly() throws Exception {
        UUID id = new TestApi(port, "veileder").opprett("/api/v1/katalog/lagrede-filtre",
                Map.of("navn", "Sidefilter " + UUID.randomUUID(), "sporring", "q=jobb"));
        var eier = SamskapKlient.innlogget(port, "veileder");
        var annen = SamskapKlient.innlogget(port, "veileder2");

        assertThat(eier.get("/katalog/filtre").body()).contains("/katalog?q=jobb");
        assertThat(eier.get("/katalog/filtre/" + id + "/endre").statusCode()).isEqualTo(200);
        assertThat(annen.get("/katalog/filtre").body()).doesNotContain("Sidefilter");
        assertThat(annen.get("/katalog/filtre/" + id + "/endre").statusCode()).isEqualTo(404);
        assertThat(annen.get("/katalog/filtre/" + id + "/slett").statusCode()).isEqualTo(404);
        assertThat(SamskapKlient.innlogget(port, "admin").get("/katalog/filtre").statusCode()).isEqualTo(200);
        assertThat(SamskapKlient.innlogget(port, "arrangor").get("/katalog/filtre").statusCode()).isEqualTo(403);
        assertThat(SamskapKlient.innlogget(port, "arrangor").get("/katalog/filtre/ny?sporring=q%3Djobb").statusCode()).isEqualTo(403);
    }
}
