package no.samskap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.platform.Kommando;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code audit-sjekk} reports the first break of the chain with a non-zero exit code. Tampering is done as a database
 * superuser would (triggers off) inside a transaction that is rolled back, so the shared chain stays intact.
 */
@SamskapIntegrationTest
class AuditSjekkKommandoIT {

    @Autowired
    AuditSjekkKommando kommando;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private record Kjoring(int kode, String ut) {}

    private Kjoring kjor(List<String> argumenter) {
        var buffer = new ByteArrayOutputStream();
        int kode = kommando.kjor(argumenter, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return new Kjoring(kode, buffer.toString(StandardCharsets.UTF_8));
    }

    private long sekvens(UUID id) {
        return jdbc.sql("select sekvens from audit.audit_entry where id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void reportsAnIntactChainWithExitCodeZero() {
        auditLog.registrer("LES", "deltakelse", UUID.randomUUID().toString(), "person-x", Formaal.KONTROLL);

        Kjoring k = kjor(List.of());

        assertThat(k.kode()).isEqualTo(Kommando.OK);
        assertThat(k.ut()).contains("Revisjonsloggen er hel");
    }

    @Test
    void reportsATamperedRowByItsPlaceInTheChain() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<UUID> ids = List.of(
                    auditLog.registrer("LES", "deltakelse", "a", "person-a", Formaal.OPPFOLGING),
                    auditLog.registrer("LES", "deltakelse", "b", "person-b", Formaal.OPPFOLGING),
                    auditLog.registrer("LES", "deltakelse", "c", "person-c", Formaal.OPPFOLGING));
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update audit.audit_entry set utfort_av = 'noen-andre' where id = :id").param("id", ids.get(1)).update();

            Kjoring k = kjor(List.of());

            assertThat(k.kode()).isEqualTo(Kommando.FEIL);
            assertThat(k.ut()).contains("BRUDD", "nr. " + sekvens(ids.get(1)) + " ",
                    ids.get(1).toString(), "Oppføringen er endret.");
        });
    }

    @Test
    void reportsAPersonRemovedFromAnEntryAboutManyPersons() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            UUID id = auditLog.registrerForPersoner("OPPRETT", "historisk_deltakelse", "import-x",
                    List.of("p-1", "p-2", "p-3"), Formaal.IMPORT);
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from audit.audit_entry_personer where entry_id = :id and 'p-2' = any(personer)")
                    .param("id", id).update();

            Kjoring k = kjor(List.of());

            assertThat(k.kode()).isEqualTo(Kommando.FEIL);
            assertThat(k.ut()).contains(id.toString(), "Personene oppføringen gjelder, er endret.");
        });
    }

    @Test
    void reportsAPersonMovedToAnotherGroupWhereALookupWouldNotFindIt() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            UUID id = auditLog.registrerForPersoner("OPPRETT", "historisk_deltakelse", "import-y",
                    List.of("p-1", "p-2", "p-3"), Formaal.IMPORT);
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("""
                    update audit.audit_entry_personer set gruppe = (gruppe + 1) % 256
                    where entry_id = :id and 'p-2' = any(personer)""").param("id", id).update();

            Kjoring k = kjor(List.of());

            assertThat(k.kode()).isEqualTo(Kommando.FEIL);
            assertThat(k.ut()).contains(id.toString(), "Personene oppføringen gjelder, er endret.");
        });
    }

    @Test
    void reportsAPersonAddedToAnEntryThatNamedOne() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            UUID id = auditLog.registrer("LES", "deltakelse", "d", "person-d", Formaal.OPPFOLGING);
            jdbc.sql("""
                            insert into audit.audit_entry_personer (entry_id, gruppe, personer)
                            values (:id, get_byte(decode(md5('uskyldig'), 'hex'), 0), array['uskyldig'])""")
                    .param("id", id).update();

            Kjoring k = kjor(List.of());

            assertThat(k.kode()).isEqualTo(Kommando.FEIL);
            assertThat(k.ut()).contains(id.toString(), "Personene oppføringen gjelder, er endret.");
        });
    }

    @Test
    void refusesArguments() {
        assertThat(kjor(List.of("x")).kode()).isEqualTo(Kommando.BRUK);
    }
}
