package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.Kontraktsinnhold.Sjekkpunkt;
import no.samskap.effekt.Kontraktsinnhold.Tidsenhet;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Tranche;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outcome-contract pages over real HTTP with a form login: who gets which page (NAV and the evaluator all, the
 * provider its own measuring and claims, the investor the terms and aggregates; another provider's or investor's
 * contract is 404), that an investor's pages hold no participant data at all, and the forms as a browser posts them
 * (POST-redirect-GET, 422 with the message beside the field, the fødselsnummer never in a URL and shown masked).
 */
@SamskapIntegrationTest
class EffektSiderIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KravService krav;

    private TestApi api(String bruker) {
        return new TestApi(port, bruker);
    }

    private SamskapKlient som(String bruker) throws Exception {
        return SamskapKlient.innlogget(port, bruker);
    }

    /** A contract with every part the pages show: investor, soft outcomes, checkpoints, effect, plan, forecast. */
    private static Kontraktbygger full(String navn) {
        LocalDate start = LocalDate.now().minusMonths(6).withDayOfMonth(1);
        return Kontraktbygger.nok().navn(navn).periode(start, start.plusYears(3)).fast("JOBBSTART", 20_000)
                .fast("JOBB_13_UKER", 30_000)
                .maal(Kontraktbygger.maalMed("KARTLAGT", Gjentakelse.EN_GANG_PER_DELTAKER, null, null,
                        Kontraktbygger.andel(100_000, "0.2")))
                .maal(Kontraktbygger.maalMed("NORSK", Gjentakelse.EN_GANG_PER_DELTAKER, null, null,
                        Kontraktbygger.trinnskala(Kontraktbygger.trinn("2", 5_000), Kontraktbygger.trinn("3", 10_000))))
                .maal(Kontraktbygger.maalMed("INNTEKT", Gjentakelse.PER_KVARTAL, null, null,
                        Kontraktbygger.proporsjonal("0", "100", 8_000)))
                .stige("Jobbstigen", "JOBBSTART", "JOBB_13_UKER")
                .investor("INV", Kontraktbygger.INVESTOR_ORGNR, 500_000, 650_000, Tranche.SENIOR)
                .andelTilInvestorer("0.5")
                .skala("MESTRING", "Tro på egen mestring")
                .sjekkpunkter(new Kontraktsinnhold.Sjekkpunktregel("JOBBSTART", 14,
                        List.of(new Sjekkpunkt(13, Tidsenhet.UKER, "JOBB_13_UKER"))))
                .effekt(new Kontraktsinnhold.Effektmaaling(Evalueringsmetode.HISTORISK_REFERANSE, Effektform.OKNING,
                        new java.math.BigDecimal("0.1"), new java.math.BigDecimal("10000"),
                        new java.math.BigDecimal("0.1"), new java.math.BigDecimal("15000"), null, "LEV"))
                .plan(start, start.plusMonths(3).minusDays(1), 100_000)
                .prognose(new Kontraktsinnhold.Prognosegrunnlag(
                        List.of(new Kontraktsinnhold.PlanlagtUtfall(start.plusMonths(9), "JOBBSTART", 10)),
                        List.of(), new java.math.BigDecimal("0.5"), java.math.BigDecimal.ONE,
                        new java.math.BigDecimal("1.2")));
    }

    /** The contract with one participant, one outcome and a claim the evaluator has approved. */
    private record Oppsett(UUID kontrakt, UUID deltaker, UUID utfall, String krav, String investor) {}

    private Oppsett oppsett(String navn, String referanse, String fnr) {
        UUID k = api("admin").opprett(PATH, EffektkontraktApiIT.json(full(navn).bygg()));
        String kontrakt = PATH + "/" + k;
        var deltaker = MaalingApiIT.deltaker(referanse, LocalDate.of(1990, 1, 1));
        deltaker.remove("fodselsdato");
        deltaker.put("fodselsnummer", fnr);
        deltaker.put("inntaksdato", LocalDate.now().minusMonths(5).toString());
        UUID d = api("arrangor").opprett(kontrakt + "/deltakere", deltaker);
        UUID u = api("arrangor").opprett(kontrakt + "/utfall",
                MaalingApiIT.utfall(d, "JOBBSTART", LocalDate.now().minusMonths(1).toString(), "SERTIFIKAT"));
        api("arrangor").post(kontrakt + "/myke-resultater", Map.of("deltakerId", d.toString(), "skala", "MESTRING",
                "dato", LocalDate.now().minusMonths(2).toString(), "egenvurdering", 4, "veiledervurdering", 3));
        String kravId = TestApi.json(api("arrangor").post(kontrakt + "/krav", Map.of("utfall", List.of(u.toString()))))
                .get(0).get("id").asString();
        assertThat(api("evaluator").post(kontrakt + "/krav/" + kravId + "/godkjenning",
                Map.of("begrunnelse", "Dokumentert")).statusCode()).isEqualTo(200);
        api("evaluator").post(kontrakt + "/kohorter", Map.of("navn", "Kull 1", "dato", LocalDate.now().toString(),
                "antallTiltak", 12, "utfallTiltak", 6, "antallSammenligning", 100, "utfallSammenligning", 30));
        String investor = UtbetalingApiIT.id(TestApi.json(api("admin").get(kontrakt)).get("innhold").get("parter"),
                "INV");
        return new Oppsett(k, d, u, kravId, investor);
    }

    @Test
    void eachRoleGetsThePagesItsRelationAllowsAndStrangersNotEvenThatTheContractExists() throws Exception {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        var o = oppsett("Sidetilgang " + UUID.randomUUID(), "SIDE-1", fnr);
        String k = "/effektkontrakter/" + o.kontrakt();

        Map<String, List<Integer>> sider = new LinkedHashMap<>();
        //                           admin, evaluator, arrangor, investor
        sider.put("", List.of(200, 200, 200, 200));
        sider.put("/versjoner", List.of(200, 200, 200, 200));
        sider.put("/versjoner/1", List.of(200, 200, 200, 200));
        sider.put("/deltakere", List.of(200, 200, 200, 403));
        sider.put("/deltakere/" + o.deltaker(), List.of(200, 200, 200, 403));
        sider.put("/utfall", List.of(200, 200, 200, 403));
        sider.put("/sjekkpunkter", List.of(200, 200, 200, 403));
        sider.put("/krav", List.of(200, 200, 200, 403));
        sider.put("/krav/" + o.krav(), List.of(200, 200, 200, 403));
        sider.put("/avstemming", List.of(200, 200, 200, 403));
        sider.put("/effekt", List.of(200, 200, 200, 200));
        sider.put("/utbetalinger", List.of(200, 200, 200, 403));
        sider.put("/investorvisning", List.of(200, 200, 403, 200));
        sider.put("/investorer", List.of(200, 200, 403, 200));
        sider.put("/oppgjor/" + o.investor(), List.of(200, 200, 404, 200));
        sider.put("/endre", List.of(200, 403, 403, 403));
        sider.put("/indigo", List.of(200, 200, 200, 200));
        List<String> roller = List.of("admin", "evaluator", "arrangor", "investor");
        for (int r = 0; r < roller.size(); r++) {
            SamskapKlient klient = som(roller.get(r));
            for (var side : sider.entrySet()) {
                HttpResponse<String> svar = klient.get(k + side.getKey());
                assertThat(svar.statusCode()).as(roller.get(r) + " GET " + side.getKey() + "\n" + svar.body())
                        .isEqualTo(side.getValue().get(r));
                assertThat(svar.body()).as(roller.get(r) + " " + side.getKey()).doesNotContain(fnr);
            }
        }
        for (String fremmed : List.of("veileder", "deltaker", "partnerskap")) {
            SamskapKlient klient = som(fremmed);
            for (String side : sider.keySet()) {
                HttpResponse<String> svar = klient.get(k + side);
                assertThat(svar.statusCode()).as(fremmed + " GET " + side).isIn(403, 404);
                assertThat(svar.body()).as(fremmed + " " + side).doesNotContain("SIDE-1");
            }
            assertThat(klient.get("/effektkontrakter").body()).doesNotContain("Sidetilgang");
        }
        assertThat(som("veileder").get(k).statusCode()).isEqualTo(404);
    }

    /** The editor's fields for a small valid contract, as the browser posts them. */
    private static Map<String, String> kontraktskjema(String navn) {
        var f = new LinkedHashMap<String, String>();
        f.put("navn", navn);
        f.put("valuta", "NOK");
        f.put("fra", "2025-01-01");
        f.put("til", "2027-12-31");
        String[][] parter = {{"UTFALLSBETALER", "NAV", "Nav Oslo", "889640782", "1 000 000"},
            {"LEVERANDOR", "FRETEX", "FRETEX AS", Kontraktbygger.LEVERANDOR_ORGNR, ""},
            {"EVALUATOR", "EVAL", "Evaluator", Kontraktbygger.EVALUATOR_ORGNR, ""}};
        for (int i = 0; i < parter.length; i++) {
            f.put("parter[" + i + "].rolle", parter[i][0]);
            f.put("parter[" + i + "].kode", parter[i][1]);
            f.put("parter[" + i + "].navn", parter[i][2]);
            f.put("parter[" + i + "].organisasjonsnummer", parter[i][3]);
            f.put("parter[" + i + "].forpliktelse", parter[i][4]);
        }
        f.put("resultatmaal[0].kode", "JOBB");
        f.put("resultatmaal[0].navn", "I jobb");
        f.put("resultatmaal[0].gjentakelse", "EN_GANG_PER_DELTAKER");
        f.put("resultatmaal[0].bevis", "SERTIFIKAT");
        f.put("resultatmaal[0].priser[0].type", "FAST");
        f.put("resultatmaal[0].priser[0].belop", "20 000");
        f.put("resultatmaal[1].kode", "SKALA");
        f.put("resultatmaal[1].navn", "Norskprøve");
        f.put("resultatmaal[1].priser[0].type", "TRINNSKALA");
        f.put("resultatmaal[1].priser[0].trinn", "2=5000; 3=10 000");
        f.put("utbetaling.frekvens", "KVARTAL");
        return f;
    }

    private static String location(HttpResponse<String> r) {
        return URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }

    @Test
    void navCreatesAContractInTheEditorAmendsItAndTheHistoryShowsBeforeAndAfter() throws Exception {
        var admin = som("admin");
        String navn = "Redigert kontrakt " + UUID.randomUUID();
        var skjema = kontraktskjema(navn);

        // "add row" shows the form again with a new row and saves nothing
        skjema.put("handling", "leggTil:milepaeler");
        HttpResponse<String> medRad = admin.postSkjema("/effektkontrakter/ny", skjema);
        assertThat(medRad.statusCode()).isEqualTo(200);
        assertThat(medRad.body()).contains("id=\"milepaeler0.kode\"", "value=\"" + navn + "\"");
        skjema.remove("handling");

        // every error beside its field, nothing saved
        skjema.put("navn", "");
        skjema.put("parter[0].forpliktelse", "-5");
        skjema.put("resultatmaal[1].priser[0].trinn", "to=fem");
        HttpResponse<String> ugyldig = admin.postSkjema("/effektkontrakter/ny", skjema);
        assertThat(ugyldig.statusCode()).isEqualTo(422);
        assertThat(ugyldig.body()).contains("id=\"feiloppsummering\"", "id=\"resultatmaal1.priser0.trinn-feil\"",
                tekst("effekt.skjema.trinn-ugyldig"));
        skjema.put("resultatmaal[1].priser[0].trinn", "2=5000; 3=10 000");
        ugyldig = admin.postSkjema("/effektkontrakter/ny", skjema);
        assertThat(ugyldig.statusCode()).isEqualTo(422);
        assertThat(ugyldig.body()).contains("id=\"navn-feil\"", "id=\"parter0.forpliktelse-feil\"",
                "href=\"#parter0.forpliktelse\"", tekst("effekt.belop-negativt"));
        assertThat(jdbc.sql("select count(*) from effekt.kontrakt where navn = :n")
                .param("n", navn).query(Long.class).single()).isZero();

        skjema.put("navn", navn);
        skjema.put("parter[0].forpliktelse", "1 000 000");
        HttpResponse<String> opprettet = admin.postSkjema("/effektkontrakter/ny", skjema);
        assertThat(opprettet.statusCode()).as(opprettet.body()).isEqualTo(302);
        String kontrakt = location(opprettet);
        String side = admin.get(kontrakt).body();
        assertThat(side).contains(navn, tekst("effekt.melding.opprettet"), tekst("effekt.pris.FAST", "20\u00a0000\u00a0NOK"),
                "fra 2: 5\u00a0000\u00a0NOK");

        // the amendment: the price of JOBB from a date, with a reason; the history shows before and after
        String endre = admin.get(kontrakt + "/endre").body();
        assertThat(endre).contains("name=\"version\" value=\"0\"", "value=\"20000\"");
        skjema.put("version", "0");
        skjema.put("gjelderFra", "2025-07-01");
        skjema.put("begrunnelse", "Ny pris etter reforhandling");
        skjema.put("resultatmaal[0].priser[0].belop", "25000");
        HttpResponse<String> endret = admin.postSkjema(kontrakt + "/endre", skjema);
        assertThat(endret.statusCode()).as(endret.body()).isEqualTo(302);
        assertThat(location(endret)).isEqualTo(kontrakt + "/versjoner");
        String historikk = admin.get(kontrakt + "/versjoner").body();
        assertThat(historikk).contains(tekst("effekt.melding.endret", 2, "01.07.2025"),
                "Ny pris etter reforhandling", "resultatmaal[JOBB].priser[0].belop", ">20000<", ">25000<");

        // a second amendment from the old version: someone else changed it meanwhile
        HttpResponse<String> foreldet = admin.postSkjema(kontrakt + "/endre", skjema);
        assertThat(foreldet.statusCode()).isEqualTo(409);
        assertThat(foreldet.body()).contains(tekst("layout.endret-av-andre"));
        assertThat(som("evaluator").postSkjema(kontrakt + "/endre", skjema).statusCode()).isEqualTo(403);
    }

    @Test
    void theProviderRegistersMeasuresAndClaimsInThePagesAndTheNumberNeverLeavesAPostBody() throws Exception {
        UUID k = api("admin").opprett(PATH, EffektkontraktApiIT.json(full("Måling " + UUID.randomUUID()).bygg()));
        String kontrakt = "/effektkontrakter/" + k;
        var arrangor = som("arrangor");
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        var deltaker = new LinkedHashMap<String, String>(Map.of("referanse", "MÅL-1", "fodselsnummer", fnr,
                "innsatsgruppe", "SITUASJONSBESTEMT_INNSATS", "inntaksdato", "01.02.2025", "kohort", "Kull 1"));

        HttpResponse<String> feil = arrangor.postSkjema(kontrakt + "/deltakere", deltaker);
        assertThat(feil.statusCode()).isEqualTo(422);
        assertThat(feil.body()).contains("id=\"inntaksdato-feil\"", "aria-describedby=\"inntaksdato-feil\"");

        deltaker.put("inntaksdato", LocalDate.now().minusMonths(3).toString());
        HttpResponse<String> registrert = arrangor.postSkjema(kontrakt + "/deltakere", deltaker);
        assertThat(registrert.statusCode()).as(registrert.body()).isEqualTo(302);
        String deltakerside = location(registrert);
        assertThat(deltakerside).matches(".*/deltakere/[0-9a-f-]{36}$").doesNotContain(fnr);
        String side = arrangor.get(deltakerside).body();
        assertThat(side).contains("MÅL-1", fnr.substring(0, 6) + "*****").doesNotContain(fnr);
        UUID deltakerId = UUID.fromString(deltakerside.substring(deltakerside.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where ressurs_id = :id and handling = 'LES'")
                .param("id", deltakerId.toString()).query(Long.class).single()).isPositive();

        // an outcome with a kind of evidence but no reference: the message beside the reference
        var utfall = new LinkedHashMap<String, String>(Map.of("maal", "JOBBSTART", "dato",
                LocalDate.now().minusDays(10).toString(), "bevistype", "SERTIFIKAT", "bevisreferanse", ""));
        HttpResponse<String> utenReferanse = arrangor.postSkjema(deltakerside + "/utfall", utfall);
        assertThat(utenReferanse.statusCode()).isEqualTo(422);
        assertThat(utenReferanse.body()).contains("id=\"bevisreferanse-feil\"");
        utfall.put("bevisreferanse", "Vitnemål 17");
        assertThat(arrangor.postSkjema(deltakerside + "/utfall", utfall).statusCode()).isEqualTo(302);
        assertThat(arrangor.get(deltakerside).body()).contains("Vitnemål 17", tekst("effekt.sjekkpunkt.avstand.UKER", 13));

        // a soft reading off the scale is refused beside its field
        HttpResponse<String> myk = arrangor.postSkjema(deltakerside + "/myke-resultater", Map.of("skala", "MESTRING",
                "maaledato", LocalDate.now().toString(), "egenvurdering", "11"));
        assertThat(myk.statusCode()).isEqualTo(422);
        assertThat(myk.body()).contains("id=\"egenvurdering-feil\"", tekst("effekt.vurdering-utenfor-skala"));

        // CSV: a bad line imports nothing; a good file imports all
        String header = "referanse;maal;dato;verdi;jobbforlop;bevistype;bevisreferanse\n";
        HttpResponse<String> daarligFil = arrangor.postFil(kontrakt + "/utfall/import", "fil", "utfall.csv",
                header + "MÅL-1;JOBB_13_UKER;31.12.2025;;;SERTIFIKAT;Bekreftelse\n");
        assertThat(daarligFil.statusCode()).isEqualTo(422);
        assertThat(daarligFil.body()).contains(tekst("effekt.import.linje", 2, "dato"), tekst("effekt.dato-ugyldig"));
        HttpResponse<String> fil = arrangor.postFil(kontrakt + "/utfall/import", "fil", "utfall.csv",
                header + "MÅL-1;KARTLAGT;" + LocalDate.now().minusDays(5) + ";;;SERTIFIKAT;Oppmøte uke 3\n");
        assertThat(fil.statusCode()).as(fil.body()).isEqualTo(302);
        assertThat(arrangor.get(kontrakt + "/utfall").body()).contains(tekst("effekt.melding.importert", 1), "Oppmøte uke 3");

        // claiming nothing is refused; claiming the two outcomes runs the checks at once
        assertThat(arrangor.postSkjema(kontrakt + "/utfall/krav", Map.of()).statusCode()).isEqualTo(422);
        List<String> utfallIder = jdbc.sql("select id::text from effekt.utfall where deltaker_id = :d")
                .param("d", deltakerId).query(String.class).list();
        assertThat(utfallIder).hasSize(2);
        HttpResponse<String> krav = arrangor.postSkjema(kontrakt + "/utfall/krav",
                Map.of("utfall", utfallIder.get(0)));
        assertThat(krav.statusCode()).isEqualTo(302);
        assertThat(arrangor.get(location(krav)).body()).contains(tekst("effekt.melding.krav-fremmet", 1, 0),
                tekst("effekt.kravstatus.TIL_VURDERING"));
    }

    @Test
    void theEvaluatorRejectsWithAReasonTheProviderSeesItAndNobodyDecidesOnTheirOwnClaim() throws Exception {
        UUID k = api("admin").opprett(PATH, EffektkontraktApiIT.json(full("Vurdering " + UUID.randomUUID()).bygg()));
        String kontrakt = "/effektkontrakter/" + k;
        UUID d = api("arrangor").opprett(PATH + "/" + k + "/deltakere", Map.of("referanse", "VUR-1",
                "fodselsdato", "1990-01-01", "inntaksdato", LocalDate.now().minusMonths(3).toString()));
        UUID u1 = api("arrangor").opprett(PATH + "/" + k + "/utfall",
                MaalingApiIT.utfall(d, "JOBBSTART", LocalDate.now().minusDays(3).toString(), "SERTIFIKAT"));
        UUID u2 = api("arrangor").opprett(PATH + "/" + k + "/utfall",
                MaalingApiIT.utfall(d, "KARTLAGT", LocalDate.now().minusDays(2).toString(), "SERTIFIKAT"));
        String fremmet = TestApi.json(api("arrangor").post(PATH + "/" + k + "/krav",
                Map.of("utfall", List.of(u1.toString())))).get(0).get("id").asString();
        // a provider user whose ident is the evaluator's claims the other outcome: the evaluator may not decide on it
        String egetKrav = Som.bruker("evaluator", no.samskap.tilgang.Rolle.ARRANGOR,
                List.of(Kontraktbygger.LEVERANDOR_ORGNR), () -> krav.fremm(k, List.of(u2))).getFirst().id().toString();
        var evaluator = som("evaluator");

        String ko = evaluator.get(kontrakt + "/krav?status=VENTER").body();
        assertThat(ko).contains("value=\"" + fremmet + "\"").doesNotContain("value=\"" + egetKrav + "\"");
        String eget = evaluator.get(kontrakt + "/krav/" + egetKrav).body();
        assertThat(eget).contains(tekst("effekt.kravet.fire-oyne")).doesNotContain(tekst("effekt.kravet.godkjenn"));
        HttpResponse<String> fireOyne = evaluator.postSkjema(kontrakt + "/krav/" + egetKrav + "/vurdering",
                Map.of("beslutning", "GODKJENT", "begrunnelse", "Ser greit ut"));
        assertThat(fireOyne.statusCode()).isEqualTo(422);
        assertThat(fireOyne.body()).contains(tekst("effekt.fire-oyne"));

        HttpResponse<String> utenBegrunnelse = evaluator.postSkjema(kontrakt + "/krav/" + fremmet + "/vurdering",
                Map.of("beslutning", "AVVIST", "begrunnelse", " "));
        assertThat(utenBegrunnelse.statusCode()).isEqualTo(422);
        assertThat(utenBegrunnelse.body()).contains("id=\"begrunnelse-feil\"", tekst("effekt.begrunnelse-paakrevd"));
        HttpResponse<String> avvist = evaluator.postSkjema(kontrakt + "/krav/" + fremmet + "/vurdering",
                Map.of("beslutning", "AVVIST", "begrunnelse", "Arbeidsavtalen er ikke signert"));
        assertThat(avvist.statusCode()).isEqualTo(302);
        assertThat(location(avvist)).isEqualTo(kontrakt + "/krav/" + fremmet);

        String provider = som("arrangor").get(kontrakt + "/krav/" + fremmet).body();
        assertThat(provider).contains(tekst("effekt.kravstatus.AVVIST"), "Arbeidsavtalen er ikke signert")
                .doesNotContain(tekst("effekt.kravet.godkjenn"));
        assertThat(som("arrangor").postSkjema(kontrakt + "/krav/" + fremmet + "/vurdering",
                Map.of("beslutning", "GODKJENT", "begrunnelse", "Egen")).statusCode()).isEqualTo(403);
        String avstemming = evaluator.get(kontrakt + "/avstemming").body();
        assertThat(avstemming).contains("VUR-1", tekst("effekt.kravstatus.AVVIST"));
        assertThat(avstemming).as("metrics by name and code, per metric and per claim")
                .contains("<th scope=\"row\">Mål JOBBSTART (JOBBSTART)</th>", ">Mål JOBBSTART (JOBBSTART)</a>");
        assertThat(provider).contains("Mål JOBBSTART (JOBBSTART)");
        assertThat(ko).contains(">Mål JOBBSTART (JOBBSTART)</a>");
    }

    @Test
    void navRunsPaymentsAndRegistersDrawdownsAndTheEvaluatorRecordsCohortsInThePages() throws Exception {
        var o = oppsett("Betaling " + UUID.randomUUID(), "BET-1", FodselsnummerFixtures.randomSyntetisk());
        String kontrakt = "/effektkontrakter/" + o.kontrakt();
        var admin = som("admin");

        HttpResponse<String> feilPeriode = admin.postSkjema(kontrakt + "/utbetalinger",
                Map.of("periode", "2020-K1", "utbetalingsdato", LocalDate.now().toString()));
        assertThat(feilPeriode.statusCode()).isEqualTo(422);
        assertThat(feilPeriode.body()).contains("id=\"periode-feil\"");
        String periode = no.samskap.effekt.domain.Utbetalingsperiode.navn(
                no.samskap.effekt.domain.Utbetalingsperiode.Periodetype.KVARTAL, LocalDate.now());
        assertThat(admin.get(kontrakt + "/utbetalinger").body()).contains("value=\"" + periode + "\"");
        HttpResponse<String> kjort = admin.postSkjema(kontrakt + "/utbetalinger",
                Map.of("periode", periode, "utbetalingsdato", LocalDate.now().toString()));
        assertThat(kjort.statusCode()).as(kjort.body()).isEqualTo(302);
        String kjoring = admin.get(location(kjort)).body();
        // the approved job start (20 000) and the cohort's effect payment (10 000 + 5 000 for all cohorts)
        assertThat(kjoring).contains("id=\"kjoring-totalt\">35\u00a0000\u00a0NOK<", "FRETEX AS");
        assertThat(admin.get(kontrakt + "/utbetalinger").body()).contains("id=\"takdiagram\"", "role=\"img\"");
        assertThat(som("arrangor").postSkjema(kontrakt + "/utbetalinger", Map.of("periode", periode)).statusCode())
                .isEqualTo(403);

        HttpResponse<String> forMye = admin.postSkjema(kontrakt + "/investorer/kontantstrommer", Map.of("investor",
                o.investor(), "type", "TREKK", "dato", LocalDate.now().toString(), "belop", "600 000"));
        assertThat(forMye.statusCode()).isEqualTo(422);
        assertThat(forMye.body()).contains(tekst("effekt.trekk-over-forpliktelse"));
        HttpResponse<String> trekk = admin.postSkjema(kontrakt + "/investorer/kontantstrommer", Map.of("investor",
                o.investor(), "type", "TREKK", "dato", LocalDate.now().minusDays(1).toString(), "belop", "400 000"));
        assertThat(trekk.statusCode()).isEqualTo(302);
        String regnskap = som("investor").get(kontrakt + "/investorer").body();
        assertThat(regnskap).contains("400\u00a0000\u00a0NOK", tekst("effekt.kontantstromtype.TREKK"),
                "id=\"kontantstromdiagram-1\"").doesNotContain(tekst("effekt.investorer.registrer"));

        var evaluator = som("evaluator");
        HttpResponse<String> negativ = evaluator.postSkjema(kontrakt + "/effekt/kohorter", Map.of("navn", "Kull 2",
                "dato", LocalDate.now().toString(), "antallTiltak", "-1", "utfallTiltak", "3",
                "antallSammenligning", "50", "utfallSammenligning", "10"));
        assertThat(negativ.statusCode()).isEqualTo(422);
        assertThat(negativ.body()).contains("id=\"antallTiltak-feil\"");
        assertThat(evaluator.postSkjema(kontrakt + "/effekt/kohorter", Map.of("navn", "Kull 2",
                "dato", LocalDate.now().toString(), "antallTiltak", "8", "utfallTiltak", "3",
                "antallSammenligning", "50", "utfallSammenligning", "10")).statusCode()).isEqualTo(302);
        assertThat(evaluator.get(kontrakt + "/effekt").body()).contains("Kull 2");
        // the investor sees the cohorts (in aggregate only) but cannot record one
        assertThat(som("investor").get(kontrakt + "/effekt").body()).contains("Kull 2")
                .doesNotContain(tekst("effekt.effekt.ny-kohort"));
    }

    @Test
    void anInvestorsPagesHoldNoParticipantDataAndOtherPartiesContractsAreNotFound() throws Exception {
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        var o = oppsett("Investorinnsyn " + UUID.randomUUID(), "PERSON-" + UUID.randomUUID().toString().substring(0, 6),
                fnr);
        String kontrakt = "/effektkontrakter/" + o.kontrakt();
        String referanse = TestApi.json(api("admin").get(PATH + "/" + o.kontrakt() + "/deltakere")).get(0)
                .get("referanse").asString();
        var investor = som("investor");
        for (String side : List.of("", "/investorvisning", "/investorer", "/versjoner", "/versjoner/1", "/effekt",
                "/oppgjor/" + o.investor())) {
            String html = investor.get(kontrakt + side).body();
            assertThat(html).as(side).contains(tekst("effekt.fane.investorvisning"))
                    .doesNotContain(referanse, fnr, fnr.substring(0, 6) + "*****", o.deltaker().toString(),
                            o.utfall().toString(), o.krav(), "DOK-", "/deltakere", "/krav/");
        }
        assertThat(investor.get(kontrakt + "/investorvisning").body()).contains(tekst("effekt.prikket.lang"));

        // a contract of another provider and another investor: the demo provider and investor do not see it
        String annenOrgnr = no.samskap.shared.OrgnrFixtures.random();
        var annen = Kontraktbygger.nok().navn("Annen " + UUID.randomUUID()).utenStandardparter()
                .betaler("NAV", Kontraktbygger.NAV_ORGNR, 1_000_000).leverandor("ANNEN", annenOrgnr, null)
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR)
                .investor("ANNEN_INV", annenOrgnr, 100_000, 120_000, Tranche.SENIOR).fast("JOBB", 10_000).bygg();
        UUID fremmed = api("admin").opprett(PATH, EffektkontraktApiIT.json(annen));
        for (String bruker : List.of("arrangor", "investor")) {
            for (String side : List.of("", "/deltakere", "/investorvisning", "/versjoner")) {
                assertThat(som(bruker).get("/effektkontrakter/" + fremmed + side).statusCode()).as(bruker + side)
                        .isEqualTo(404);
            }
            assertThat(som(bruker).get("/effektkontrakter").body()).doesNotContain(annen.navn());
        }
        assertThat(som("evaluator").get("/effektkontrakter/" + fremmed).statusCode()).isEqualTo(200);
    }
}
