package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The enrolment pages over real HTTP with a form login: plain POST forms with redirect-after-post, 422 with the
 * message beside the field, 409 for a stale version; who gets which page (other office, other provider, other person:
 * 404, other roles: 403, never data); the fødselsnummer never in a URL or a page; and every page read audited.
 */
@SamskapIntegrationTest
class DeltakelseSiderIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    private DeltakelseTestdata testdata() {
        return new DeltakelseTestdata(port);
    }

    private SamskapKlient som(String bruker) throws Exception {
        return SamskapKlient.innlogget(port, bruker);
    }

    /** The path the response redirects to. */
    private static String location(HttpResponse<String> r) {
        return java.net.URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    }

    @Test
    void counsellorEnrolsThroughTheFormAndLearnsWhetherThePersonGotAPlaceOrTheWaitingList() throws Exception {
        String navn = "Sidepåmelding " + UUID.randomUUID();
        UUID g = testdata().apenHosDemoArrangor(navn, "LOPENDE", 1);
        var veileder = som("veileder");

        HttpResponse<String> skjema = veileder.get("/deltakelser/ny?gjennomforingId=" + g);
        assertThat(skjema.statusCode()).isEqualTo(200);
        assertThat(skjema.body()).contains(navn, "name=\"fodselsnummer\"", "name=\"startdato\"");

        String fnr = FodselsnummerFixtures.randomSyntetisk();
        var felter = new LinkedHashMap<String, String>(Map.of("gjennomforingId", g.toString(), "fodselsnummer", "12345678901",
                "navn", "", "startdato", "2026-12-01", "innhold", "Arbeidstrening"));
        HttpResponse<String> ugyldig = veileder.postSkjema("/deltakelser/ny", felter);
        assertThat(ugyldig.statusCode()).isEqualTo(422);
        assertThat(ugyldig.body()).contains("id=\"fodselsnummer-feil\"", "id=\"navn-feil\"", "id=\"feiloppsummering\"",
                tekst("deltakelse.navn.paakrevd"));

        felter.put("fodselsnummer", fnr);
        felter.put("navn", "Side Testesen");
        HttpResponse<String> forste = veileder.postSkjema("/deltakelser/ny", felter);
        assertThat(forste.statusCode()).as(forste.body()).isEqualTo(302);
        assertThat(location(forste)).matches(".*/deltakelser/[0-9a-f-]{36}$").doesNotContain(fnr);
        String side = veileder.get(location(forste)).body();
        String maskert = fnr.substring(0, 6) + "*****";
        assertThat(side).contains(tekst("deltakelse.melding.pameldt.VENTER_PA_OPPSTART", "Side Testesen", maskert, navn))
                .doesNotContain(fnr);

        felter.put("fodselsnummer", FodselsnummerFixtures.randomSyntetisk());
        felter.put("navn", "Venter Testesen");
        HttpResponse<String> andre = veileder.postSkjema("/deltakelser/ny", felter);
        assertThat(veileder.get(location(andre)).body()).contains(tekst("deltakelse.status.VENTELISTE"))
                .contains("Venter Testesen").contains(" er satt på venteliste i ");
        assertThat(veileder.get("/deltakelser/ny?gjennomforingId=" + g).body())
                .contains(tekst("deltakelse.pamelding.full"));
    }

    @Test
    void otherOfficeOtherProviderAndOtherPersonGetNotFoundAndOtherRolesForbiddenNeverData() throws Exception {
        String navn = "Annen arrangør side " + UUID.randomUUID();
        UUID g = testdata().apenHosAnnenArrangor(navn);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = testdata().meldPa(g, fnr, "Hemmelig Person");
        String sti = "/deltakelser/" + id;

        assertThat(som("veileder").get(sti).statusCode()).isEqualTo(200);
        for (String bruker : new String[] {"veileder2", "arrangor"}) {
            HttpResponse<String> r = som(bruker).get(sti);
            assertThat(r.statusCode()).as(bruker).isEqualTo(404);
            assertThat(r.body()).as(bruker).doesNotContain("Hemmelig Person").doesNotContain(fnr.substring(0, 6));
            assertThat(som(bruker).get("/deltakelser").body()).as(bruker).doesNotContain("Hemmelig Person");
        }
        var veileder2 = som("veileder2");
        assertThat(veileder2.get(sti + "/status").statusCode()).isEqualTo(404);
        assertThat(veileder2.get(sti + "/endre").statusCode()).isEqualTo(404);
        assertThat(veileder2.postSkjema(sti + "/status", Map.of("til", "DELTAR", "version", "0")).statusCode()).isEqualTo(404);
        assertThat(som("arrangor").get(sti + "/forslag/ny?type=FORLENG").statusCode()).isEqualTo(404);

        var deltaker = som("deltaker");
        assertThat(deltaker.get("/mine-deltakelser/" + id).statusCode()).isEqualTo(404);
        assertThat(location(deltaker.get(sti))).endsWith("/mine-deltakelser/" + id);
        assertThat(deltaker.get("/mine-deltakelser").body()).doesNotContain("Hemmelig Person");

        for (String bruker : new String[] {"admin", "investor"}) {
            var annen = som(bruker);
            assertThat(annen.get("/deltakelser").statusCode()).as(bruker).isEqualTo(403);
            assertThat(annen.get(sti).statusCode()).as(bruker).isEqualTo(403);
            assertThat(annen.get("/mine-deltakelser").statusCode()).as(bruker).isEqualTo(403);
            assertThat(annen.get("/varsler").statusCode()).as(bruker).isEqualTo(403);
        }
        var arrangor = som("arrangor");
        assertThat(arrangor.get("/deltakelser/ny?gjennomforingId=" + g).statusCode()).isEqualTo(403);
        assertThat(arrangor.get("/deltakelser/sok").statusCode()).isEqualTo(403);
        assertThat(arrangor.postSkjema("/deltakelser/sok", Map.of("fodselsnummer", fnr)).statusCode()).isEqualTo(403);
        assertThat(arrangor.get("/varsler").statusCode()).isEqualTo(403);
        assertThat(som("veileder").get("/mine-deltakelser").statusCode()).isEqualTo(403);
        assertThat(som("veileder").get(sti + "/forslag/ny?type=FORLENG").statusCode()).isEqualTo(403);
        assertThat(deltaker.get("/varsler").statusCode()).isEqualTo(403);
    }

    @Test
    void providerProposesAnEndOnTheFormAndTheCounsellorApprovesWithTheVersionItSaw() throws Exception {
        UUID g = testdata().apenHosDemoArrangor("Forslag side " + UUID.randomUUID(), "LOPENDE", 5);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = testdata().meldPa(g, fnr, "Forslag Testesen");
        testdata().endreStatus(id, "DELTAR", null);
        String sti = "/deltakelser/" + id;
        var arrangor = som("arrangor");

        String side = arrangor.get(sti).body();
        assertThat(side).contains("Forslag Testesen", fnr.substring(0, 6) + "*****").doesNotContain(fnr)
                .contains(sti + "/forslag/ny?type=AVSLUTT").doesNotContain(sti + "/status");
        assertThat(arrangor.get(sti + "/forslag/ny?type=AVSLUTT").body()).contains("name=\"aarsak\"", "name=\"sluttdato\"")
                .doesNotContain("name=\"deltakelsesprosent\"");

        HttpResponse<String> utenAarsak = arrangor.postSkjema(sti + "/forslag/ny",
                Map.of("type", "AVSLUTT", "sluttdato", "2027-01-15", "aarsak", ""));
        assertThat(utenAarsak.statusCode()).isEqualTo(422);
        assertThat(utenAarsak.body()).contains("id=\"aarsak-feil\"", tekst("deltakelse.forslag.aarsak.paakrevd"));
        HttpResponse<String> annetUtenTekst = arrangor.postSkjema(sti + "/forslag/ny",
                Map.of("type", "AVSLUTT", "sluttdato", "2027-01-15", "aarsak", "ANNET"));
        assertThat(annetUtenTekst.body()).contains("id=\"aarsakBeskrivelse-feil\"");
        HttpResponse<String> feilDato = arrangor.postSkjema(sti + "/forslag/ny",
                Map.of("type", "AVSLUTT", "sluttdato", "15.01.2027", "aarsak", "FATT_JOBB"));
        assertThat(feilDato.statusCode()).isEqualTo(422);
        assertThat(feilDato.body()).contains("id=\"sluttdato-feil\"");
        assertThat(testdata().hent("veileder", id).get("forslag")).isEmpty();

        LocalDate slutt = LocalDate.now().plusDays(30);
        String sluttTekst = slutt.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        HttpResponse<String> sendt = arrangor.postSkjema(sti + "/forslag/ny", Map.of("type", "AVSLUTT",
                "sluttdato", slutt.toString(), "aarsak", "FATT_JOBB", "begrunnelse", "Fikk fast jobb i kafé"));
        assertThat(sendt.statusCode()).as(sendt.body()).isEqualTo(302);
        assertThat(location(sendt)).endsWith(sti);
        String forslagId = testdata().hent("veileder", id).get("forslag").get(0).get("id").asString();

        var veileder = som("veileder");
        HttpResponse<String> foreldet = veileder.postSkjema(sti + "/forslag/" + forslagId + "/godkjenn", Map.of("version", "7"));
        assertThat(foreldet.statusCode()).isEqualTo(409);
        assertThat(foreldet.body()).contains(tekst("layout.endret-av-andre"));
        HttpResponse<String> godkjent = veileder.postSkjema(sti + "/forslag/" + forslagId + "/godkjenn", Map.of("version", "0"));
        assertThat(godkjent.statusCode()).as(godkjent.body()).isEqualTo(302);
        assertThat(veileder.get(sti).body()).as("takes part until the end date, which the page tells")
                .contains(tekst("deltakelse.status.DELTAR"), tekst("deltakelse.avsluttes-etter", sluttTekst),
                        tekst("deltakelse.forslagsstatus.GODKJENT"), "Fikk fast jobb i kafé");
    }

    @Test
    void counsellorRejectsWithAReasonAndAStaleStatusChangeOverwritesNothing() throws Exception {
        UUID g = testdata().apenHosDemoArrangor("Avvis side " + UUID.randomUUID(), "LOPENDE", 5);
        UUID id = testdata().meldPa(g, FodselsnummerFixtures.randomSyntetisk(), "Avvis Testesen");
        UUID forslag = testdata().foreslaa(id, Map.of("type", "ENDRE_DELTAKELSESPROSENT", "deltakelsesprosent", 50));
        String sti = "/deltakelser/" + id;
        var veileder = som("veileder");

        assertThat(veileder.get(sti + "/forslag/" + forslag + "/avvis").statusCode()).isEqualTo(200);
        HttpResponse<String> utenGrunn = veileder.postSkjema(sti + "/forslag/" + forslag + "/avvis", Map.of("version", "0"));
        assertThat(utenGrunn.statusCode()).isEqualTo(422);
        assertThat(utenGrunn.body()).contains("id=\"begrunnelse-feil\"");
        assertThat(veileder.postSkjema(sti + "/forslag/" + forslag + "/avvis",
                Map.of("begrunnelse", "Vi har avtalt 80 prosent", "version", "0")).statusCode()).isEqualTo(302);
        assertThat(som("arrangor").get(sti).body()).contains("Vi har avtalt 80 prosent", tekst("deltakelse.forslagsstatus.AVVIST"));

        HttpResponse<String> utenAarsak = veileder.postSkjema(sti + "/status", Map.of("til", "IKKE_AKTUELL", "version", "0"));
        assertThat(utenAarsak.statusCode()).isEqualTo(422);
        assertThat(utenAarsak.body()).contains("id=\"aarsak-feil\"");
        HttpResponse<String> annet = veileder.postSkjema(sti + "/status",
                Map.of("til", "IKKE_AKTUELL", "aarsak", "ANNET", "aarsakBeskrivelse", "", "version", "0"));
        assertThat(annet.body()).contains("id=\"aarsakBeskrivelse-feil\"");
        HttpResponse<String> ikkeTillatt = veileder.postSkjema(sti + "/status", Map.of("til", "HAR_SLUTTET", "aarsak", "SYK", "version", "0"));
        assertThat(ikkeTillatt.statusCode()).isEqualTo(422);
        assertThat(ikkeTillatt.body()).contains("id=\"til-feil\"");

        HttpResponse<String> startet = veileder.postSkjema(sti + "/status", Map.of("til", "DELTAR", "version", "0"));
        assertThat(startet.statusCode()).as(startet.body()).isEqualTo(302);
        HttpResponse<String> foreldet = veileder.postSkjema(sti + "/status",
                Map.of("til", "IKKE_AKTUELL", "aarsak", "SYK", "version", "0"));
        assertThat(foreldet.statusCode()).isEqualTo(409);
        assertThat(foreldet.body()).contains(tekst("layout.endret-av-andre"));
        assertThat(testdata().hent("veileder", id).get("status").asString()).isEqualTo("DELTAR");

        HttpResponse<String> endret = veileder.postSkjema(sti + "/endre", Map.of("startdato", "2026-12-01",
                "sluttdato", "2026-11-01", "deltakelsesprosent", "abc", "innhold", "x", "version", "1"));
        assertThat(endret.statusCode()).isEqualTo(422);
        assertThat(endret.body()).contains("id=\"deltakelsesprosent-feil\"");
        HttpResponse<String> datoer = veileder.postSkjema(sti + "/endre", Map.of("startdato", "2026-12-01",
                "sluttdato", "2026-11-01", "deltakelsesprosent", "60", "innhold", "x", "version", "1"));
        assertThat(datoer.body()).contains("id=\"sluttdato-feil\"", tekst("deltakelse.sluttdato.for-startdato"));
        assertThat(veileder.postSkjema(sti + "/endre", Map.of("startdato", "2026-12-01", "sluttdato", "2027-03-01",
                "deltakelsesprosent", "60", "innhold", "Ny plan", "version", "1")).statusCode()).isEqualTo(302);
        assertThat(testdata().hent("veileder", id).get("deltakelsesprosent").decimalValue()).isEqualByComparingTo("60");
    }

    @Test
    void theListFiltersAndThePersonLookupTakesTheNumberOnlyInThePostBody() throws Exception {
        String navn = "Listeside " + UUID.randomUUID();
        UUID g = testdata().apenHosDemoArrangor(navn, "LOPENDE", 5);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = testdata().meldPa(g, fnr, "Liste Testesen");
        UUID annen = testdata().meldPa(g, FodselsnummerFixtures.randomSyntetisk(), "Annen Testesen");
        testdata().endreStatus(annen, "DELTAR", null);
        var veileder = som("veileder");

        String liste = veileder.get("/deltakelser?gjennomforingId=" + g + "&status=VENTER_PA_OPPSTART").body();
        assertThat(liste).contains("/deltakelser/" + id, fnr.substring(0, 6) + "*****").doesNotContain(fnr)
                .doesNotContain("Annen Testesen").contains("<option value=\"" + g + "\" selected=\"selected\"");
        HttpResponse<String> fragment = veileder.get("/deltakelser?gjennomforingId=" + g, "HX-Request", "true");
        assertThat(fragment.body()).contains("Annen Testesen").doesNotContain("<h1");
        assertThat(som("arrangor").get("/deltakelser?gjennomforingId=" + g).body()).contains("Liste Testesen");

        HttpResponse<String> sok = veileder.postSkjema("/deltakelser/sok", Map.of("fodselsnummer", fnr));
        assertThat(sok.statusCode()).isEqualTo(200);
        assertThat(sok.body()).contains("/deltakelser/" + id, tekst("deltakelse.sok.resultat", fnr.substring(0, 6) + "*****"))
                .doesNotContain(fnr);
        HttpResponse<String> ugyldig = veileder.postSkjema("/deltakelser/sok", Map.of("fodselsnummer", "12345678901"));
        assertThat(ugyldig.statusCode()).isEqualTo(422);
        assertThat(ugyldig.body()).contains("id=\"fodselsnummer-feil\"");
        assertThat(som("veileder2").postSkjema("/deltakelser/sok", Map.of("fodselsnummer", fnr)).body())
                .contains(tekst("deltakelse.sok.ingen")).doesNotContain("Liste Testesen");
    }

    @Test
    void everyPageReadIsAuditedWithWhoAndWhy() throws Exception {
        UUID g = testdata().apenHosDemoArrangor("Revisjon side " + UUID.randomUUID(), "LOPENDE", 5);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = testdata().meldPa(g, fnr, "Revisjon Testesen");
        UUID egen = testdata().meldPa(g, DeltakelseTestdata.DELTAKER_FNR, "Dina Deltaker");
        UUID forslag = testdata().foreslaa(id, Map.of("type", "FORLENG", "sluttdato", "2027-06-01"));
        String sti = "/deltakelser/" + id;
        var veileder = som("veileder");
        var arrangor = som("arrangor");
        var deltaker = som("deltaker");

        assertAudited("veileder", "OPPFOLGING", id, () -> veileder.get(sti));
        assertAudited("veileder", "OPPFOLGING", id, () -> veileder.get("/deltakelser?gjennomforingId=" + g));
        assertAudited("veileder", "OPPFOLGING", id, () -> veileder.postSkjema("/deltakelser/sok", Map.of("fodselsnummer", fnr)));
        assertAudited("veileder", "OPPFOLGING", id, () -> veileder.get(sti + "/status"));
        assertAudited("veileder", "OPPFOLGING", id, () -> veileder.get(sti + "/endre"));
        assertAudited("veileder", "OPPFOLGING", id, () -> veileder.get(sti + "/forslag/" + forslag + "/avvis"));
        assertAudited("arrangor", "GJENNOMFORING", id, () -> arrangor.get(sti));
        assertAudited("arrangor", "GJENNOMFORING", id, () -> arrangor.get("/deltakelser?gjennomforingId=" + g));
        assertAudited("arrangor", "GJENNOMFORING", id, () -> arrangor.get(sti + "/forslag/ny?type=AVSLUTT"));
        assertAudited("deltaker", "EGEN_INNSYN", egen, () -> deltaker.get("/mine-deltakelser"));
        assertAudited("deltaker", "EGEN_INNSYN", egen, () -> deltaker.get("/mine-deltakelser/" + egen));
        List<String> personer = jdbc.sql("select distinct person_ref from audit.audit_entry where ressurs_id = :id")
                .param("id", id.toString()).query(String.class).list();
        assertThat(personer).containsExactly(fnr);
    }

    interface Side {
        HttpResponse<String> les() throws Exception;
    }

    /** The page answers 200 and adds a read entry for the enrolment by this user, with this purpose. */
    private void assertAudited(String bruker, String formaal, UUID id, Side side) throws Exception {
        long for_ = lesinger(bruker, formaal, id);
        HttpResponse<String> r = side.les();
        assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(200);
        assertThat(lesinger(bruker, formaal, id)).as(r.uri().toString()).isGreaterThan(for_);
    }

    private long lesinger(String bruker, String formaal, UUID id) {
        return jdbc.sql("""
                        select count(*) from audit.audit_entry where ressurs_type = 'deltakelse' and ressurs_id = :id
                          and handling = 'LES' and utfort_av = :bruker and formaal = :formaal""")
                .param("id", id.toString()).param("bruker", bruker).param("formaal", formaal)
                .query(Long.class).single();
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
