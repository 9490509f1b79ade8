package no.samskap.avtale;

import static no.samskap.TestApi.idFraLocation;
import static no.samskap.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.avtale.AvtaleApiIT.Arrangor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * The rules that depend on implementations, with the real implementation module behind
 * {@code tiltak.GjennomforingOppslag}: abort refused while one runs, start date, price model, underenhet and office in
 * use.
 */
@SamskapIntegrationTest
class AvtaleMedGjennomforingIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void protectsWhatARunningImplementationUses() {
        TestApi admin = new TestApi(port, "admin");
        Arrangor a = AvtaleApiIT.arrangor(admin);
        var avtale = AvtaleApiIT.gyldig(a);
        avtale.put("startdato", "2026-01-01");
        avtale.put("sluttdato", "2099-12-31");
        avtale.put("opsjonMaksVarighet", "2099-12-31");
        avtale.put("arrangorUnderenheter", List.of(a.underenhet().toString(), a.annenUnderenhet().toString()));
        UUID id = AvtaleApiIT.opprett(admin, "/api/v1/avtaler", avtale);
        UUID prismodell = UUID.fromString(json(admin.get("/api/v1/avtaler/" + id)).get("prismodeller").get(0).get("id").asString());

        var gjennomforing = new LinkedHashMap<String, Object>();
        gjennomforing.put("avtaleId", id.toString());
        gjennomforing.put("arrangorId", a.underenhet().toString());
        gjennomforing.put("navn", "Oppfølging Grünerløkka");
        gjennomforing.put("startdato", "2026-02-01");
        gjennomforing.put("sluttdato", "2099-06-30");
        gjennomforing.put("antallPlasser", 20);
        gjennomforing.put("oppstartstype", "LOPENDE");
        gjennomforing.put("prismodellId", prismodell.toString());
        gjennomforing.put("navEnheter", List.of("0315"));
        var opprettet = admin.post("/api/v1/gjennomforinger", TestApi.JSON.writeValueAsString(gjennomforing));
        assertThat(opprettet.statusCode()).as(opprettet.body()).isEqualTo(201);
        idFraLocation(opprettet);

        var avbryt = admin.post("/api/v1/avtaler/" + id + "/avbryt", "{\"version\":0,\"aarsaker\":[\"FEILREGISTRERING\"]}");
        assertThat(avbryt.statusCode()).isEqualTo(422);
        assertThat(json(avbryt).get("code").asString()).isEqualTo("avtale.gjennomforing-pagar");

        var fjern = admin.delete("/api/v1/avtaler/" + id + "/prismodeller/" + prismodell + "?version=0");
        assertThat(fjern.statusCode()).isEqualTo(422);
        assertThat(json(fjern).get("code").asString()).isEqualTo("avtale.prismodell-i-bruk");

        var endring = AvtaleApiIT.gyldig(a);
        endring.put("startdato", "2026-03-01");
        endring.put("sluttdato", "2099-12-31");
        endring.put("opsjonMaksVarighet", "2099-12-31");
        endring.put("arrangorUnderenheter", List.of(a.annenUnderenhet().toString()));
        endring.put("navRegioner", List.of("0300", "1500"));
        endring.put("navEnheter", List.of("1502"));
        endring.put("version", 0);
        var svar = admin.put("/api/v1/avtaler/" + id, TestApi.JSON.writeValueAsString(endring));
        assertThat(svar.statusCode()).isEqualTo(400);
        assertThat(AvtaleApiIT.feil(json(svar))).contains(
                "startdato:avtale.startdato-etter-gjennomforing",
                "arrangorUnderenheter:avtale.underenhet-i-bruk",
                "navEnheter:avtale.nav-enhet-i-bruk");

        JsonNode uendret = json(admin.get("/api/v1/avtaler/" + id));
        assertThat(uendret.get("version").asLong()).isZero();
        assertThat(uendret.get("status").asString()).isEqualTo("AKTIV");
        assertThat(uendret.get("prismodeller").size()).isEqualTo(1);
    }
}
