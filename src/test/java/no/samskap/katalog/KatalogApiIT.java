package no.samskap.katalog;

import static no.samskap.TestApi.json;
import static no.samskap.katalog.KatalogTestApi.IDAG;
import static no.samskap.katalog.KatalogTestApi.enc;
import static no.samskap.katalog.KatalogTestApi.unikt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.katalog.KatalogTestApi.Avtale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The catalog search API over real HTTP: full-text semantics, each filter, combinations, paging, sorts, access. */
@SamskapIntegrationTest
class KatalogApiIT {

    @Value("${local.server.port}")
    int port;

    KatalogTestApi admin;
    KatalogTestApi veileder;
    String ord;

    @BeforeEach
    void oppsett() {
        admin = new KatalogTestApi(port, "admin");
        veileder = admin.som("veileder");
        ord = unikt();
    }

    @Test
    void findsInflectedFormsThroughNorwegianStemmingAndMarksTheMatch() {
        Avtale a = admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1));
        admin.publisert(admin.gjennomforing(a, "Oppfølgingen i " + ord));
        admin.publisert(admin.gjennomforing(a, "Jobbsøking " + ord));

        JsonNode side = veileder.sok("q=" + enc("oppfølging " + ord));

        assertThat(side.get("totalt").asLong()).isEqualTo(1);
        JsonNode treff = side.get("innhold").get(0);
        assertThat(treff.get("navn").asString()).isEqualTo("Oppfølgingen i " + ord);
        List<String> markert = new ArrayList<>();
        treff.get("navnFremhevet").forEach(d -> {
            if (d.get("treff").asBoolean()) {
                markert.add(d.get("tekst").asString());
            }
        });
        assertThat(markert).containsExactly("Oppfølgingen", ord);
    }

    @Test
    void findsAccentedWordsWrittenWithoutTheAccentAndKeepsTheNorwegianLetters() {
        Avtale a = admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1));
        admin.publisert(admin.gjennomforing(a, "Kafé" + ord + " Grünerløkka"));
        var medBeskrivelse = admin.gjennomforing(a, "Verksted " + ord);
        medBeskrivelse.put("beskrivelse", "En idé" + ord + " om arbeid, og (café" + ord + ").");
        admin.publisert(medBeskrivelse);

        assertThat(veileder.navn("q=" + enc("kafe" + ord))).containsExactly("Kafé" + ord + " Grünerløkka");
        assertThat(veileder.navn("q=" + enc("kafé" + ord))).as("the accented spelling still finds it")
                .containsExactly("Kafé" + ord + " Grünerløkka");
        assertThat(veileder.navn("q=" + enc("grunerløkka " + ord))).containsExactly("Kafé" + ord + " Grünerløkka");
        assertThat(veileder.navn("q=" + enc("ide" + ord))).as("in the description").containsExactly("Verksted " + ord);
        assertThat(veileder.navn("q=" + enc("cafe" + ord))).as("a word in brackets").containsExactly("Verksted " + ord);
        assertThat(veileder.navn("q=" + enc("grunerlokka " + ord))).as("ø is a letter of its own, not an o with a stroke")
                .isEmpty();
    }

    @Test
    void searchesTheProviderAndTheDescriptionsToo() {
        String arrangorord = unikt();
        String beskrivelsesord = unikt();
        Avtale a = admin.avtale(arrangorord, "JOBBKLUBB", IDAG.minusMonths(1));
        var medBeskrivelse = admin.gjennomforing(a, "Kurs " + ord + " en");
        medBeskrivelse.put("beskrivelse", "Deltakerne lærer " + beskrivelsesord + " i praksis.");
        admin.publisert(medBeskrivelse);
        admin.publisert(admin.gjennomforing(a, "Kurs " + ord + " to"));

        assertThat(veileder.navn("q=" + arrangorord)).containsExactlyInAnyOrder("Kurs " + ord + " en", "Kurs " + ord + " to");
        JsonNode side = veileder.sok("q=" + beskrivelsesord);
        assertThat(side.get("totalt").asLong()).isEqualTo(1);
        assertThat(side.get("innhold").get(0).get("utdrag").toString()).contains(beskrivelsesord);
        assertThat(veileder.navn("q=" + enc("kurs jobbklubb " + ord))).as("the measure type name is searched").hasSize(2);
    }

    @Test
    void escapesNothingAndFailsNothingOnOddSearchText() {
        var response = veileder.get("/api/v1/katalog?q=" + enc("\"<script>alert(1)</script> -og OR ) ( :* & | !"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void filtersByOfficeOrRegion() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        var oslo = admin.gjennomforing(a, "Oslo " + ord);
        admin.publisert(oslo);
        var bergen = admin.gjennomforing(a, "Bergen " + ord);
        bergen.put("navEnheter", List.of("1202"));
        admin.publisert(bergen);

        assertThat(veileder.navn("q=" + ord + "&navEnhet=0315")).containsExactly("Oslo " + ord);
        assertThat(veileder.navn("q=" + ord + "&navEnhet=0312")).isEmpty();
        assertThat(veileder.navn("q=" + ord + "&navEnhet=0300")).as("a region finds its offices' rows").containsExactly("Oslo " + ord);
        assertThat(veileder.navn("q=" + ord + "&navEnhet=1200")).containsExactly("Bergen " + ord);
        assertThat(veileder.navn("q=" + ord + "&navEnhet=0315&navEnhet=1202")).hasSize(2);
        assertThat(veileder.navn("q=" + ord)).as("no office = all offices").hasSize(2);
    }

    @Test
    void filtersByMeasureTypes() {
        admin.publisert(admin.gjennomforing(admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1)), "Oppf " + ord));
        admin.publisert(admin.gjennomforing(admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1)), "Klubb " + ord));
        admin.publisert(admin.gjennomforing(admin.avtale(ord, "AVKLARING", IDAG.minusMonths(1)), "Avkl " + ord));

        assertThat(veileder.navn("q=" + ord + "&tiltakskode=JOBBKLUBB")).containsExactly("Klubb " + ord);
        assertThat(veileder.navn("q=" + ord + "&tiltakskode=JOBBKLUBB&tiltakskode=AVKLARING"))
                .containsExactlyInAnyOrder("Klubb " + ord, "Avkl " + ord);
    }

    @Test
    void showsOnlyMeasureTypesOpenToTheInnsatsgruppe() {
        admin.publisert(admin.gjennomforing(admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1)), "Oppf " + ord));
        admin.publisert(admin.gjennomforing(admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1)), "Klubb " + ord));

        assertThat(veileder.navn("q=" + ord + "&innsatsgruppe=STANDARD_INNSATS")).containsExactly("Klubb " + ord);
        assertThat(veileder.navn("q=" + ord + "&innsatsgruppe=VARIG_TILPASSET_INNSATS")).containsExactly("Oppf " + ord);
        assertThat(veileder.navn("q=" + ord + "&innsatsgruppe=SITUASJONSBESTEMT_INNSATS")).hasSize(2);
    }

    @Test
    void filtersByOpenForEnrolmentAndIntakeType() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        UUID apen = admin.publisert(admin.gjennomforing(a, "Apen " + ord));
        var apne = admin.post("/api/v1/gjennomforinger/" + apen + "/apne-for-pamelding", Map.of("version", 1));
        assertThat(apne.statusCode()).as(apne.body()).isEqualTo(200);
        var felles = admin.gjennomforing(a, "Felles " + ord);
        felles.put("oppstartstype", "FELLES");
        admin.publisert(felles);

        assertThat(veileder.navn("q=" + ord + "&apentForPamelding=true")).containsExactly("Apen " + ord);
        assertThat(veileder.navn("q=" + ord + "&apentForPamelding=false")).as("false = no filter").hasSize(2);
        assertThat(veileder.navn("q=" + ord + "&oppstartstype=FELLES")).containsExactly("Felles " + ord);
        assertThat(veileder.navn("q=" + ord + "&oppstartstype=LOPENDE")).containsExactly("Apen " + ord);
    }

    @Test
    void filtersByStartDateRangeInclusive() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        for (int dager : new int[] {10, 40, 70}) {
            var g = admin.gjennomforing(a, "Start " + dager + " " + ord);
            g.put("startdato", IDAG.plusDays(dager).toString());
            admin.publisert(g);
        }

        assertThat(veileder.navn("q=" + ord + "&startFra=" + IDAG.plusDays(30) + "&startTil=" + IDAG.plusDays(60)))
                .containsExactly("Start 40 " + ord);
        assertThat(veileder.navn("q=" + ord + "&startFra=" + IDAG.plusDays(40) + "&startTil=" + IDAG.plusDays(40)))
                .containsExactly("Start 40 " + ord);
        assertThat(veileder.navn("q=" + ord + "&startFra=" + IDAG.plusDays(40))).hasSize(2);
        assertThat(veileder.navn("q=" + ord + "&startTil=" + IDAG.plusDays(40))).hasSize(2);
    }

    @Test
    void combinesFilters() {
        Avtale oppf = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        Avtale klubb = admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1));
        var treff = admin.gjennomforing(klubb, "Treff " + ord);
        treff.put("oppstartstype", "FELLES");
        admin.publisert(treff);
        var feilKontor = admin.gjennomforing(klubb, "Bergen " + ord);
        feilKontor.put("oppstartstype", "FELLES");
        feilKontor.put("navEnheter", List.of("1202"));
        admin.publisert(feilKontor);
        admin.publisert(admin.gjennomforing(klubb, "Lopende " + ord));
        var feilType = admin.gjennomforing(oppf, "Oppf " + ord);
        feilType.put("oppstartstype", "FELLES");
        admin.publisert(feilType);

        assertThat(veileder.navn("q=" + ord + "&tiltakskode=JOBBKLUBB&navEnhet=0300&oppstartstype=FELLES"
                + "&innsatsgruppe=STANDARD_INNSATS&startFra=" + IDAG)).containsExactly("Treff " + ord);
    }

    @Test
    void pagesWithTheTotalCount() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        for (String bokstav : List.of("A", "B", "C", "D", "E")) {
            admin.publisert(admin.gjennomforing(a, bokstav + " " + ord));
        }

        JsonNode forste = veileder.sok("q=" + ord + "&sortering=NAVN&storrelse=2");
        assertThat(forste.get("totalt").asLong()).isEqualTo(5);
        assertThat(forste.get("side").asInt()).isEqualTo(1);
        assertThat(forste.get("storrelse").asInt()).isEqualTo(2);
        assertThat(veileder.navn("q=" + ord + "&sortering=NAVN&storrelse=2")).containsExactly("A " + ord, "B " + ord);
        assertThat(veileder.navn("q=" + ord + "&sortering=NAVN&storrelse=2&side=3")).containsExactly("E " + ord);
        assertThat(veileder.sok("q=" + ord + "&sortering=NAVN&storrelse=2&side=3").get("totalt").asLong()).isEqualTo(5);
        JsonNode etterSiste = veileder.sok("q=" + ord + "&storrelse=2&side=4");
        assertThat(etterSiste.get("innhold")).isEmpty();
        assertThat(etterSiste.get("totalt").asLong()).isEqualTo(5);
    }

    @Test
    void sortsByNameInNorwegianOrderStartDateAndMeasureType() {
        Avtale oppf = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        Avtale klubb = admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1));
        var aa = admin.gjennomforing(oppf, "Å " + ord);
        aa.put("startdato", IDAG.plusDays(5).toString());
        admin.publisert(aa);
        var oe = admin.gjennomforing(klubb, "Ø " + ord);
        oe.put("startdato", IDAG.plusDays(50).toString());
        admin.publisert(oe);
        var b = admin.gjennomforing(oppf, "B " + ord);
        b.put("startdato", IDAG.plusDays(20).toString());
        admin.publisert(b);

        assertThat(veileder.navn("q=" + ord + "&sortering=NAVN")).containsExactly("B " + ord, "Ø " + ord, "Å " + ord);
        assertThat(veileder.navn("q=" + ord + "&sortering=STARTDATO")).containsExactly("Å " + ord, "B " + ord, "Ø " + ord);
        assertThat(veileder.navn("q=" + ord + "&sortering=TILTAKSTYPE"))
                .as("Jobbklubb before Oppfølging, then by name")
                .containsExactly("Ø " + ord, "B " + ord, "Å " + ord);
    }

    @Test
    void sortsByRelevanceWhenSearchingNameMatchesBeforeDescriptionMatches() {
        String soke = unikt();
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        var iBeskrivelse = admin.gjennomforing(a, "Bbb " + ord);
        iBeskrivelse.put("beskrivelse", "Her står " + soke + " bare i teksten.");
        admin.publisert(iBeskrivelse);
        admin.publisert(admin.gjennomforing(a, "Zzz " + soke + " " + ord));

        assertThat(veileder.navn("q=" + soke)).as("default with q is RELEVANS")
                .containsExactly("Zzz " + soke + " " + ord, "Bbb " + ord);
        assertThat(veileder.navn("q=" + soke + "&sortering=RELEVANS")).first().isEqualTo("Zzz " + soke + " " + ord);
        assertThat(veileder.navn("q=" + soke + "&sortering=NAVN")).first().isEqualTo("Bbb " + ord);
    }

    @Test
    void showsOnlyPublishedRunningImplementationsOfStartedAgreements() {
        Avtale a = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(2));
        admin.publisert(admin.gjennomforing(a, "Synlig " + ord));
        admin.opprett("/api/v1/gjennomforinger", admin.gjennomforing(a, "Upublisert " + ord));
        var sluttet = admin.gjennomforing(a, "Sluttet " + ord);
        sluttet.put("startdato", IDAG.minusMonths(1).toString());
        sluttet.put("sluttdato", IDAG.minusDays(1).toString());
        admin.publisert(sluttet);
        Avtale fremtidig = admin.avtale(ord, "OPPFOLGING", IDAG.plusDays(20));
        var senere = admin.gjennomforing(fremtidig, "Senere " + ord);
        senere.put("startdato", IDAG.plusDays(30).toString());
        admin.publisert(senere);

        assertThat(veileder.navn("q=" + ord)).as("not unpublished, not ended, not under a not yet started agreement")
                .containsExactly("Synlig " + ord);
    }

    @Test
    void showsOneImplementationInFullAnd404WhenNotInTheCatalog() {
        Avtale a = admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1));
        UUID id = admin.publisert(admin.gjennomforing(a, "Detalj " + ord));
        UUID upublisert = admin.opprett("/api/v1/gjennomforinger", admin.gjennomforing(a, "Skjult " + ord));

        JsonNode d = json(veileder.get("/api/v1/katalog/" + id));
        assertThat(d.get("navn").asString()).isEqualTo("Detalj " + ord);
        assertThat(d.get("tiltakstypeBeskrivelse").asString()).startsWith("Jobbklubb er et kort kurs");
        assertThat(d.get("innsatsgrupper").toString()).contains("STANDARD_INNSATS").doesNotContain("\"VARIG_TILPASSET_INNSATS\"");
        assertThat(d.get("estimertVentetid").get("verdi").asInt()).isEqualTo(3);
        assertThat(d.get("arrangorNavn").asString()).isEqualTo("Arrangør " + ord + " avd. Oslo");
        assertThat(d.get("navKontaktpersoner").get(0).get("navn").asString()).isEqualTo("Kari Veileder");
        assertThat(veileder.get("/api/v1/katalog/" + upublisert).statusCode()).isEqualTo(404);
        assertThat(veileder.get("/api/v1/katalog/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsEveryBadParameterWith400AndFieldErrors() {
        var response = veileder.get("/api/v1/katalog?startFra=2027-01-01&startTil=2026-01-01&innsatsgruppe=INGEN"
                + "&storrelse=101&side=0&sortering=TILFELDIG&navEnhet=12&tiltakskode=FINNES_IKKE&oppstartstype=SNART"
                + "&apentForPamelding=ja");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = json(response);
        List<String> feil = new ArrayList<>();
        problem.get("errors").forEach(e -> feil.add(e.get("field").asString() + ":" + e.get("code").asString()));
        assertThat(feil).containsExactlyInAnyOrder(
                "startFra:katalog.start-fra.etter-start-til",
                "innsatsgruppe:katalog.innsatsgruppe.ukjent",
                "storrelse:katalog.storrelse.ugyldig",
                "side:katalog.side.ugyldig",
                "sortering:katalog.sortering.ukjent",
                "navEnhet:katalog.nav-enhet.ugyldig",
                "tiltakskode:katalog.tiltakskode.ukjent",
                "oppstartstype:katalog.oppstartstype.ukjent",
                "apentForPamelding:katalog.apent-for-pamelding.ugyldig");
        assertThat(veileder.get("/api/v1/katalog?startFra=2026-13-01&storrelse=x").statusCode()).isEqualTo(400);
        assertThat(veileder.get("/api/v1/katalog?innsatsgruppe=STANDARD_INNSATS&innsatsgruppe=VARIG_TILPASSET_INNSATS")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void onlyCounsellorsAndAdministratorsUseTheCatalog() {
        UUID id = admin.publisert(admin.gjennomforing(admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1)), "Tilgang " + ord));

        for (String bruker : List.of("arrangor", "deltaker", "investor")) {
            assertThat(admin.som(bruker).get("/api/v1/katalog?q=" + ord).statusCode()).as(bruker).isEqualTo(403);
            assertThat(admin.som(bruker).get("/api/v1/katalog/" + id).statusCode()).as(bruker).isEqualTo(403);
        }
        assertThat(veileder.get("/api/v1/katalog?q=" + ord).statusCode()).isEqualTo(200);
        assertThat(veileder.get("/api/v1/katalog/" + id).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/katalog?q=" + ord).statusCode()).isEqualTo(200);
    }
}
