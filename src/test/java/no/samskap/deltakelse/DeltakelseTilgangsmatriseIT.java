package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.FodselsnummerFixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The access matrix of the enrolment API and pages: every endpoint, called by every role in every relation to the enrolment it
 * concerns (own office / other office, own provider / other provider, self / another person, roles without a
 * relation), is either allowed (it works) or denied (403/404, or the enrolment is not among the answers) and then
 * changes nothing. The expected matrix is written out below; loosening or tightening any rule fails a cell.
 */
@SamskapIntegrationTest
class DeltakelseTilgangsmatriseIT {

    static final String PATH = "/api/v1/deltakelser";

    /** Which enrolment a call is about, seen from the caller. */
    enum Maal {
        /** Enrolled by {@code veileder} (Nav Grünerløkka) at the demo provider FRETEX, for someone else. */
        FRETEX,
        /** Enrolled by {@code veileder} at a provider the demo provider user does not act for. */
        ANNEN_ARRANGOR,
        /** Enrolled by {@code veileder} at FRETEX for the demo participant herself. */
        DELTAKEREN_SELV
    }

    /** A demo user in one relation to the enrolment. */
    enum Aktor {
        VEILEDER_EGET_KONTOR("veileder", Maal.FRETEX),
        VEILEDER_ANNET_KONTOR("veileder2", Maal.FRETEX),
        ARRANGOR_EGEN_ARRANGOR("arrangor", Maal.FRETEX),
        ARRANGOR_ANNEN_ARRANGOR("arrangor", Maal.ANNEN_ARRANGOR),
        DELTAKER_SEG_SELV("deltaker", Maal.DELTAKEREN_SELV),
        DELTAKER_ANNEN_PERSON("deltaker", Maal.FRETEX),
        TILTAKSADMIN("admin", Maal.FRETEX),
        INVESTOR("investor", Maal.FRETEX),
        EVALUATOR("evaluator", Maal.FRETEX),
        PARTNERSKAP("partnerskap", Maal.FRETEX);

        final String bruker;
        final Maal maal;

        Aktor(String bruker, Maal maal) {
            this.bruker = bruker;
            this.maal = maal;
        }
    }

    enum Endepunkt {
        MELD_PA,
        LISTE,
        PERSONSOK,
        HENT,
        ENDRE,
        ENDRE_STATUS,
        FORESLAA,
        GODKJENN_FORSLAG,
        AVVIS_FORSLAG,
        VARSLER,
        MERK_VARSEL_LEST
    }

    /** The expected matrix: who may use each endpoint. Everyone else is denied. */
    static final Map<Endepunkt, Set<Aktor>> TILLATT = Map.ofEntries(
            Map.entry(Endepunkt.MELD_PA, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR, Aktor.VEILEDER_ANNET_KONTOR)),
            Map.entry(Endepunkt.LISTE,
                    EnumSet.of(Aktor.VEILEDER_EGET_KONTOR, Aktor.ARRANGOR_EGEN_ARRANGOR, Aktor.DELTAKER_SEG_SELV)),
            Map.entry(Endepunkt.PERSONSOK, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Endepunkt.HENT,
                    EnumSet.of(Aktor.VEILEDER_EGET_KONTOR, Aktor.ARRANGOR_EGEN_ARRANGOR, Aktor.DELTAKER_SEG_SELV)),
            Map.entry(Endepunkt.ENDRE, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Endepunkt.ENDRE_STATUS, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Endepunkt.FORESLAA, EnumSet.of(Aktor.ARRANGOR_EGEN_ARRANGOR)),
            Map.entry(Endepunkt.GODKJENN_FORSLAG, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Endepunkt.AVVIS_FORSLAG, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Endepunkt.VARSLER, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Endepunkt.MERK_VARSEL_LEST, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)));

    static Stream<Arguments> matrise() {
        return celler(Endepunkt.values(), TILLATT);
    }

    /** Every endpoint with every actor, and whether the matrix allows it. */
    private static <E> Stream<Arguments> celler(E[] endepunkter, Map<E, Set<Aktor>> tillatt) {
        var celler = new ArrayList<Arguments>();
        for (E e : endepunkter) {
            for (Aktor a : Aktor.values()) {
                celler.add(Arguments.of(e, a, tillatt.get(e).contains(a)));
            }
        }
        return celler.stream();
    }

    /** Implementations shared by all cells (created once per JVM). */
    private static UUID fretexGjennomforing;
    private static UUID annenGjennomforing;
    private static UUID selv;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("matrise")
    void everyEndpointAllowsExactlyTheRolesAndRelationsOfTheMatrix(Endepunkt endepunkt, Aktor aktor, boolean tillatt) {
        Celle c = celle(aktor, EnumSet.of(Endepunkt.GODKJENN_FORSLAG, Endepunkt.AVVIS_FORSLAG, Endepunkt.VARSLER,
                Endepunkt.MERK_VARSEL_LEST).contains(endepunkt));
        UUID deltakelse = c.deltakelse();
        String fnr = c.fnr();
        UUID forslag = c.forslag();
        UUID varsel = c.varsel();
        Tilstand for_ = c.for_();
        var api = new TestApi(port, aktor.bruker);

        HttpResponse<String> svar = switch (endepunkt) {
            case MELD_PA -> api.post(PATH, meldPaBody(fretexGjennomforing, FodselsnummerFixtures.randomSyntetisk()));
            case LISTE -> api.get(PATH + "?storrelse=100&gjennomforingId=" + gjennomforingAv(deltakelse));
            case PERSONSOK -> api.post(PATH + "/sok", Map.of("fodselsnummer", fnr));
            case HENT -> api.get(PATH + "/" + deltakelse);
            case ENDRE -> api.put(PATH + "/" + deltakelse,
                    Map.of("startdato", "2026-12-14", "deltakelsesprosent", 50, "version", for_.version()));
            case ENDRE_STATUS -> api.post(PATH + "/" + deltakelse + "/status",
                    Map.of("til", "DELTAR", "version", for_.version()));
            case FORESLAA -> api.post(PATH + "/" + deltakelse + "/forslag",
                    Map.of("type", "FORLENG", "sluttdato", "2027-06-30", "begrunnelse", "Trenger mer tid"));
            case GODKJENN_FORSLAG -> api.post(PATH + "/" + deltakelse + "/forslag/" + forslag + "/godkjenning",
                    Map.of("version", 0));
            case AVVIS_FORSLAG -> api.post(PATH + "/" + deltakelse + "/forslag/" + forslag + "/avvisning",
                    Map.of("begrunnelse", "Ikke nå", "version", 0));
            case VARSLER -> api.get(PATH + "/varsler");
            case MERK_VARSEL_LEST -> api.post(PATH + "/varsler/" + varsel + "/lest", Map.of());
        };

        boolean sesIListe = switch (endepunkt) {
            case LISTE -> svar.statusCode() == 200 && inneholder(TestApi.json(svar).get("innhold"), "id", deltakelse);
            case PERSONSOK -> svar.statusCode() == 200 && inneholder(TestApi.json(svar), "id", deltakelse);
            case VARSLER -> svar.statusCode() == 200 && inneholder(TestApi.json(svar), "deltakelseId", deltakelse);
            default -> false;
        };
        boolean erListe = EnumSet.of(Endepunkt.LISTE, Endepunkt.PERSONSOK, Endepunkt.VARSLER).contains(endepunkt);

        if (tillatt) {
            assertThat(svar.statusCode()).as(svar.body()).isBetween(200, 299);
            if (erListe) {
                assertThat(sesIListe).as("the enrolment is among the answers").isTrue();
            }
        } else {
            if (erListe && svar.statusCode() == 200) {
                assertThat(sesIListe).as("the enrolment is not among the answers: " + svar.body()).isFalse();
            } else {
                assertThat(svar.statusCode()).as(svar.body()).isIn(403, 404);
            }
            assertThat(svar.body()).doesNotContain(fnr);
            assertThat(tilstand(deltakelse)).as("a denied call changes nothing").isEqualTo(for_);
            if (endepunkt == Endepunkt.MELD_PA) {
                assertThat(svar.statusCode()).isEqualTo(403);
            }
        }
    }

    /** The enrolment pages (form login, as a browser), with the same relations as the API. */
    enum Side {
        MELD_PA,
        LISTE,
        MINE,
        PERSONSOK,
        HENT,
        MIN,
        STATUSSKJEMA,
        ENDRE_STATUS,
        ENDRESKJEMA,
        ENDRE,
        FORSLAGSSKJEMA,
        FORESLAA,
        GODKJENN_FORSLAG,
        AVVISNINGSSKJEMA,
        AVVIS_FORSLAG,
        VARSLER,
        APNE_VARSEL
    }

    /** The expected matrix of the pages. Everyone else is denied. */
    static final Map<Side, Set<Aktor>> TILLATT_SIDER = Map.ofEntries(
            Map.entry(Side.MELD_PA, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR, Aktor.VEILEDER_ANNET_KONTOR)),
            Map.entry(Side.LISTE, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR, Aktor.ARRANGOR_EGEN_ARRANGOR)),
            Map.entry(Side.MINE, EnumSet.of(Aktor.DELTAKER_SEG_SELV)),
            Map.entry(Side.PERSONSOK, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            // the participant is sent on to her own page of the enrolment
            Map.entry(Side.HENT,
                    EnumSet.of(Aktor.VEILEDER_EGET_KONTOR, Aktor.ARRANGOR_EGEN_ARRANGOR, Aktor.DELTAKER_SEG_SELV)),
            Map.entry(Side.MIN, EnumSet.of(Aktor.DELTAKER_SEG_SELV)),
            Map.entry(Side.STATUSSKJEMA, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.ENDRE_STATUS, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.ENDRESKJEMA, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.ENDRE, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.FORSLAGSSKJEMA, EnumSet.of(Aktor.ARRANGOR_EGEN_ARRANGOR)),
            Map.entry(Side.FORESLAA, EnumSet.of(Aktor.ARRANGOR_EGEN_ARRANGOR)),
            Map.entry(Side.GODKJENN_FORSLAG, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.AVVISNINGSSKJEMA, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.AVVIS_FORSLAG, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.VARSLER, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)),
            Map.entry(Side.APNE_VARSEL, EnumSet.of(Aktor.VEILEDER_EGET_KONTOR)));

    static Stream<Arguments> sidematrise() {
        return celler(Side.values(), TILLATT_SIDER);
    }

    /** One logged-in browser session per demo user, shared by the page cells. */
    private static final Map<String, SamskapKlient> SESJONER = new java.util.concurrent.ConcurrentHashMap<>();

    @ParameterizedTest(name = "page {0} as {1}: allowed={2}")
    @MethodSource("sidematrise")
    void everyPageAllowsExactlyTheRolesAndRelationsOfTheMatrix(Side side, Aktor aktor, boolean tillatt)
            throws Exception {
        Celle c = celle(aktor, EnumSet.of(Side.GODKJENN_FORSLAG, Side.AVVISNINGSSKJEMA, Side.AVVIS_FORSLAG,
                Side.VARSLER, Side.APNE_VARSEL).contains(side));
        SamskapKlient nettleser = SESJONER.computeIfAbsent(aktor.bruker, bruker -> {
            try {
                return SamskapKlient.innlogget(port, bruker);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String d = "/deltakelser/" + c.deltakelse();

        HttpResponse<String> svar = switch (side) {
            case MELD_PA -> nettleser.postSkjema("/deltakelser/ny", Map.of(
                    "gjennomforingId", fretexGjennomforing.toString(),
                    "fodselsnummer", FodselsnummerFixtures.randomSyntetisk(), "navn", "Matrise Testesen",
                    "startdato", "2026-12-07"));
            case LISTE -> nettleser.get("/deltakelser?storrelse=100&gjennomforingId=" + gjennomforingAv(c.deltakelse()));
            case MINE -> nettleser.get("/mine-deltakelser");
            case PERSONSOK -> nettleser.postSkjema("/deltakelser/sok", Map.of("fodselsnummer", c.fnr()));
            case HENT -> folg(nettleser, nettleser.get(d));
            case MIN -> nettleser.get("/mine-deltakelser/" + c.deltakelse());
            case STATUSSKJEMA -> nettleser.get(d + "/status");
            case ENDRE_STATUS -> nettleser.postSkjema(d + "/status",
                    Map.of("til", "DELTAR", "version", String.valueOf(c.for_().version())));
            case ENDRESKJEMA -> nettleser.get(d + "/endre");
            case ENDRE -> nettleser.postSkjema(d + "/endre", Map.of("startdato", "2026-12-14",
                    "deltakelsesprosent", "50", "version", String.valueOf(c.for_().version())));
            case FORSLAGSSKJEMA -> nettleser.get(d + "/forslag/ny?type=FORLENG");
            case FORESLAA -> nettleser.postSkjema(d + "/forslag/ny?type=FORLENG",
                    Map.of("sluttdato", "2027-06-30", "begrunnelse", "Trenger mer tid"));
            case GODKJENN_FORSLAG -> nettleser.postSkjema(d + "/forslag/" + c.forslag() + "/godkjenn",
                    Map.of("version", "0"));
            case AVVISNINGSSKJEMA -> nettleser.get(d + "/forslag/" + c.forslag() + "/avvis");
            case AVVIS_FORSLAG -> nettleser.postSkjema(d + "/forslag/" + c.forslag() + "/avvis",
                    Map.of("begrunnelse", "Ikke nå", "version", "0"));
            case VARSLER -> nettleser.get("/varsler");
            case APNE_VARSEL -> nettleser.postSkjema("/varsler/" + c.varsel(), Map.of());
        };

        boolean erListe = EnumSet.of(Side.LISTE, Side.MINE, Side.PERSONSOK, Side.VARSLER).contains(side);
        // a notification is listed by its own id (opening it is a POST to /varsler/{id})
        UUID listet = side == Side.VARSLER ? c.varsel() : c.deltakelse();
        boolean iListe = svar.statusCode() == 200 && svar.body().contains(String.valueOf(listet));
        String location = svar.headers().firstValue("Location").orElse("");
        assertThat(svar.body()).as("the whole fødselsnummer is never on a page").doesNotContain(c.fnr());
        assertThat(location).doesNotContain(c.fnr());

        if (tillatt) {
            if (svar.statusCode() == 302) {
                assertThat(location).as("a form that worked goes back to the enrolment")
                        .contains("/deltakelser/").doesNotContain("login").doesNotContain("error");
            } else {
                assertThat(svar.statusCode()).as(svar.body()).isEqualTo(200);
            }
            if (erListe) {
                assertThat(iListe).as("the enrolment is on the page").isTrue();
            }
        } else {
            if (erListe && svar.statusCode() == 200) {
                assertThat(iListe).as("the enrolment is not on the page").isFalse();
            } else if (erListe && svar.statusCode() == 302) {
                assertThat(location).as("sent to its own list").endsWith("/mine-deltakelser");
            } else {
                assertThat(svar.statusCode()).as(side + " " + location).isIn(403, 404);
            }
            assertThat(tilstand(c.deltakelse())).as("a denied call changes nothing").isEqualTo(c.for_());
        }
    }

    /** Follows one redirect within the application (the participant's enrolment page is her own). */
    private static HttpResponse<String> folg(SamskapKlient nettleser, HttpResponse<String> svar) throws Exception {
        if (svar.statusCode() == 302) {
            String til = svar.headers().firstValue("Location").orElseThrow();
            return nettleser.get(til.replaceFirst("^https?://[^/]+", ""));
        }
        return svar;
    }

    /** The enrolment a cell is about, with an open proposal and the counsellor's notification where asked for. */
    record Celle(UUID deltakelse, String fnr, @Nullable UUID forslag, @Nullable UUID varsel, Tilstand for_) {}

    private Celle celle(Aktor aktor, boolean medForslag) {
        gjennomforinger();
        UUID deltakelse = deltakelse(aktor.maal);
        UUID forslag = null;
        UUID varsel = null;
        if (medForslag) {
            forslag = foreslaa(deltakelse);
            varsel = jdbc.sql("select id from deltakelse.varsel where deltakelse_id = :id order by created_at limit 1")
                    .param("id", deltakelse).query(UUID.class).single();
        }
        return new Celle(deltakelse, fodselsnummer(deltakelse), forslag, varsel, tilstand(deltakelse));
    }

    /** What a denied call must leave as it was. */
    record Tilstand(long version, String status, long apneForslag, long leste) {}

    private Tilstand tilstand(UUID deltakelse) {
        return jdbc.sql("""
                        select d.version, d.status,
                               (select count(*) from deltakelse.endringsforslag f
                                 where f.deltakelse_id = d.id and f.status = 'VENTER') as apne,
                               (select count(*) from deltakelse.varsel v where v.deltakelse_id = d.id and v.lest) as leste
                          from deltakelse.deltakelse d where d.id = :id""")
                .param("id", deltakelse)
                .query((rs, n) -> new Tilstand(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    private void gjennomforinger() {
        synchronized (DeltakelseTilgangsmatriseIT.class) {
            if (fretexGjennomforing == null) {
                var testdata = new KatalogTestdata(port);
                UUID[] demo = testdata.demoArrangor();
                fretexGjennomforing = testdata.apenGjennomforing("Matrise " + UUID.randomUUID(), demo[0], demo[1],
                        "LOPENDE", 1000);
                UUID[] annen = testdata.nyArrangor();
                annenGjennomforing = testdata.apenGjennomforing("Matrise annen " + UUID.randomUUID(), annen[0],
                        annen[1], "LOPENDE", 1000);
            }
        }
    }

    /**
     * A fresh enrolment (by {@code veileder}) for each cell, so no cell depends on another; the participant's own is
     * shared, as only denied calls touch it.
     */
    private UUID deltakelse(Maal maal) {
        return switch (maal) {
            case FRETEX -> new TestApi(port, "veileder")
                    .opprett(PATH, meldPaBody(fretexGjennomforing, FodselsnummerFixtures.randomSyntetisk()));
            case ANNEN_ARRANGOR -> new TestApi(port, "veileder")
                    .opprett(PATH, meldPaBody(annenGjennomforing, FodselsnummerFixtures.randomSyntetisk()));
            case DELTAKEREN_SELV -> selv();
        };
    }

    /** The demo participant's one enrolment in the shared implementation (a person is enrolled there once). */
    private synchronized UUID selv() {
        if (selv == null) {
            selv = new TestApi(port, "veileder")
                    .opprett(PATH, meldPaBody(fretexGjennomforing, DeltakelseFlytIT.DELTAKER_FNR));
        }
        return selv;
    }

    /** An open proposal (and the counsellor's notification of it) on the enrolment. */
    private UUID foreslaa(UUID deltakelse) {
        var apent = jdbc.sql("select id from deltakelse.endringsforslag where deltakelse_id = :id and status = 'VENTER'")
                .param("id", deltakelse).query(UUID.class).optional();
        if (apent.isPresent()) {
            return apent.get(); // the participant's shared enrolment keeps its one open proposal
        }
        if (gjennomforingAv(deltakelse).equals(fretexGjennomforing)) {
            HttpResponse<String> svar = new TestApi(port, "arrangor").post(PATH + "/" + deltakelse + "/forslag",
                    Map.of("type", "FORLENG", "sluttdato", "2027-06-30"));
            assertThat(svar.statusCode()).as(svar.body()).isEqualTo(201);
        } else {
            // No demo user acts for the other provider, so its proposal is written as the service would write it.
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            insert into deltakelse.endringsforslag (id, deltakelse_id, type, sluttdato, status, foreslatt_av,
                                                                    version, created_at, updated_at)
                            values (:id, :deltakelse, 'FORLENG', date '2027-06-30', 'VENTER', 'annen-arrangor', 0, now(), now())""")
                    .param("id", id).param("deltakelse", deltakelse).update();
            jdbc.sql("""
                            insert into deltakelse.varsel (id, mottaker, deltakelse_id, type, lest, created_at)
                            values (:id, 'veileder', :deltakelse, 'NYTT_FORSLAG', false, now())""")
                    .param("id", UUID.randomUUID()).param("deltakelse", deltakelse).update();
        }
        return jdbc.sql("select id from deltakelse.endringsforslag where deltakelse_id = :id")
                .param("id", deltakelse).query(UUID.class).single();
    }

    private UUID gjennomforingAv(UUID deltakelse) {
        return jdbc.sql("select gjennomforing_id from deltakelse.deltakelse where id = :id")
                .param("id", deltakelse).query(UUID.class).single();
    }

    private String fodselsnummer(UUID deltakelse) {
        return jdbc.sql("select fodselsnummer from deltakelse.deltakelse where id = :id")
                .param("id", deltakelse).query(String.class).single();
    }

    private static Map<String, Object> meldPaBody(UUID gjennomforing, String fnr) {
        var body = new LinkedHashMap<String, Object>();
        body.put("gjennomforingId", gjennomforing.toString());
        body.put("fodselsnummer", fnr);
        body.put("navn", "Matrise Testesen");
        body.put("startdato", "2026-12-07");
        return body;
    }

    private static boolean inneholder(JsonNode liste, String felt, UUID id) {
        for (JsonNode n : liste) {
            if (n.has(felt) && id.toString().equals(n.get(felt).asString())) {
                return true;
            }
        }
        return false;
    }
}
