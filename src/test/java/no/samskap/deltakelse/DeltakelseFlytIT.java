package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The shared flow over real HTTP: the counsellor enrols and changes, the provider sees its participants (masked) and
 * proposes, the counsellor approves or rejects, the participant sees their own; FELLES intake; notifications.
 */
@SamskapIntegrationTest
class DeltakelseFlytIT {

    static final String PATH = "/api/v1/deltakelser";
    /** The demo participant's synthetic fødselsnummer (demo user {@code deltaker}). */
    static final String DELTAKER_FNR = "15457612319";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeltakelseService deltakelser;

    @Autowired
    DeltakelseAvslutningJobb jobb;

    private TestApi veileder() {
        return new TestApi(port, "veileder");
    }

    private TestApi arrangor() {
        return new TestApi(port, "arrangor");
    }

    private UUID gjennomforingHosDemoArrangor(String oppstart, int plasser) {
        var testdata = new KatalogTestdata(port);
        UUID[] demo = testdata.demoArrangor();
        return testdata.apenGjennomforing("Flyt " + UUID.randomUUID(), demo[0], demo[1], oppstart, plasser);
    }

    private UUID meldPa(UUID g, String fnr) {
        var body = new LinkedHashMap<String, Object>();
        body.put("gjennomforingId", g.toString());
        body.put("fodselsnummer", fnr);
        body.put("navn", "Flyt Testesen");
        body.put("startdato", "2026-12-01");
        return veileder().opprett(PATH, body);
    }

    private JsonNode hent(TestApi api, UUID id) {
        HttpResponse<String> r = api.get(PATH + "/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestApi.json(r);
    }

    private HttpResponse<String> status(UUID id, String til, Map<String, Object> aarsak) {
        var body = new LinkedHashMap<String, Object>();
        body.put("til", til);
        if (aarsak != null) {
            body.put("aarsak", aarsak);
        }
        body.put("version", hent(veileder(), id).get("version").asLong());
        return veileder().post(PATH + "/" + id + "/status", body);
    }

    private static boolean inneholder(JsonNode side, UUID id) {
        for (JsonNode n : side.get("innhold")) {
            if (id.toString().equals(n.get("id").asString())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void fellesIntakeIsAppliedForAssessedAndApprovedBeforeItTakesAPlace() {
        UUID g = gjennomforingHosDemoArrangor("FELLES", 1);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        assertThat(hent(veileder(), id).get("status").asString()).isEqualTo("SOKT_INN");
        assertThat(status(id, "VENTER_PA_OPPSTART", null).statusCode()).isEqualTo(422);
        assertThat(status(id, "VURDERES", null).statusCode()).isEqualTo(200);
        assertThat(status(id, "VENTER_PA_OPPSTART", null).statusCode()).isEqualTo(200);

        UUID andre = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        status(andre, "VURDERES", null);
        HttpResponse<String> full = status(andre, "VENTER_PA_OPPSTART", null);
        assertThat(full.statusCode()).isEqualTo(422);
        assertThat(full.body()).contains("deltakelse.plass.ingen-ledig");
        assertThat(status(andre, "VENTELISTE", null).statusCode()).isEqualTo(200);

        assertThat(status(id, "DELTAR", null).statusCode()).isEqualTo(200);
        assertThat(status(id, "FULLFORT", Map.of("type", "FERDIG")).statusCode()).isEqualTo(200);
        assertThat(hent(veileder(), andre).get("status").asString()).isEqualTo("VENTER_PA_OPPSTART");
    }

    @Test
    void startingSetsTheStartDateAndEndingNeedsAReasonAndSetsTheEndDate() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        status(id, "DELTAR", null);
        assertThat(status(id, "HAR_SLUTTET", null).statusCode()).isEqualTo(422);
        assertThat(status(id, "HAR_SLUTTET", Map.of("type", "FATT_JOBB")).statusCode()).isEqualTo(200);
        JsonNode d = hent(veileder(), id);
        assertThat(d.get("sluttdato").asString()).isNotBlank();
        JsonNode siste = d.get("historikk").get(d.get("historikk").size() - 1);
        assertThat(siste.get("fra").asString()).isEqualTo("DELTAR");
        assertThat(siste.get("til").asString()).isEqualTo("HAR_SLUTTET");
        assertThat(siste.get("aarsak").asString()).isEqualTo("FATT_JOBB");
        assertThat(siste.get("utfortAv").asString()).isEqualTo("veileder");
        assertThat(d.get("handlinger").get("nyeStatuser")).isEmpty();
    }

    @Test
    void counsellorChangesDatesAndPercentageAndBadValuesChangeNothing() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        long version = hent(veileder(), id).get("version").asLong();

        HttpResponse<String> feil = veileder().put(PATH + "/" + id, Map.of(
                "startdato", "2026-12-10", "sluttdato", "2026-12-01", "deltakelsesprosent", 150, "version", version));
        assertThat(feil.statusCode()).isEqualTo(400);
        assertThat(feil.body()).contains("deltakelse.sluttdato.for-startdato", "deltakelse.deltakelsesprosent.ugyldig");
        assertThat(hent(veileder(), id).get("version").asLong()).isEqualTo(version);

        HttpResponse<String> ok = veileder().put(PATH + "/" + id, Map.of(
                "startdato", "2026-12-10", "sluttdato", "2027-03-01", "deltakelsesprosent", 60, "version", version));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode d = TestApi.json(ok);
        assertThat(d.get("sluttdato").asString()).isEqualTo("2027-03-01");
        assertThat(d.get("deltakelsesprosent").decimalValue()).isEqualByComparingTo("60");

        assertThat(veileder().put(PATH + "/" + id, Map.of("startdato", "2026-12-10", "version", version)).statusCode())
                .isEqualTo(409);
    }

    @Test
    void counsellorsSeeOnlyTheirOwnOfficesEnrolments() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        var annenVeileder = new TestApi(port, "veileder2");
        assertThat(annenVeileder.get(PATH + "/" + id).statusCode()).isEqualTo(404);
        assertThat(inneholder(TestApi.json(annenVeileder.get(PATH + "?gjennomforingId=" + g)), id)).isFalse();
        assertThat(inneholder(TestApi.json(veileder().get(PATH + "?gjennomforingId=" + g)), id)).isTrue();
        assertThat(annenVeileder.post(PATH + "/" + id + "/status", Map.of("til", "DELTAR", "version", 0)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void providerSeesItsParticipantsMaskedProposesAnEndAndTheCounsellorApproves() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = meldPa(g, fnr);
        status(id, "DELTAR", null);

        JsonNode liste = TestApi.json(arrangor().get(PATH + "?gjennomforingId=" + g));
        assertThat(inneholder(liste, id)).isTrue();
        assertThat(liste.toString()).doesNotContain(fnr).contains(fnr.substring(0, 6) + "*****");
        JsonNode sett = hent(arrangor(), id);
        assertThat(sett.get("fodselsnummer").asString()).isEqualTo(fnr.substring(0, 6) + "*****");
        assertThat(sett.get("handlinger").get("kanForeslaa").asBoolean()).isTrue();
        assertThat(sett.get("handlinger").get("nyeStatuser")).isEmpty();

        HttpResponse<String> utenAarsak = arrangor().post(PATH + "/" + id + "/forslag",
                Map.of("type", "AVSLUTT", "sluttdato", "2027-01-15"));
        assertThat(utenAarsak.statusCode()).isEqualTo(400);
        assertThat(utenAarsak.body()).contains("deltakelse.forslag.aarsak.paakrevd");

        LocalDate slutt = LocalDate.now().plusDays(30);
        HttpResponse<String> foreslatt = arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "AVSLUTT",
                "sluttdato", slutt.toString(), "aarsak", Map.of("type", "FATT_JOBB"), "begrunnelse", "Fikk fast jobb"));
        assertThat(foreslatt.statusCode()).as(foreslatt.body()).isEqualTo(201);
        assertThat(arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "AVSLUTT", "sluttdato", "2027-01-20",
                "aarsak", Map.of("type", "SYK"))).statusCode()).isEqualTo(422);

        JsonNode forVeileder = hent(veileder(), id);
        assertThat(forVeileder.get("navEnhet").asString()).isEqualTo("0315");
        assertThat(forVeileder.get("navEnhetNavn").asString()).isEqualTo("Nav Grünerløkka");
        assertThat(forVeileder.get("handlinger").get("kanBesvareForslag").asBoolean()).isTrue();
        JsonNode forslag = forVeileder.get("forslag").get(0);
        assertThat(forslag.get("status").asString()).isEqualTo("VENTER");
        assertThat(forslag.get("begrunnelse").asString()).isEqualTo("Fikk fast jobb");
        assertThat(arrangor().post(PATH + "/" + id + "/forslag/" + forslag.get("id").asString() + "/godkjenning",
                Map.of("version", 0)).statusCode()).isEqualTo(403);

        HttpResponse<String> godkjent = veileder().post(
                PATH + "/" + id + "/forslag/" + forslag.get("id").asString() + "/godkjenning", Map.of("version", 0));
        assertThat(godkjent.statusCode()).as(godkjent.body()).isEqualTo(200);
        JsonNode etter = TestApi.json(godkjent);
        assertThat(etter.get("status").asString()).as("takes part until the end date").isEqualTo("DELTAR");
        assertThat(etter.get("sluttdato").asString()).isEqualTo(slutt.toString());
        assertThat(etter.get("forslag").get(0).get("status").asString()).isEqualTo("GODKJENT");
        assertThat(etter.get("forslag").get(0).get("besvartAv").asString()).isEqualTo("veileder");
        assertThat(hent(arrangor(), id).get("forslag").get(0).get("status").asString()).isEqualTo("GODKJENT");
        assertThat(veileder().post(PATH + "/" + id + "/forslag/" + forslag.get("id").asString() + "/godkjenning",
                Map.of("version", 1)).statusCode()).isEqualTo(422);

        // the nightly job ends it the day after the end date, with the proposal's reason
        assertThat(deltakelser.avsluttEtterSluttdato(id, slutt)).as("not on the end date itself").isFalse();
        assertThat(deltakelser.avsluttEtterSluttdato(id, slutt.plusDays(1))).isTrue();
        JsonNode avsluttet = hent(veileder(), id);
        assertThat(avsluttet.get("status").asString()).isEqualTo("HAR_SLUTTET");
        assertThat(avsluttet.get("sluttdato").asString()).isEqualTo(slutt.toString());
        JsonNode sist = avsluttet.get("historikk").get(avsluttet.get("historikk").size() - 1);
        assertThat(sist.get("til").asString()).isEqualTo("HAR_SLUTTET");
        assertThat(sist.get("aarsak").asString()).isEqualTo("FATT_JOBB");
        assertThat(sist.get("utfortAv").asString()).isEqualTo("system");
        assertThat(deltakelser.avsluttEtterSluttdato(id, slutt.plusDays(2))).as("only once").isFalse();
    }

    @Test
    void anApprovedEndOnTodayOrEarlierEndsTheEnrolmentAtOnce() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        status(id, "DELTAR", null);
        arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "AVSLUTT", "sluttdato", LocalDate.now().toString(),
                "aarsak", Map.of("type", "SYK")));
        JsonNode forslag = hent(veileder(), id).get("forslag").get(0);
        HttpResponse<String> godkjent = veileder().post(
                PATH + "/" + id + "/forslag/" + forslag.get("id").asString() + "/godkjenning", Map.of("version", 0));
        assertThat(godkjent.statusCode()).as(godkjent.body()).isEqualTo(200);
        assertThat(TestApi.json(godkjent).get("status").asString()).isEqualTo("HAR_SLUTTET");
    }

    @Test
    void theNightlyJobEndsEnrolmentsPastTheirEndDateAsFinishedAndGivesThePlaceToTheNextInLine() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 1);
        UUID forste = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        status(forste, "DELTAR", null);
        UUID venter = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        assertThat(hent(veileder(), venter).get("status").asString()).isEqualTo("VENTELISTE");
        // dates long past, so that no other test's enrolment is ended by this run of the job
        HttpResponse<String> datoer = veileder().put(PATH + "/" + forste, Map.of("startdato", "2001-01-02",
                "sluttdato", "2001-01-31", "version", hent(veileder(), forste).get("version").asLong()));
        assertThat(datoer.statusCode()).as(datoer.body()).isEqualTo(200);

        assertThat(jobb.avsluttUtlopte(LocalDate.of(2001, 1, 31))).isZero();
        assertThat(jobb.avsluttUtlopte(LocalDate.of(2001, 2, 1))).isEqualTo(1);

        JsonNode avsluttet = hent(veileder(), forste);
        assertThat(avsluttet.get("status").asString()).isEqualTo("HAR_SLUTTET");
        JsonNode sist = avsluttet.get("historikk").get(avsluttet.get("historikk").size() - 1);
        assertThat(sist.get("aarsak").asString()).as("no end proposal: finished").isEqualTo("FERDIG");
        assertThat(sist.get("utfortAv").asString()).isEqualTo("system");
        assertThat(hent(veileder(), venter).get("status").asString()).isEqualTo("VENTER_PA_OPPSTART");
        assertThat(TestApi.json(veileder().get(PATH + "/varsler")).toString()).contains(venter.toString());
        assertThat(jobb.avsluttUtlopte(LocalDate.of(2001, 2, 1))).as("nothing left to end").isZero();
    }

    @Test
    void counsellorRejectsAProposalWithAReasonTheProviderSees() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "ENDRE_DELTAKELSESPROSENT", "deltakelsesprosent", 50));
        String forslagId = hent(veileder(), id).get("forslag").get(0).get("id").asString();

        HttpResponse<String> utenGrunn = veileder().post(PATH + "/" + id + "/forslag/" + forslagId + "/avvisning",
                Map.of("version", 0));
        assertThat(utenGrunn.statusCode()).isEqualTo(400);
        assertThat(utenGrunn.body()).contains("deltakelse.forslag.avvisning.begrunnelse-paakrevd");

        assertThat(veileder().post(PATH + "/" + id + "/forslag/" + forslagId + "/avvisning",
                Map.of("begrunnelse", "Avtalt 80 % med deltakeren", "version", 0)).statusCode()).isEqualTo(200);
        JsonNode forslag = hent(arrangor(), id).get("forslag").get(0);
        assertThat(forslag.get("status").asString()).isEqualTo("AVVIST");
        assertThat(forslag.get("svarBegrunnelse").asString()).isEqualTo("Avtalt 80 % med deltakeren");
        assertThat(hent(veileder(), id).has("deltakelsesprosent")).isFalse();
    }

    @Test
    void approvingAnExtensionMovesTheEndDateAndAPercentageChangeAppliesIt() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID id = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        long version = hent(veileder(), id).get("version").asLong();
        veileder().put(PATH + "/" + id, Map.of("startdato", "2026-12-01", "sluttdato", "2027-02-01", "version", version));

        assertThat(arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "FORLENG", "sluttdato", "2027-01-01"))
                .body()).contains("deltakelse.forslag.forleng.ma-vaere-senere");
        arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "FORLENG", "sluttdato", "2027-05-01"));
        arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "ENDRE_DELTAKELSESPROSENT", "deltakelsesprosent", 40));
        for (JsonNode f : hent(veileder(), id).get("forslag")) {
            assertThat(veileder().post(PATH + "/" + id + "/forslag/" + f.get("id").asString() + "/godkjenning",
                    Map.of("version", f.get("version").asLong())).statusCode()).isEqualTo(200);
        }
        JsonNode d = hent(veileder(), id);
        assertThat(d.get("sluttdato").asString()).isEqualTo("2027-05-01");
        assertThat(d.get("deltakelsesprosent").decimalValue()).isEqualByComparingTo("40");
    }

    @Test
    void providerDoesNotSeeAnotherProvidersParticipants() {
        UUID annen = new KatalogTestdata(port).publisertGjennomforing("Annen arrangør " + UUID.randomUUID());
        new KatalogTestdata(port).handling(annen, "apne-for-pamelding", Map.of());
        UUID id = meldPa(annen, FodselsnummerFixtures.randomSyntetisk());
        assertThat(arrangor().get(PATH + "/" + id).statusCode()).isEqualTo(404);
        assertThat(inneholder(TestApi.json(arrangor().get(PATH + "?gjennomforingId=" + annen)), id)).isFalse();
        assertThat(arrangor().post(PATH + "/" + id + "/forslag", Map.of("type", "ENDRE_DELTAKELSESPROSENT",
                "deltakelsesprosent", 50)).statusCode()).isEqualTo(404);
    }

    @Test
    void participantSeesOwnEnrolmentsWithProposalsAndProviderContactButNotOthers() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        UUID egen = meldPa(g, DELTAKER_FNR);
        UUID annens = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        arrangor().post(PATH + "/" + egen + "/forslag", Map.of("type", "ENDRE_DELTAKELSESPROSENT", "deltakelsesprosent", 50));
        var deltaker = new TestApi(port, "deltaker");

        JsonNode liste = TestApi.json(deltaker.get(PATH + "?gjennomforingId=" + g));
        assertThat(inneholder(liste, egen)).isTrue();
        assertThat(inneholder(liste, annens)).isFalse();
        JsonNode d = hent(deltaker, egen);
        assertThat(d.get("forslag")).hasSize(1);
        assertThat(d.get("gjennomforingNavn").asString()).startsWith("Flyt ");
        assertThat(d.get("arrangorNavn").asString()).isNotBlank();
        assertThat(d.get("handlinger").get("kanForeslaa").asBoolean()).isFalse();
        assertThat(deltaker.get(PATH + "/" + annens).statusCode()).isEqualTo(404);
    }

    @Test
    void theCounsellorIsNotifiedWhenAPlaceIsGivenFromTheWaitingList() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 1);
        UUID forste = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        UUID venter = meldPa(g, FodselsnummerFixtures.randomSyntetisk());
        assertThat(hent(veileder(), venter).get("status").asString()).isEqualTo("VENTELISTE");
        status(forste, "IKKE_AKTUELL", Map.of("type", "FIKK_IKKE_PLASS"));

        JsonNode varsler = TestApi.json(veileder().get(PATH + "/varsler"));
        JsonNode varsel = null;
        for (JsonNode v : varsler) {
            if (venter.toString().equals(v.get("deltakelseId").asString())) {
                varsel = v;
            }
        }
        assertThat(varsel).isNotNull();
        assertThat(varsel.get("type").asString()).isEqualTo("PLASS_TILBUDT");
        assertThat(varsel.get("lest").asBoolean()).isFalse();
        assertThat(varsler.toString()).doesNotContain("Flyt Testesen");
        assertThat(new TestApi(port, "veileder2").post(PATH + "/varsler/" + varsel.get("id").asString() + "/lest", Map.of())
                .statusCode()).isEqualTo(404);
        assertThat(veileder().post(PATH + "/varsler/" + varsel.get("id").asString() + "/lest", Map.of()).statusCode())
                .isEqualTo(204);
    }

    @Test
    void everyReadPathIsAuditedWithWhoAndWhy() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = meldPa(g, fnr);
        hent(veileder(), id);
        hent(arrangor(), id);
        arrangor().get(PATH + "?gjennomforingId=" + g);
        veileder().post(PATH + "/sok", Map.of("fodselsnummer", fnr));

        List<String> rader = jdbc.sql("""
                        select utfort_av || ':' || handling || ':' || formaal from audit.audit_entry
                        where person_ref = :fnr order by sekvens""")
                .param("fnr", fnr).query(String.class).list();
        assertThat(rader).containsSubsequence(
                "veileder:OPPRETT:OPPFOLGING", "veileder:LES:OPPFOLGING", "arrangor:LES:GJENNOMFORING",
                "arrangor:LES:GJENNOMFORING", "veileder:LES:OPPFOLGING");
    }

    @Test
    void personSearchTakesTheNumberInTheBodyAndFindsOnlyTheOwnOffice() {
        UUID g = gjennomforingHosDemoArrangor("LOPENDE", 5);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        UUID id = meldPa(g, fnr);
        JsonNode funnet = TestApi.json(veileder().post(PATH + "/sok", Map.of("fodselsnummer", fnr)));
        assertThat(funnet).hasSize(1);
        assertThat(funnet.get(0).get("id").asString()).isEqualTo(id.toString());
        assertThat(TestApi.json(new TestApi(port, "veileder2").post(PATH + "/sok", Map.of("fodselsnummer", fnr)))).isEmpty();
        HttpResponse<String> ugyldig = veileder().post(PATH + "/sok", Map.of("fodselsnummer", "12345678901"));
        assertThat(ugyldig.statusCode()).isEqualTo(400);
        assertThat(ugyldig.body()).doesNotContain("12345678901");
    }
}
