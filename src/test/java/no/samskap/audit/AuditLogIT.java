package no.samskap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.audit.persistence.AuditEntryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@SamskapIntegrationTest
class AuditLogIT {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditEntryRepository repository;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void loggUt() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhoDidWhatToWhichResource() {
        loggInn("veileder", "ROLE_VEILEDER");
        String ressurs = UUID.randomUUID().toString();

        UUID id = auditLog.registrer("LES", "deltakelse", ressurs, "person-" + ressurs, Formaal.KONTROLL);

        var rad = jdbc.sql("""
                        select utfort_av, rolle, handling, ressurs_type, ressurs_id, person_ref, hash
                        from audit.audit_entry where id = :id
                        """)
                .param("id", id)
                .query()
                .singleRow();
        assertThat(rad).containsEntry("utfort_av", "veileder")
                .containsEntry("rolle", "VEILEDER")
                .containsEntry("handling", "LES")
                .containsEntry("ressurs_type", "deltakelse")
                .containsEntry("ressurs_id", ressurs)
                .containsEntry("person_ref", "person-" + ressurs);
        assertThat((String) rad.get("hash")).hasSize(64);
    }

    @Test
    void storesAndFindsThePersonsOfABulkEntryWhateverCharactersTheirReferencesHold() {
        loggInn("admin", "ROLE_TILTAKSADMIN");
        String unik = UUID.randomUUID().toString();
        List<String> personer = List.of("a\"b" + unik, "c\\d" + unik, "e,f" + unik, "g\th" + unik, "i\nj\r" + unik,
                "{k}" + unik, "NULL", "ø " + unik, "\uD83D\uDE00" + unik);

        UUID id = auditLog.registrerForPersoner("OPPRETT", "historisk_deltakelse", unik, personer, Formaal.IMPORT);

        assertThat(jdbc.sql("""
                        select x from audit.audit_entry_personer p, unnest(p.personer) as x
                        where p.entry_id = :id and p.gruppe = get_byte(decode(md5(x), 'hex'), 0)""")
                .param("id", id).query(String.class).list())
                .as("each stored as given, in the group SQL computes for it too")
                .containsExactlyInAnyOrderElementsOf(personer);
        for (String p : personer) {
            assertThat(repository.forPerson(p, Long.MAX_VALUE, 0, 10)).extracting(AuditEntryRepository.Linje::ressursId)
                    .contains(unik);
        }
        assertThat(auditLog.verifiser().gyldig()).isTrue();
    }

    @Test
    void recordsJobsAsTheSystemUser() {
        UUID id = auditLog.registrer("ENDRE", "gjennomforing", UUID.randomUUID().toString(), null, Formaal.KONTROLL);

        assertThat(jdbc.sql("select utfort_av || '/' || rolle from audit.audit_entry where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("system/SYSTEM");
    }

    @Test
    void joinsTheCallersTransaction() {
        UUID id = tx.execute(status -> {
            status.setRollbackOnly();
            return auditLog.registrer("LES", "deltakelse", UUID.randomUUID().toString(), null, Formaal.KONTROLL);
        });

        assertThat(antall(id)).isZero();
    }

    @Test
    void verifiesAnIntactChain() {
        auditLog.registrer("LES", "deltakelse", UUID.randomUUID().toString(), null, Formaal.KONTROLL);
        auditLog.registrer("LES", "deltakelse", UUID.randomUUID().toString(), null, Formaal.KONTROLL);

        var resultat = auditLog.verifiser();

        assertThat(resultat.gyldig()).isTrue();
        assertThat(resultat.kontrollert()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusesToUpdateOrDeleteEntries() {
        UUID id = auditLog.registrer("LES", "deltakelse", UUID.randomUUID().toString(), null, Formaal.KONTROLL);

        assertThatThrownBy(() -> jdbc.sql("update audit.audit_entry set handling = 'SLETT' where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_entry where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(antall(id)).isOne();
    }

    @Test
    void findsATamperedEntry() {
        // tampering as a database superuser would (triggers off), rolled back so the shared chain stays intact
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<UUID> ids = List.of(
                    auditLog.registrer("LES", "deltakelse", "a", "person-a", Formaal.KONTROLL),
                    auditLog.registrer("LES", "deltakelse", "b", "person-b", Formaal.KONTROLL),
                    auditLog.registrer("LES", "deltakelse", "c", "person-c", Formaal.KONTROLL));
            assertThat(auditLog.verifiser().gyldig()).isTrue();

            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("update audit.audit_entry set person_ref = 'person-x' where id = :id")
                    .param("id", ids.get(1))
                    .update();

            var resultat = auditLog.verifiser();
            assertThat(resultat.gyldig()).isFalse();
            assertThat(resultat.forsteBrudd()).isNotNull();
            assertThat(resultat.forsteBrudd().id()).isEqualTo(ids.get(1));
            assertThat(resultat.forsteBrudd().aarsak()).isEqualTo("INNHOLD_ENDRET");
        });

        assertThat(auditLog.verifiser().gyldig()).isTrue();
    }

    @Test
    void findsTheEntryAfterADeletedOne() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<UUID> ids = List.of(
                    auditLog.registrer("LES", "deltakelse", "a", null, Formaal.KONTROLL),
                    auditLog.registrer("LES", "deltakelse", "b", null, Formaal.KONTROLL),
                    auditLog.registrer("LES", "deltakelse", "c", null, Formaal.KONTROLL));

            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from audit.audit_entry where id = :id").param("id", ids.get(1)).update();

            var resultat = auditLog.verifiser();
            assertThat(resultat.forsteBrudd()).isNotNull();
            assertThat(resultat.forsteBrudd().id()).isEqualTo(ids.get(2));
            assertThat(resultat.forsteBrudd().aarsak()).isEqualTo("SEKVENS_BRUTT");
        });
    }

    private long antall(UUID id) {
        return jdbc.sql("select count(*) from audit.audit_entry where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static void loggInn(String bruker, String rolle) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                bruker, "n/a", List.of(new SimpleGrantedAuthority(rolle))));
    }
}
