package no.samskap.deltakelse.historikk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.samskap.Kommandoprosess;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.shared.OrgnrFixtures;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real thing: the command {@code import-deltakelser} runs in a JVM of its own against the test database and is
 * killed (SIGKILL) in the middle of the import. What it leaves is whole batches only, and the next run of the same
 * file completes the same import.
 */
@SamskapIntegrationTest
class HistorikkimportAvbruttProsessIT {

    private static final int LINJER = 6000;
    private static final int BATCH = 100;

    @Value("${local.server.port}")
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HistorikkimportService service;

    @Autowired
    TilgangService tilgang;

    @Test
    void aKilledImportLeavesOnlyWholeBatchesAndTheNextRunCompletesIt() throws Exception {
        String orgnr = OrgnrFixtures.random();
        new TestApi(port, "admin").opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", orgnr, "navn", "Drept AS"));
        List<String> personer = Arenafil.fnrSerie(LINJER);
        var fil = new Arenafil();
        for (String p : personer) {
            fil.linje(p, "INDOPPFAG", orgnr, "2017-04-03", "2017-10-31", "FULLF");
        }
        Path sti = fil.skriv();

        Process kommando = Kommandoprosess.start(dataSource, "import-deltakelser", sti.toString(),
                "--samskap.import.batch-storrelse=" + BATCH);
        List<String> ut = new ArrayList<>();
        int batcher = 0;
        try (var leser = new BufferedReader(new InputStreamReader(kommando.getInputStream(), StandardCharsets.UTF_8))) {
            String linje;
            while ((linje = leser.readLine()) != null) {
                ut.add(linje);
                if (linje.startsWith("Linje ") && ++batcher == 4) {
                    kommando.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the application
                    break;
                }
            }
        } finally {
            kommando.destroyForcibly();
            assertThat(kommando.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(batcher).as("the command's output: %s", ut).isEqualTo(4);

        var rad = jdbc.sql("""
                        select id, status, linjer_behandlet, antall_nye from deltakelse.historikkimport
                        where filnavn = :navn""")
                .param("navn", sti.getFileName().toString()).query().singleRow();
        long behandlet = (Long) rad.get("linjer_behandlet");
        long nye = (Long) rad.get("antall_nye");
        long iBasen = importert(personer);
        assertThat(rad.get("status")).isEqualTo("PAGAR");
        assertThat(behandlet).as("killed in the middle, not at the end").isLessThan(LINJER + 1);
        assertThat((behandlet - 1) % BATCH).as("whole batches only").isZero();
        assertThat(iBasen).as("exactly the committed batches' rows").isEqualTo(behandlet - 1).isEqualTo(nye);
        assertThat(importertePersoner(personer.subList(0, (int) iBasen))).isEqualTo(iBasen);

        Historikkimport ferdig = tilgang.somKommandobruker("testadmin", Rolle.TILTAKSADMIN,
                () -> service.importer(sti, sti.getFileName().toString(), BATCH, r -> {}));

        assertThat(ferdig.id()).hasToString(rad.get("id").toString());
        assertThat(ferdig.ferdig()).isTrue();
        assertThat(ferdig.antallUgyldige()).isZero();
        assertThat(ferdig.antallNye()).isEqualTo(LINJER);
        assertThat(ferdig.antallFantes()).isZero();
        assertThat(importert(personer)).isEqualTo(LINJER);
        assertThat(jdbc.sql("""
                        select coalesce(sum(cardinality(p.personer)), 0) from audit.audit_entry_personer p
                        join audit.audit_entry e on e.id = p.entry_id
                        where e.ressurs_id = :id""")
                .param("id", ferdig.id().toString()).query(Long.class).single())
                .as("every person audited once").isEqualTo(LINJER);
    }

    private long importert(List<String> personer) {
        return jdbc.sql("select count(*) from deltakelse.historisk_deltakelse where fodselsnummer = any(cast(:p as bigint[]))")
                .param("p", personer.toArray(String[]::new)).query(Long.class).single();
    }

    private long importertePersoner(List<String> personer) {
        return jdbc.sql("select count(distinct fodselsnummer) from deltakelse.historisk_deltakelse where fodselsnummer = any(cast(:p as bigint[]))")
                .param("p", personer.toArray(String[]::new)).query(Long.class).single();
    }
}
