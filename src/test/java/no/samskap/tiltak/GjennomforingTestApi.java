package no.samskap.tiltak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.TestApi;
import no.samskap.shared.OrgnrFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Real HTTP calls to the running test server with HTTP Basic as a demo user, and the data an implementation needs
 * (provider, agreement) created through the other modules' APIs.
 */
final class GjennomforingTestApi extends TestApi {

    GjennomforingTestApi(int port, String bruker) {
        super(port, bruker);
    }

    @Override
    public GjennomforingTestApi som(String annenBruker) {
        return new GjennomforingTestApi(port, annenBruker);
    }

    /** A provider (hovedenhet with two underenheter and a contact person) and an AKTIV agreement with it. */
    record Oppsett(UUID avtaleId, UUID hovedenhet, UUID underenhet, UUID annenUnderenhet, UUID kontaktperson, UUID prismodell) {}

    Oppsett oppsett(String avtalestart) {
        return oppsett(avtalestart, randomOrgnr());
    }

    /** As {@link #oppsett(String)}, at the provider with this hovedenhet orgnr (registered if not yet). */
    Oppsett oppsett(String avtalestart, String hovedenhetOrgnr) {
        UUID hoved = finnEllerRegistrer(hovedenhetOrgnr);
        UUID under = opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", randomOrgnr(), "navn", "Fretex Oslo", "hovedenhetId", hoved.toString()));
        UUID annen = opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", randomOrgnr(), "navn", "Fretex Bergen", "hovedenhetId", hoved.toString()));
        UUID kontakt = opprett("/api/v1/arrangorer/" + under + "/kontaktpersoner", Map.of(
                "navn", "Kari Kontakt", "epost", "kari@example.no", "ansvar", List.of("GJENNOMFORING")));
        var avtale = new LinkedHashMap<String, Object>();
        avtale.put("navn", "Oppfølging Oslo " + UUID.randomUUID().toString().substring(0, 8));
        avtale.put("tiltakskode", "OPPFOLGING");
        avtale.put("avtaletype", "RAMMEAVTALE");
        avtale.put("sakarkivnummer", "2024/1234");
        avtale.put("arrangorHovedenhetId", hoved.toString());
        avtale.put("arrangorUnderenheter", List.of(under.toString(), annen.toString()));
        avtale.put("startdato", avtalestart);
        avtale.put("sluttdato", "2030-12-31");
        avtale.put("navRegioner", List.of("0300"));
        avtale.put("navEnheter", List.of("0315", "0312"));
        avtale.put("administratorer", List.of("Z123456"));
        avtale.put("beskrivelse", "Individuell oppfølging i Oslo.");
        avtale.put("prismodeller", List.of(Map.of(
                "type", "AVTALT_PRIS_PER_MANEDSVERK",
                "satser", List.of(Map.of("gyldigFra", avtalestart, "belop", 21500.50)))));
        UUID avtaleId = opprett("/api/v1/avtaler", avtale);
        JsonNode a = json(get("/api/v1/avtaler/" + avtaleId));
        assertThat(a.get("status").asString()).isEqualTo("AKTIV");
        UUID prismodell = UUID.fromString(a.get("prismodeller").get(0).get("id").asString());
        return new Oppsett(avtaleId, hoved, under, annen, kontakt, prismodell);
    }

    /** A valid create body for an implementation under the agreement. */
    static Map<String, Object> gyldig(Oppsett o, String start, String slutt) {
        var m = new LinkedHashMap<String, Object>();
        m.put("avtaleId", o.avtaleId().toString());
        m.put("arrangorId", o.underenhet().toString());
        m.put("navn", "Jobbklubb Grünerløkka");
        m.put("startdato", start);
        m.put("sluttdato", slutt);
        m.put("antallPlasser", 12);
        m.put("oppstartstype", "FELLES");
        m.put("prismodellId", o.prismodell().toString());
        m.put("navEnheter", List.of("0315"));
        m.put("arrangorKontaktpersoner", List.of(o.kontaktperson().toString()));
        m.put("navKontaktpersoner", List.of(Map.of("navIdent", "Z123456", "navn", "Kari Veileder", "epost", "kari@nav.no")));
        m.put("oppmotested", "Thorvald Meyers gate 1, 0555 Oslo");
        m.put("estimertVentetid", Map.of("verdi", 3, "enhet", "UKER"));
        m.put("beskrivelse", "Jobbsøking i gruppe.");
        return m;
    }


    private UUID finnEllerRegistrer(String orgnr) {
        var response = post("/api/v1/arrangorer", JSON.writeValueAsString(Map.of("organisasjonsnummer", orgnr, "navn", "Fretex Jobb AS")));
        if (response.statusCode() == 201) {
            return idFraLocation(response);
        }
        JsonNode liste = json(get("/api/v1/arrangorer?q=" + orgnr));
        for (JsonNode n : liste.get("innhold")) {
            if (orgnr.equals(n.get("organisasjonsnummer").asString())) {
                return UUID.fromString(n.get("id").asString());
            }
        }
        throw new AssertionError("could not register or find " + orgnr + ": " + response.body());
    }

    static List<String> feil(JsonNode problem) {
        List<String> result = new ArrayList<>();
        problem.get("errors").forEach(e -> result.add(e.get("field").asString() + ":" + e.get("code").asString()));
        return result;
    }

    /** A random valid organisasjonsnummer. */
    static String randomOrgnr() {
        return OrgnrFixtures.random();
    }
}
