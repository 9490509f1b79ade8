package no.samskap.effekt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tilgang.Rolle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Claims over real HTTP: the automatic checks (ineligible, duplicate, ladder prerequisite, outside the contract,
 * evidence missing), the evaluator's decisions with four eyes, the reconciliation, and the event of an approval.
 */
@SamskapIntegrationTest
class KravApiIT {

    static final String PATH = EffektkontraktApiIT.PATH;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KravService krav;

    @Autowired
    MaalingService maaling;

    private TestApi som(String bruker) {
        return new TestApi(port, bruker);
    }

    private UUID kontrakt() {
        var innhold = Kontraktbygger.nok().fast("JOBBSTART", 20_000).fast("JOBB_13_UKER", 15_000)
                .fast("NORSK_B1", 10_000).stige("Jobb", "JOBBSTART", "JOBB_13_UKER").takPerDeltaker(30_000)
                .maalgruppe(new Kontraktsinnhold.Maalgruppe("18-30", 18, 30, List.<Innsatsgruppe>of(), false)).bygg();
        return som("admin").opprett(PATH, EffektkontraktApiIT.json(innhold));
    }

    private UUID deltaker(UUID k, String referanse, LocalDate fodt) {
        return som("arrangor").opprett(PATH + "/" + k + "/deltakere", MaalingApiIT.deltaker(referanse, fodt));
    }

    private UUID utfall(UUID k, UUID d, String maal, String dato) {
        return som("arrangor").opprett(PATH + "/" + k + "/utfall", MaalingApiIT.utfall(d, maal, dato, "SERTIFIKAT"));
    }

    private JsonNode krev(UUID k, UUID... utfall) {
        HttpResponse<String> r = som("arrangor").post(PATH + "/" + k + "/krav",
                Map.of("utfall", List.of(utfall).stream().map(UUID::toString).toList()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return TestApi.json(r);
    }

    private static List<String> funn(JsonNode krav) {
        return java.util.stream.StreamSupport.stream(krav.get("funn").spliterator(), false)
                .map(JsonNode::asString).toList();
    }

    @Test
    void theChecksRejectOrFlagClaims() {
        UUID k = kontrakt();
        UUID d = deltaker(k, "D-1", LocalDate.of(2000, 1, 1));
        UUID eldre = deltaker(k, "D-2", LocalDate.of(1970, 1, 1));
        UUID jobb = utfall(k, d, "JOBBSTART", "2025-03-01");
        UUID jobbIgjen = utfall(k, d, "JOBBSTART", "2025-04-01");
        UUID utenTrinn = utfall(k, eldre, "JOBB_13_UKER", "2025-06-01");
        UUID ikkeKvalifisert = utfall(k, eldre, "NORSK_B1", "2025-03-01");
        UUID forStart = utfall(k, d, "NORSK_B1", "2024-12-01");
        var utenBevis = MaalingApiIT.utfall(d, "NORSK_B1", "2025-05-01", "SERTIFIKAT");
        utenBevis.remove("bevis");
        UUID mangler = som("arrangor").opprett(PATH + "/" + k + "/utfall", utenBevis);

        JsonNode krav = krev(k, jobb, jobbIgjen, utenTrinn, ikkeKvalifisert, forStart, mangler);

        assertThat(krav.get(0).get("status").asString()).isEqualTo("TIL_VURDERING");
        assertThat(krav.get(0).get("nominelt").decimalValue()).isEqualByComparingTo("20000");
        assertThat(krav.get(1).get("status").asString()).isEqualTo("AVVIST");
        assertThat(funn(krav.get(1))).containsExactly("DUPLIKAT");
        assertThat(funn(krav.get(2))).contains("MANGLER_FORUTGAENDE_TRINN", "IKKE_KVALIFISERT");
        assertThat(funn(krav.get(3))).containsExactly("IKKE_KVALIFISERT");
        assertThat(funn(krav.get(4))).contains("UTENFOR_KONTRAKTSPERIODE");
        assertThat(krav.get(5).get("status").asString()).isEqualTo("FLAGGET");
        assertThat(funn(krav.get(5))).containsExactly("BEVIS_MANGLER");
        assertThat(som("arrangor").post(PATH + "/" + k + "/krav", Map.of("utfall", List.of(jobb.toString())))
                .body()).contains("effekt.utfall-allerede-krevd");
    }

    @Test
    void theEvaluatorApprovesAndRejectsWithAReasonAndTheProviderIsToldOfTheApproval() throws Exception {
        UUID k = kontrakt();
        UUID d = deltaker(k, "D-1", LocalDate.of(2000, 1, 1));
        JsonNode krav = krev(k, utfall(k, d, "JOBBSTART", "2025-03-01"), utfall(k, d, "NORSK_B1", "2025-04-01"));
        String jobb = krav.get(0).get("id").asString();
        String norsk = krav.get(1).get("id").asString();
        assertThat(krav.get(0).get("kanVurderes").asBoolean()).isFalse();

        HttpResponse<String> utenGrunn = som("evaluator").post(PATH + "/" + k + "/krav/" + jobb + "/godkjenning",
                Map.of("begrunnelse", " "));
        HttpResponse<String> avLeverandor = som("arrangor").post(PATH + "/" + k + "/krav/" + jobb + "/godkjenning",
                Map.of("begrunnelse", "Egen godkjenning"));
        HttpResponse<String> avNav = som("admin").post(PATH + "/" + k + "/krav/" + jobb + "/godkjenning",
                Map.of("begrunnelse", "NAV godkjenner"));
        HttpResponse<String> godkjent = som("evaluator").post(PATH + "/" + k + "/krav/" + jobb + "/godkjenning",
                Map.of("begrunnelse", "Arbeidsavtale kontrollert"));
        HttpResponse<String> avvist = som("evaluator").post(PATH + "/" + k + "/krav/" + norsk + "/avvisning",
                Map.of("begrunnelse", "Sertifikatet gjelder nivå A2"));
        HttpResponse<String> igjen = som("evaluator").post(PATH + "/" + k + "/krav/" + jobb + "/avvisning",
                Map.of("begrunnelse", "Ombestemt"));

        assertThat(utenGrunn.statusCode()).isEqualTo(400);
        assertThat(avLeverandor.statusCode()).isEqualTo(403);
        assertThat(avNav.statusCode()).isEqualTo(403);
        assertThat(godkjent.statusCode()).as(godkjent.body()).isEqualTo(200);
        JsonNode g = TestApi.json(godkjent);
        assertThat(g.get("status").asString()).isEqualTo("GODKJENT");
        assertThat(g.get("tilUtbetaling").decimalValue()).isEqualByComparingTo("20000");
        assertThat(g.get("vurdering").get("evaluator").asString()).isEqualTo("evaluator");
        assertThat(g.get("vurdering").get("begrunnelse").asString()).isEqualTo("Arbeidsavtale kontrollert");
        assertThat(TestApi.json(avvist).get("status").asString()).isEqualTo("AVVIST");
        assertThat(igjen.statusCode()).isEqualTo(422);
        assertThat(igjen.body()).contains("effekt.krav-allerede-vurdert");
        assertThat(jdbc.sql("""
                        select count(*) from (select serialized_event from event_publication
                          union all select serialized_event from event_publication_archive) e
                        where e.serialized_event like :krav""")
                .param("krav", "%" + jobb + "%").query(Integer.class).single()).isPositive();
        JsonNode varsler = vent(() -> TestApi.json(som("arrangor").get(PATH + "/" + k + "/varsler")),
                v -> v.size() > 0);
        assertThat(varsler).extracting(v -> v.get("type").asString() + ":" + v.get("referanse").asString())
                .containsExactly("KRAV_GODKJENT:" + jobb);
    }

    @Test
    void theEvaluatorCannotApproveAClaimTheChecksRejected() {
        UUID k = kontrakt();
        UUID d = deltaker(k, "D-1", LocalDate.of(2000, 1, 1));
        JsonNode krav = krev(k, utfall(k, d, "JOBB_13_UKER", "2025-03-01"));

        HttpResponse<String> r = som("evaluator").post(PATH + "/" + k + "/krav/" + krav.get(0).get("id").asString()
                + "/godkjenning", Map.of("begrunnelse", "Ser greit ut"));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("effekt.krav-avvist-automatisk");
    }

    @Test
    void neverLetsThePersonWhoClaimedDecideTheClaim() {
        String leverandorOrgnr = "977777771";
        UUID k = som("admin").opprett(PATH, EffektkontraktApiIT.json(Kontraktbygger.nok().utenStandardparter()
                .betaler("NAV", Kontraktbygger.NAV_ORGNR, 1_000_000).leverandor("LEV", leverandorOrgnr, null)
                .evaluator("EVAL", Kontraktbygger.EVALUATOR_ORGNR).fast("JOBBSTART", 1000).bygg()));
        List<Kravvisning> fremmet = Som.bruker("ola.nordmann", Rolle.ARRANGOR, List.of(leverandorOrgnr), () -> {
            UUID d = maaling.registrerDeltaker(new RegistrerDeltaker(k, null, "D-1", null, null, null, null,
                    LocalDate.of(2025, 2, 1), null, null));
            UUID u = maaling.registrerUtfall(new RegistrerUtfall(k, d, "JOBBSTART", LocalDate.of(2025, 3, 1), null,
                    null, List.of(new Bevisreferanse(no.samskap.effekt.domain.Bevistype.SERTIFIKAT, "X"))));
            return krav.fremm(k, List.of(u));
        });
        UUID kravId = fremmet.getFirst().id();

        assertThatThrownBy(() -> Som.bruker(" OLA.NORDMANN", Rolle.EVALUATOR, List.of(Kontraktbygger.EVALUATOR_ORGNR),
                () -> krav.vurder(new VurderKrav(k, List.of(kravId), Vurdering.Beslutning.GODKJENT, "Godkjent"))))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).problem())
                .isEqualTo(EffektProblem.FIRE_OYNE);
        assertThat(jdbc.sql("select count(*) from effekt.vurdering where krav_id = :k").param("k", kravId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theReconciliationExplainsWhatEachCapCut() {
        UUID k = kontrakt();
        UUID d = deltaker(k, "D-1", LocalDate.of(2000, 1, 1));
        JsonNode krav = krev(k, utfall(k, d, "JOBBSTART", "2025-03-01"), utfall(k, d, "JOBB_13_UKER", "2025-06-01"),
                utfall(k, d, "NORSK_B1", "2025-07-01"));
        som("evaluator").post(PATH + "/" + k + "/vurderinger", Map.of(
                "krav", List.of(krav.get(0).get("id").asString(), krav.get(1).get("id").asString(),
                        krav.get(2).get("id").asString()),
                "beslutning", "GODKJENT", "begrunnelse", "Dokumentert"));

        JsonNode a = TestApi.json(som("arrangor").get(PATH + "/" + k + "/avstemming"));

        JsonNode totalt = a.get("totalt");
        assertThat(totalt.get("prisGangerOppnaadd").decimalValue()).isEqualByComparingTo("45000");
        assertThat(totalt.get("godkjent").decimalValue()).isEqualByComparingTo("30000");
        assertThat(totalt.get("justeringer").get(0).get("aarsak").asString()).isEqualTo("TAK_DELTAKER");
        assertThat(totalt.get("justeringer").get(0).get("belop").decimalValue()).isEqualByComparingTo("15000");
        JsonNode perDeltaker = a.get("perDeltaker").get(0);
        assertThat(perDeltaker.get("nokkel").asString()).isEqualTo("D-1");
        assertThat(perDeltaker.get("krav")).hasSize(3);
        assertThat(perDeltaker.get("krav").get(1).get("justeringer").get(0).get("belop").decimalValue())
                .isEqualByComparingTo("5000");
        JsonNode perMaal = a.get("perResultatmaal");
        assertThat(perMaal).extracting(l -> l.get("nokkel").asString() + "=" + l.get("godkjent").decimalValue()
                        .stripTrailingZeros().toPlainString())
                .containsExactly("JOBBSTART=20000", "JOBB_13_UKER=10000", "NORSK_B1=0");
    }

    static JsonNode vent(java.util.function.Supplier<JsonNode> hent, java.util.function.Predicate<JsonNode> ferdig)
            throws InterruptedException {
        Instant frist = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode siste = hent.get();
        while (!ferdig.test(siste) && Instant.now().isBefore(frist)) {
            Thread.onSpinWait();
            Thread.sleep(20);
            siste = hent.get();
        }
        return siste;
    }
}
