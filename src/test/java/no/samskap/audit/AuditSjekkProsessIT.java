package no.samskap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.samskap.Kommandoprosess;
import no.samskap.SamskapIntegrationTest;
import no.samskap.platform.Kommando;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bin/samskap audit-sjekk} as a process: it exits with 1 and names the entry when a row of the audit log was
 * changed. The change is committed (the process must see it) as a superuser would make it (triggers off), and undone
 * the same way right after, so the shared chain is whole again for the other tests.
 */
@SamskapIntegrationTest
class AuditSjekkProsessIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theCommandExitsWithOneAndNamesATamperedRow() throws Exception {
        UUID id = auditLog.registrer("LES", "deltakelse", UUID.randomUUID().toString(), "person-prosess", Formaal.KONTROLL);
        long sekvens = jdbc.sql("select sekvens from audit.audit_entry where id = :id").param("id", id)
                .query(Long.class).single();
        sett(id, "noen-andre");
        String ut;
        int kode;
        try {
            Process prosess = Kommandoprosess.start(dataSource, "audit-sjekk");
            ut = new String(prosess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(prosess.waitFor(120, TimeUnit.SECONDS)).isTrue();
            kode = prosess.exitValue();
        } finally {
            sett(id, "system");
        }

        assertThat(kode).as(ut).isEqualTo(Kommando.FEIL);
        assertThat(ut).contains("BRUDD", "nr. " + sekvens + " ", id.toString(), "Oppføringen er endret.");
        assertThat(auditLog.verifiser().gyldig()).as("undone").isTrue();
    }

    private void sett(UUID id, String utfortAv) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update audit.audit_entry set utfort_av = :av where id = :id")
                    .param("av", utfortAv).param("id", id).update();
        });
    }
}
