package no.samskap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.shared.FodselsnummerFixtures;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The administrators' audit API: one person's audit trail (itself audited) and the chain check. */
@SamskapIntegrationTest
class RevisjonsloggApiIT {

    private static final String SOK = "/api/v1/revisjonslogg/sok";

    @Value("${local.server.port}")
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TilgangService tilgang;

    private TestApi admin() {
        return new TestApi(port, "admin");
    }

    @Test
    void listsWhoDidWhatWhenAndWhyAboutOnePersonNewestFirstInPages() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        String deltakelse = UUID.randomUUID().toString();
        tilgang.somKommandobruker("Z990001", Rolle.VEILEDER,
                () -> auditLog.registrer("OPPRETT", "deltakelse", deltakelse, fnr, Formaal.OPPFOLGING));
        tilgang.somKommandobruker("Z990002", Rolle.ARRANGOR,
                () -> auditLog.registrer("LES", "deltakelse", deltakelse, fnr, Formaal.GJENNOMFORING));
        tilgang.somKommandobruker("migrering", Rolle.TILTAKSADMIN, () -> auditLog.registrerForPersoner(
                "OPPRETT", "historisk_deltakelse", "import-1", List.of(FodselsnummerFixtures.randomSyntetisk(), fnr),
                Formaal.IMPORT));
        auditLog.registrer("LES", "deltakelse", deltakelse, FodselsnummerFixtures.randomSyntetisk(), Formaal.OPPFOLGING);

        HttpResponse<String> svar = admin().post(SOK, Map.of("fodselsnummer", fnr, "storrelse", 2));

        assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
        JsonNode side = TestApi.json(svar);
        assertThat(side.get("totalt").asLong()).isEqualTo(3);
        JsonNode nyeste = side.get("innhold").get(0);
        assertThat(nyeste.get("utfortAv").asString()).isEqualTo("kommando:migrering");
        assertThat(nyeste.get("rolle").asString()).isEqualTo("TILTAKSADMIN");
        assertThat(nyeste.get("handling").asString()).isEqualTo("OPPRETT");
        assertThat(nyeste.get("ressursType").asString()).isEqualTo("historisk_deltakelse");
        assertThat(nyeste.get("ressursId").asString()).isEqualTo("import-1");
        assertThat(nyeste.get("formaal").asString()).isEqualTo("IMPORT");
        assertThat(nyeste.get("mangePersoner").asBoolean()).isTrue();
        assertThat(nyeste.get("tidspunkt").asString()).isNotBlank();
        JsonNode nest = side.get("innhold").get(1);
        assertThat(nest.get("utfortAv").asString()).isEqualTo("kommando:Z990002");
        assertThat(nest.get("rolle").asString()).isEqualTo("ARRANGOR");
        assertThat(nest.get("formaal").asString()).isEqualTo("GJENNOMFORING");

        // the first page's lookup is itself a new entry about the person: the bound keeps page 2 where it was
        JsonNode side2 = TestApi.json(admin().post(SOK, Map.of("fodselsnummer", fnr, "storrelse", 2, "side", 1,
                "tilOgMedSekvens", side.get("tilOgMedSekvens").asLong())));
        assertThat(side2.get("totalt").asLong()).isEqualTo(3);
        assertThat(side2.get("innhold")).hasSize(1);
        assertThat(side2.get("innhold").get(0).get("handling").asString()).isEqualTo("OPPRETT");
        assertThat(side2.get("innhold").get(0).get("ressursId").asString()).isEqualTo(deltakelse);
    }

    @Test
    void auditsTheLookupItself() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        assertThat(TestApi.json(admin().post(SOK, Map.of("fodselsnummer", fnr))).get("totalt").asLong()).isZero();

        JsonNode side = TestApi.json(admin().post(SOK, Map.of("fodselsnummer", fnr)));

        assertThat(side.get("totalt").asLong()).isEqualTo(1);
        JsonNode oppslag = side.get("innhold").get(0);
        assertThat(oppslag.get("utfortAv").asString()).isEqualTo("admin");
        assertThat(oppslag.get("handling").asString()).isEqualTo("LES");
        assertThat(oppslag.get("ressursType").asString()).isEqualTo("audit");
        assertThat(oppslag.get("formaal").asString()).isEqualTo("KONTROLL");
    }

    @Test
    void onlyAdministratorsLookUpAndTheNumberIsNeverEchoed() {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        String feil = fnr.substring(0, 10) + ((fnr.charAt(10) - '0' + 1) % 10);

        assertThat(new TestApi(port, "veileder").post(SOK, Map.of("fodselsnummer", fnr)).statusCode()).isEqualTo(403);
        assertThat(new TestApi(port, "veileder").get("/api/v1/revisjonslogg/kontroll").statusCode()).isEqualTo(403);
        HttpResponse<String> ugyldig = admin().post(SOK, Map.of("fodselsnummer", feil));
        assertThat(ugyldig.statusCode()).isEqualTo(400);
        assertThat(ugyldig.body()).contains("fodselsnummer.ugyldig").doesNotContain(feil.substring(0, 10));
    }

    @Test
    void checksTheChain() {
        HttpResponse<String> svar = admin().get("/api/v1/revisjonslogg/kontroll");

        assertThat(svar.statusCode()).isEqualTo(200);
        JsonNode kontroll = TestApi.json(svar);
        assertThat(kontroll.get("gyldig").asBoolean()).isTrue();
        assertThat(kontroll.get("kontrollert").asLong()).isPositive();
    }
}
