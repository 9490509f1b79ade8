package no.samskap.katalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.samskap.TestApi;
import no.samskap.shared.OrgnrFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Catalog test data through the real APIs (as admin): a provider with an underenhet, an agreement for a measure type,
 * and published implementations under it; plus catalog searches. Every name carries the caller's unique word so a test
 * can search for exactly its own rows.
 */
class KatalogTestApi extends TestApi {

    static final LocalDate IDAG = LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

    KatalogTestApi(int port, String bruker) {
        super(port, bruker);
    }

    @Override
    public KatalogTestApi som(String annenBruker) {
        return new KatalogTestApi(port, annenBruker);
    }

    /**
     * Removes this counsellor's default saved filter, if another test left one, so the catalog opens with the office
     * default again.
     */
    KatalogTestApi utenStandardfilter() {
        for (var filter : json(get("/api/v1/katalog/lagrede-filtre"))) {
            if (filter.get("standard").asBoolean()) {
                put("/api/v1/katalog/lagrede-filtre/" + filter.get("id").asString(),
                        Map.of("standard", false, "version", filter.get("version").asLong()));
            }
        }
        return this;
    }

    /** A word no other test uses (letters only, so stemming leaves it whole). */
    static String unikt() {
        var ord = new StringBuilder("kv");
        for (int i = 0; i < 10; i++) {
            ord.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return ord.toString();
    }

    /** An agreement with its provider; {@code body} is what created it (to update it). */
    record Avtale(UUID id, UUID hovedenhet, UUID underenhet, UUID prismodell, Map<String, Object> body) {}

    /** An AKTIV agreement for the measure type, serving Nav Oslo's Grünerløkka and Frogner and Nav Vestland's Bergen sør. */
    Avtale avtale(String ord, String tiltakskode, LocalDate start) {
        UUID hoved = opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", OrgnrFixtures.random(), "navn", "Hoved " + ord + " AS"));
        UUID under = opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", OrgnrFixtures.random(), "navn", "Arrangør " + ord + " avd. Oslo",
                "hovedenhetId", hoved.toString()));
        var body = new LinkedHashMap<String, Object>();
        body.put("navn", "Avtale " + ord);
        body.put("tiltakskode", tiltakskode);
        body.put("avtaletype", "RAMMEAVTALE");
        body.put("sakarkivnummer", "2024/1234");
        body.put("arrangorHovedenhetId", hoved.toString());
        body.put("arrangorUnderenheter", List.of(under.toString()));
        body.put("startdato", start.toString());
        body.put("sluttdato", IDAG.plusYears(3).toString());
        body.put("navRegioner", List.of("0300", "1200"));
        body.put("navEnheter", List.of("0315", "0312", "1202"));
        body.put("administratorer", List.of("Z123456"));
        body.put("prismodeller", List.of(Map.of(
                "type", "AVTALT_PRIS_PER_MANEDSVERK",
                "satser", List.of(Map.of("gyldigFra", start.toString(), "belop", 21500.50)))));
        UUID id = opprett("/api/v1/avtaler", body);
        JsonNode a = json(get("/api/v1/avtaler/" + id));
        UUID prismodell = UUID.fromString(a.get("prismodeller").get(0).get("id").asString());
        body.remove("prismodeller");
        return new Avtale(id, hoved, under, prismodell, body);
    }

    /** A valid implementation body under the agreement; tests change parts before {@link #publisert}. */
    Map<String, Object> gjennomforing(Avtale a, String navn) {
        var m = new LinkedHashMap<String, Object>();
        m.put("avtaleId", a.id().toString());
        m.put("arrangorId", a.underenhet().toString());
        m.put("navn", navn);
        m.put("startdato", IDAG.plusDays(10).toString());
        m.put("sluttdato", IDAG.plusYears(1).toString());
        m.put("antallPlasser", 12);
        m.put("oppstartstype", "LOPENDE");
        m.put("prismodellId", a.prismodell().toString());
        m.put("navEnheter", List.of("0315"));
        m.put("navKontaktpersoner", List.of(Map.of("navIdent", "Z123456", "navn", "Kari Veileder", "epost", "kari@nav.no")));
        m.put("oppmotested", "Thorvald Meyers gate 1, 0555 Oslo");
        m.put("estimertVentetid", Map.of("verdi", 3, "enhet", "UKER"));
        m.put("beskrivelse", "Arbeidsrettet tilbud i gruppe.");
        return m;
    }

    /** Creates the implementation and publishes it; returns its id. */
    UUID publisert(Map<String, Object> body) {
        UUID id = opprett("/api/v1/gjennomforinger", body);
        var response = post("/api/v1/gjennomforinger/" + id + "/publiser", Map.of("version", 0));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return id;
    }

    long version(String path) {
        return json(get(path)).get("version").asLong();
    }

    /** Searches the catalog API with a raw query string; fails unless 200. */
    JsonNode sok(String query) {
        HttpResponse<String> response = get("/api/v1/katalog?" + query);
        assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(200);
        return json(response);
    }

    /** The names of the result page, in order. */
    List<String> navn(String query) {
        var navn = new ArrayList<String>();
        sok(query).get("elementer").forEach(e -> navn.add(e.get("navn").asString()));
        return navn;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
