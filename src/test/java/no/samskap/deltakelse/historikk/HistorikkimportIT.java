package no.samskap.deltakelse.historikk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.audit.AuditLog;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.OrgnrFixtures;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The legacy import on the real database: valid rows in, invalid rows reported by line, idempotent, batches that
 * commit whole (a failing batch leaves nothing half-imported and the next run completes), audited.
 */
@SamskapIntegrationTest
class HistorikkimportIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    HistorikkimportService service;

    @Autowired
    HistorikkimportRepository repository;

    @Autowired
    TilgangService tilgang;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    private String orgA;
    private String orgB;

    @BeforeEach
    void arrangorer() {
        var admin = new TestApi(port, "admin");
        orgA = OrgnrFixtures.random();
        orgB = OrgnrFixtures.random();
        admin.opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", orgA, "navn", "Arena Arbeid AS"));
        admin.opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", orgB, "navn", "Arena Kurs AS"));
    }

    private Historikkimport importer(Path fil, int batch) {
        return tilgang.somKommandobruker("testadmin", Rolle.TILTAKSADMIN,
                () -> service.importer(fil, fil.getFileName().toString(), batch, r -> {}));
    }

    private List<Ugyldiglinje> ugyldige(UUID id) {
        return repository.ugyldige(id, 0, 1000);
    }

    private long rader(String fnr) {
        return jdbc.sql("select count(*) from deltakelse.historisk_deltakelse where fodselsnummer = cast(:f as bigint)")
                .param("f", fnr).query(Long.class).single();
    }

    @Test
    void importsTheValidLinesAndReportsEachInvalidOneByLineAndReason() {
        String per = Arenafil.fnr();
        String kari = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgA, "2019-01-07", "2019-06-30", "FULLF");
        fil.linje(per, "arbeidsforberedende_trening", orgB, "2020-01-01", "", "GJENN");
        int fnrFeil = fil.linje(Arenafil.medFeilKontrollsiffer(kari), "INDOPPFAG", orgA, "2019-01-01", "", "GJENN");
        int kodeFeil = fil.linje(kari, "UKJENTKODE", orgA, "2019-01-01", "", "GJENN");
        int orgnrFeil = fil.linje(kari, "INDOPPFAG", OrgnrFixtures.withWrongCheckDigit(), "2019-01-01", "", "GJENN");
        int ukjentArrangor = fil.linje(kari, "INDOPPFAG", OrgnrFixtures.random(), "2019-01-01", "", "GJENN");
        int datoFeil = fil.linje(kari, "INDOPPFAG", orgA, "2019-02-30", "", "GJENN");
        int sluttForStart = fil.linje(kari, "INDOPPFAG", orgA, "2019-03-01", "2019-02-01", "FULLF");
        int statusFeil = fil.linje(kari, "INDOPPFAG", orgA, "2019-03-01", "", "PAABEGYNT");
        int kolonneFeil = fil.linje(kari + ";INDOPPFAG;" + orgA + ";2019-03-01;GJENN");
        fil.linje("");
        fil.linje(kari, "AVKLARAG", orgA, "", "", "VENTELISTE");

        Historikkimport run = importer(fil.skriv(), 4);

        assertThat(run.ferdig()).isTrue();
        assertThat(run.antallNye()).isEqualTo(3);
        assertThat(run.antallFantes()).isZero();
        assertThat(run.antallUgyldige()).isEqualTo(8);
        assertThat(run.linjerBehandlet()).isEqualTo(run.totaltLinjer()).isEqualTo(13);
        assertThat(ugyldige(run.id())).containsExactly(
                new Ugyldiglinje(fnrFeil, List.of(Importfeil.FODSELSNUMMER_UGYLDIG)),
                new Ugyldiglinje(kodeFeil, List.of(Importfeil.TILTAKSKODE_UKJENT)),
                new Ugyldiglinje(orgnrFeil, List.of(Importfeil.ORGNR_UGYLDIG)),
                new Ugyldiglinje(ukjentArrangor, List.of(Importfeil.ARRANGOR_UKJENT)),
                new Ugyldiglinje(datoFeil, List.of(Importfeil.STARTDATO_UGYLDIG)),
                new Ugyldiglinje(sluttForStart, List.of(Importfeil.SLUTTDATO_FOR_STARTDATO)),
                new Ugyldiglinje(statusFeil, List.of(Importfeil.STATUS_UKJENT)),
                new Ugyldiglinje(kolonneFeil, List.of(Importfeil.ANTALL_KOLONNER)));
        assertThat(jdbc.sql("""
                        select tiltakskode || '/' || status || '/' || arena_status || '/' || coalesce(sluttdato::text, '-')
                        from deltakelse.historisk_deltakelse where fodselsnummer = cast(:f as bigint) order by startdato""")
                .param("f", per).query(String.class).list())
                .containsExactly("OPPFOLGING/FULLFORT/FULLF/2019-06-30", "ARBEIDSFORBEREDENDE_TRENING/DELTAR/GJENN/-");
        assertThat(rader(kari)).isEqualTo(1);
    }

    @Test
    void importsTheDocumentedExample() {
        new no.samskap.katalog.KatalogTestdata(port).demoArrangor();

        Historikkimport run = importer(Path.of("docs/eksempel/arena-deltakelser.csv"), 5);

        assertThat(run.antallNye() + run.antallFantes()).isEqualTo(8);
        assertThat(ugyldige(run.id())).extracting(Ugyldiglinje::linje, u -> u.arsaker().getFirst()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10L, Importfeil.FODSELSNUMMER_UGYLDIG),
                org.assertj.core.groups.Tuple.tuple(11L, Importfeil.TILTAKSKODE_UKJENT),
                org.assertj.core.groups.Tuple.tuple(12L, Importfeil.ORGNR_UGYLDIG),
                org.assertj.core.groups.Tuple.tuple(13L, Importfeil.ARRANGOR_UKJENT),
                org.assertj.core.groups.Tuple.tuple(14L, Importfeil.STARTDATO_UGYLDIG),
                org.assertj.core.groups.Tuple.tuple(15L, Importfeil.SLUTTDATO_FOR_STARTDATO),
                org.assertj.core.groups.Tuple.tuple(16L, Importfeil.STATUS_UKJENT),
                org.assertj.core.groups.Tuple.tuple(17L, Importfeil.ANTALL_KOLONNER));
        assertThat(jdbc.sql("""
                        select tiltakskode || '/' || status from deltakelse.historisk_deltakelse
                        where fodselsnummer = '12418815025' order by startdato""").query(String.class).list())
                .containsExactly("JOBBKLUBB/FULLFORT", "VARIG_TILRETTELAGT_ARBEID_SKJERMET/SOKT_INN");
    }

    @Test
    void addsNothingWhenTheSameFileRunsAgain() {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgA, "2019-01-07", "2019-06-30", "FULLF");
        fil.linje(per, "JOBBK", orgB, "", "", "AKTUELL");
        fil.linje(Arenafil.fnr(), "JOBBK", orgB, "2021-05-01", "2021-05-20", "DELAVB");
        fil.linje("12345678901;JOBBK;" + orgB + ";;;AKTUELL");
        Path sti = fil.skriv();
        Historikkimport forste = importer(sti, 2);

        Historikkimport andre = importer(sti, 2);

        assertThat(forste.antallNye()).isEqualTo(3);
        assertThat(andre.id()).isNotEqualTo(forste.id());
        assertThat(andre.ferdig()).isTrue();
        assertThat(andre.antallNye()).isZero();
        assertThat(andre.antallFantes()).isEqualTo(3);
        assertThat(andre.antallUgyldige()).isEqualTo(1);
        assertThat(rader(per)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit.audit_entry where ressurs_id = :id")
                        .param("id", andre.id().toString()).query(Long.class).single())
                .as("nothing written, nothing to audit").isZero();
    }

    @Test
    void takesAnEnrolmentRepeatedInTheFileOnce() {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "JOBBK", orgA, "2021-05-03", "2021-05-28", "FULLF");
        fil.linje(per, "JOBBKLUBB", orgA, "2021-05-03", "2021-05-31", "DELAVB");
        fil.linje(per, "JOBBK", orgA, "", "", "AKTUELL");
        fil.linje(per, "JOBBK", orgA, "", "", "IKKAKTUELL");

        Historikkimport run = importer(fil.skriv(), 10);

        assertThat(run.antallNye()).isEqualTo(2);
        assertThat(run.antallFantes()).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select linje || ':' || arena_status from deltakelse.historisk_deltakelse
                        where fodselsnummer = cast(:f as bigint) order by linje""").param("f", per).query(String.class).list())
                .as("the first line of each enrolment wins").containsExactly("2:FULLF", "4:AKTUELL");
    }

    @Test
    void addsOnlyTheNewRowsOfAFileThatOverlapsAnEarlierOne() {
        String per = Arenafil.fnr();
        var forste = new Arenafil();
        forste.linje(per, "INDOPPFAG", orgA, "2019-01-07", "2019-06-30", "FULLF");
        importer(forste.skriv(), 10);
        var andre = new Arenafil();
        andre.linje(per, "OPPFOLGING", orgA, "2019-01-07", "2019-06-30", "FULLF");
        andre.linje(per, "INDOPPFAG", orgA, "2022-01-03", "", "GJENN");

        Historikkimport run = importer(andre.skriv(), 10);

        assertThat(run.antallNye()).isEqualTo(1);
        assertThat(run.antallFantes()).as("INDOPPFAG is OPPFOLGING's Arena code: the same enrolment").isEqualTo(1);
        assertThat(rader(per)).isEqualTo(2);
    }

    @Test
    void aBatchThatFailsLeavesNothingHalfImportedAndTheNextRunCompletes() {
        List<String> personer = Arenafil.fnrSerie(10);
        var fil = new Arenafil();
        for (String p : personer) {
            fil.linje(p, "INDOPPFAG", orgA, "2020-02-03", "", "GJENN");
        }
        int ugyldig = fil.linje("x;INDOPPFAG;" + orgA + ";;;GJENN");
        Path sti = fil.skriv();
        // the fault: the database refuses the 8th person, in the middle of the third batch of three lines
        String feiler = personer.get(7);
        jdbc.sql("""
                create function deltakelse.test_feil() returns trigger language plpgsql as $$
                begin
                  if new.fodselsnummer = '%s' then raise exception 'injected fault'; end if;
                  return new;
                end $$""".formatted(feiler)).update();
        jdbc.sql("""
                create trigger test_feil before insert on deltakelse.historisk_deltakelse
                for each row execute function deltakelse.test_feil()""").update();
        Historikkimport stoppet;
        try {
            assertThatThrownBy(() -> importer(sti, 3))
                    .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                        assertThat(e.problem()).isEqualTo(HistorikkimportProblem.AVBRUTT);
                        assertThat(e.args()).containsExactly(7L);
                    });
            stoppet = tilgang.somKommandobruker("testadmin", Rolle.TILTAKSADMIN,
                    () -> service.siste().stream().filter(r -> r.filnavn().equals(sti.getFileName().toString()))
                            .findFirst().orElseThrow());
        } finally {
            jdbc.sql("drop trigger test_feil on deltakelse.historisk_deltakelse").update();
            jdbc.sql("drop function deltakelse.test_feil()").update();
        }

        // two whole batches (lines 2-7), nothing of the third
        assertThat(stoppet.stoppet()).isTrue();
        assertThat(stoppet.linjerBehandlet()).isEqualTo(7);
        assertThat(stoppet.antallNye()).isEqualTo(6);
        assertThat(personer.stream().mapToLong(this::rader).toArray()).containsExactly(1, 1, 1, 1, 1, 1, 0, 0, 0, 0);
        assertThat(importAuditPersoner(stoppet.id())).isEqualTo(6);

        Historikkimport ferdig = importer(sti, 3);

        assertThat(ferdig.id()).as("the same run goes on").isEqualTo(stoppet.id());
        assertThat(ferdig.ferdig()).isTrue();
        assertThat(ferdig.antallNye()).isEqualTo(10);
        assertThat(ferdig.antallFantes()).isZero();
        assertThat(ferdig.antallUgyldige()).isEqualTo(1);
        assertThat(ugyldige(ferdig.id())).containsExactly(new Ugyldiglinje(ugyldig, List.of(Importfeil.FODSELSNUMMER_UGYLDIG)));
        assertThat(personer.stream().mapToLong(this::rader).toArray()).containsOnly(1);
        assertThat(importAuditPersoner(ferdig.id())).isEqualTo(10);
        assertThat(auditLog.verifiser().gyldig()).isTrue();
    }

    @Test
    void auditsEachBatchOnceWithThePersonsItWrote() {
        List<String> personer = Arenafil.fnrSerie(5);
        var fil = new Arenafil();
        for (String p : personer) {
            fil.linje(p, "INDOPPFAG", orgA, "2018-08-01", "2018-12-31", "FULLF");
            fil.linje(p, "JOBBK", orgB, "2019-08-01", "", "GJENN");
        }

        Historikkimport run = importer(fil.skriv(), 4);

        var entries = jdbc.sql("""
                        select utfort_av, rolle, handling, ressurs_type, formaal, antall_personer, person_ref
                        from audit.audit_entry where ressurs_id = :id order by sekvens""")
                .param("id", run.id().toString()).query().listOfRows();
        assertThat(entries).hasSize(3); // batches of 4, 4 and 2 lines
        assertThat(entries).allSatisfy(e -> assertThat(e)
                .containsEntry("utfort_av", "kommando:testadmin")
                .containsEntry("rolle", "TILTAKSADMIN")
                .containsEntry("handling", "OPPRETT")
                .containsEntry("ressurs_type", "historisk_deltakelse")
                .containsEntry("formaal", "IMPORT")
                .containsEntry("person_ref", null));
        assertThat(entries.stream().map(e -> e.get("antall_personer"))).containsExactly(2, 2, 1);
        assertThat(importAuditPersoner(run.id())).isEqualTo(5);
        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_entry_personer p join audit.audit_entry e on e.id = p.entry_id
                        where e.ressurs_id = :id and cast(:p as text) = any(p.personer)""")
                .param("id", run.id().toString()).param("p", personer.get(2)).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_entry_personer p join audit.audit_entry e on e.id = p.entry_id,
                          unnest(p.personer) as x
                        where e.ressurs_id = :id and p.gruppe <> get_byte(decode(md5(x), 'hex'), 0)""")
                .param("id", run.id().toString()).query(Long.class).single())
                .as("each person in its group (the first byte of its MD5, as Java computes it)").isZero();
        assertThat(auditLog.verifiser().gyldig()).isTrue();
    }

    @Test
    void writesNewRowsBetweenRowsThatAreThereAlreadyBatchAfterBatch() {
        List<String> personer = Arenafil.fnrSerie(8);
        var forste = new Arenafil();
        for (int i = 0; i < personer.size(); i += 2) { // persons 0, 2, 4, 6 are there already
            forste.linje(personer.get(i), "INDOPPFAG", orgA, "2019-01-07", "", "FULLF");
        }
        importer(forste.skriv(), 10);
        var andre = new Arenafil();
        for (int i = 0; i < personer.size(); i++) {
            andre.linje(personer.get(i), "INDOPPFAG", orgA, "2019-01-07", "", "FULLF");
        }
        for (String p : personer.subList(0, 4)) { // a batch of new rows only, after batches that met existing ones
            andre.linje(p, "JOBBK", orgB, "2020-03-02", "", "GJENN");
        }
        andre.linje(personer.get(0), "JOBBK", orgB, "2020-03-02", "", "GJENN"); // there since the batch before

        Historikkimport run = importer(andre.skriv(), 2);

        assertThat(run.antallNye()).isEqualTo(8);
        assertThat(run.antallFantes()).isEqualTo(5);
        assertThat(personer.stream().mapToLong(this::rader).toArray()).containsExactly(2, 2, 2, 2, 1, 1, 1, 1);
        assertThat(importAuditPersoner(run.id())).as("only the persons that got rows, once per batch").isEqualTo(8);
        assertThat(auditLog.verifiser().gyldig()).isTrue();
    }

    @Test
    void keysEachEnrolmentByTheFirst64BitsOfTheMd5OfItsNaturalKey() {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgA, "2019-01-07", "", "FULLF");
        fil.linje(per, "JOBBK", orgB, "", "", "AKTUELL");

        importer(fil.skriv(), 10);

        // the fingerprint the history was keyed by before (migration deltakelse V4 kept its first 64 bits)
        assertThat(jdbc.sql("""
                        select count(*) from deltakelse.historisk_deltakelse
                        where fodselsnummer = cast(:f as bigint)
                          and nokkel = ('x' || left(md5(tiltakskode || '|' || arrangor_id || '|'
                                         || coalesce(startdato::text, '')), 16))::bit(64)::bigint""")
                .param("f", per).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void reportsARowWhoseKeyCollidesWithAnotherEnrolmentOfThePersonAndStoresTheRest() {
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        int kolliderer = fil.linje(per, "INDOPPFAG", orgA, "2019-01-07", "", "FULLF");
        fil.linje(per, "JOBBK", orgB, "2020-01-06", "", "GJENN");
        Path sti = fil.skriv();
        // another enrolment of the person stored under the key the first line gets (as if its 64 bits collided)
        UUID arrangor = jdbc.sql("select id from arrangor.arrangor where organisasjonsnummer = :o").param("o", orgA)
                .query(UUID.class).single();
        UUID tidligereImport = importer(new Arenafil().skriv(), 10).id();
        jdbc.sql("""
                        insert into deltakelse.historisk_deltakelse (fodselsnummer, nokkel, tiltakskode, arrangor_id,
                          arrangor_organisasjonsnummer, startdato, sluttdato, status, arena_status, import_id, linje)
                        values (cast(:f as bigint), ('x' || left(md5('OPPFOLGING|' || :a || '|2019-01-07'), 16))::bit(64)::bigint,
                          'JOBBKLUBB', :arrangor, :o, date '2015-03-02', null, 'FULLFORT', 'FULLF', :i, 2)""")
                .param("f", per).param("a", arrangor.toString()).param("arrangor", arrangor).param("o", orgA)
                .param("i", tidligereImport).update();

        Historikkimport run = importer(sti, 10);

        assertThat(run.antallNye()).isEqualTo(1);
        assertThat(run.antallFantes()).as("a collision is not the same enrolment").isZero();
        assertThat(ugyldige(run.id())).containsExactly(
                new Ugyldiglinje(kolliderer, List.of(Importfeil.NOKKEL_KOLLISJON)));
        assertThat(jdbc.sql("""
                        select tiltakskode || '/' || coalesce(startdato::text, '-') from deltakelse.historisk_deltakelse
                        where fodselsnummer = cast(:f as bigint) order by startdato""").param("f", per)
                .query(String.class).list())
                .as("the stored enrolment is untouched").containsExactly("JOBBKLUBB/2015-03-02", "JOBBKLUBB/2020-01-06");
    }

    @Test
    void refusesToRunAFileThatAnotherProcessIsImporting() {
        var fil = new Arenafil();
        fil.linje(Arenafil.fnr(), "INDOPPFAG", orgA, "2019-01-07", "", "GJENN");
        Path sti = fil.skriv();
        String sha = sha(sti);
        Connection annen = repository.laasFil(sha).orElseThrow();
        try {
            assertThatThrownBy(() -> importer(sti, 10))
                    .isInstanceOfSatisfying(BusinessRuleViolation.class,
                            e -> assertThat(e.problem()).isEqualTo(HistorikkimportProblem.PAGAR_ALLEREDE));
        } finally {
            repository.slippFil(annen, sha);
        }
        assertThat(importer(sti, 10).antallNye()).isEqualTo(1);
    }

    @Test
    void refusesAFileWithoutTheHeaderBeforeStoringAnything() {
        Path sti = new Arenafil().skriv();
        try {
            java.nio.file.Files.writeString(sti, "fnr;kode\n" + Arenafil.fnr() + ";INDOPPFAG\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long for_ = jdbc.sql("select count(*) from deltakelse.historikkimport").query(Long.class).single();

        assertThatThrownBy(() -> importer(sti, 10)).isInstanceOfSatisfying(BusinessRuleViolation.class,
                e -> assertThat(e.problem()).isEqualTo(HistorikkimportProblem.OVERSKRIFT_UGYLDIG));
        assertThat(jdbc.sql("select count(*) from deltakelse.historikkimport").query(Long.class).single()).isEqualTo(for_);
    }

    @Test
    void onlyAdministratorsImport() {
        Path sti = new Arenafil().skriv();

        assertThatThrownBy(() -> tilgang.somKommandobruker("v", Rolle.VEILEDER,
                        () -> service.importer(sti, "x.csv", 10, r -> {})))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long importAuditPersoner(UUID importId) {
        return jdbc.sql("""
                        select coalesce(sum(cardinality(p.personer)), 0) from audit.audit_entry_personer p
                        join audit.audit_entry e on e.id = p.entry_id
                        where e.ressurs_id = :id""")
                .param("id", importId.toString()).query(Long.class).single();
    }

    private static String sha(Path fil) {
        try {
            return Filsammendrag.av(fil).sha256();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
