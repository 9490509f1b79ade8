package no.samskap.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import no.samskap.TestApi;
import no.samskap.shared.OrgnrFixtures;

/**
 * Implementations for catalog tests, created as the demo admin through the provider, agreement and implementation
 * APIs (as a person would), each under its own new provider and agreement.
 */
public final class KatalogTestdata {

    private final TestApi admin;

    public KatalogTestdata(int port) {
        this.admin = new TestApi(port, "admin");
    }

    /** A new OPPFOLGING implementation in Oslo (0315), running until 2030 and published. */
    public UUID publisertGjennomforing(String navn) {
        UUID id = gjennomforing(navn);
        handling(id, "publiser", Map.of());
        return id;
    }

    /** As {@link #publisertGjennomforing(String)}, but not published. */
    public UUID gjennomforing(String navn) {
        UUID[] arrangor = nyArrangor();
        return gjennomforing(navn, arrangor[0], arrangor[1], "LOPENDE", 10);
    }

    /** A new provider (hovedenhet and one underenhet) that no demo user acts for. */
    public UUID[] nyArrangor() {
        UUID hoved = admin.opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", OrgnrFixtures.random(), "navn", "Katalog Arbeid AS"));
        UUID under = admin.opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", OrgnrFixtures.random(), "navn", "Katalog Arbeid Oslo", "hovedenhetId", hoved.toString()));
        return new UUID[] {hoved, under};
    }

    /** The demo provider user's hovedenhet (983982433) and underenhet (992943084), registered if missing. */
    public UUID[] demoArrangor() {
        UUID hoved = finnEllerRegistrer("983982433", "Demo Arbeid AS", null);
        UUID under = finnEllerRegistrer("992943084", "Demo Arbeid Oslo", hoved);
        return new UUID[] {hoved, under};
    }

    private UUID finnEllerRegistrer(String orgnr, String navn, @Nullable UUID hovedenhet) {
        var body = new LinkedHashMap<String, Object>();
        body.put("organisasjonsnummer", orgnr);
        body.put("navn", navn);
        if (hovedenhet != null) {
            body.put("hovedenhetId", hovedenhet.toString());
        }
        HttpResponse<String> response = admin.post("/api/v1/arrangorer", body);
        if (response.statusCode() == 201) {
            return TestApi.idFraLocation(response);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        for (var n : TestApi.json(admin.get("/api/v1/arrangorer?q=" + orgnr)).get("innhold")) {
            if (orgnr.equals(n.get("organisasjonsnummer").asString())) {
                return UUID.fromString(n.get("id").asString());
            }
        }
        throw new AssertionError("no provider " + orgnr + " after 409");
    }

    /**
     * A published implementation open for enrolment in Oslo (0315) at the given provider.
     *
     * @param oppstartstype LOPENDE or FELLES
     */
    public UUID apenGjennomforing(String navn, UUID hoved, UUID under, String oppstartstype, int plasser) {
        UUID id = gjennomforing(navn, hoved, under, oppstartstype, plasser);
        handling(id, "publiser", Map.of());
        if (!TestApi.json(admin.get("/api/v1/gjennomforinger/" + id)).get("apentForPamelding").asBoolean()) {
            handling(id, "apne-for-pamelding", Map.of());
        }
        return id;
    }

    /** An implementation (not published) in Oslo (0315) at the given provider. */
    public UUID gjennomforing(String navn, UUID hoved, UUID under, String oppstartstype, int plasser) {
        var avtale = new LinkedHashMap<String, Object>();
        avtale.put("navn", "Katalogavtale " + UUID.randomUUID());
        avtale.put("tiltakskode", "OPPFOLGING");
        avtale.put("avtaletype", "RAMMEAVTALE");
        avtale.put("sakarkivnummer", "2026/1000");
        avtale.put("arrangorHovedenhetId", hoved.toString());
        avtale.put("arrangorUnderenheter", List.of(under.toString()));
        avtale.put("startdato", "2026-01-01");
        avtale.put("sluttdato", "2030-12-31");
        avtale.put("navRegioner", List.of("0300"));
        avtale.put("navEnheter", List.of("0315"));
        avtale.put("administratorer", List.of("Z123456"));
        avtale.put("prismodeller", List.of(Map.of(
                "type", "AVTALT_PRIS_PER_MANEDSVERK",
                "satser", List.of(Map.of("gyldigFra", "2026-01-01", "belop", 20000)))));
        UUID avtaleId = admin.opprett("/api/v1/avtaler", avtale);
        String prismodell = TestApi.json(admin.get("/api/v1/avtaler/" + avtaleId)).get("prismodeller").get(0).get("id").asString();
        var g = new LinkedHashMap<String, Object>();
        g.put("avtaleId", avtaleId.toString());
        g.put("arrangorId", under.toString());
        g.put("navn", navn);
        g.put("startdato", "2026-02-01");
        g.put("sluttdato", "2030-06-30");
        g.put("antallPlasser", plasser);
        g.put("oppstartstype", oppstartstype);
        g.put("prismodellId", prismodell);
        g.put("navEnheter", List.of("0315"));
        return admin.opprett("/api/v1/gjennomforinger", g);
    }

    /** Runs an action ({@code publiser}, {@code avbryt}...) with the implementation's current version. */
    public void handling(UUID gjennomforingId, String handling, Map<String, Object> felt) {
        String path = "/api/v1/gjennomforinger/" + gjennomforingId;
        var body = new LinkedHashMap<String, Object>(felt);
        body.put("version", TestApi.json(admin.get(path)).get("version").asLong());
        HttpResponse<String> response = admin.post(path + "/" + handling, body);
        assertThat(response.statusCode()).as(handling + " " + response.body()).isBetween(200, 299);
    }
}
