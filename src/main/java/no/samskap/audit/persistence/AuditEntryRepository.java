package no.samskap.audit.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import no.samskap.audit.domain.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends to and reads the audit chain. Joins the caller's transaction. */
@Repository
public class AuditEntryRepository {

    private static final String COLUMNS = """
            id, sekvens, tidspunkt, utfort_av, rolle, handling, ressurs_type, ressurs_id, person_ref, forrige_hash, hash, formaal
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    AuditEntryRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        // a cursor instead of the whole table in memory (PostgreSQL honours it inside a transaction)
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    /**
     * Serialises writers of the chain until the caller's transaction ends, so two entries never get the same
     * predecessor. Readers are not blocked.
     */
    public void laasKjeden() {
        jdbc.sql("lock table audit.audit_entry in share row exclusive mode").update();
    }

    /** The last entry of the chain, if any. Call {@link #laasKjeden()} first when appending. */
    public Optional<AuditEntry> findSiste() {
        return jdbc.sql("select " + COLUMNS + " from audit.audit_entry order by sekvens desc limit 1")
                .query(AuditEntryRepository::entry)
                .optional();
    }

    public void insert(AuditEntry e) {
        jdbc.sql("insert into audit.audit_entry (" + COLUMNS + """
                        ) values (:id, :sekvens, :tidspunkt, :utfortAv, :rolle, :handling, :ressursType, :ressursId,
                                  :personRef, :forrigeHash, :hash, :formaal)
                        """)
                .param("id", e.id())
                .param("sekvens", e.sekvens())
                .param("tidspunkt", OffsetDateTime.ofInstant(e.tidspunkt(), ZoneOffset.UTC))
                .param("utfortAv", e.utfortAv())
                .param("rolle", e.rolle())
                .param("handling", e.handling())
                .param("ressursType", e.ressursType())
                .param("ressursId", e.ressursId())
                .param("personRef", e.personRef())
                .param("forrigeHash", e.forrigeHash())
                .param("hash", e.hash())
                .param("formaal", e.formaal())
                .update();
    }

    public Optional<AuditEntry> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from audit.audit_entry where id = :id")
                .param("id", id)
                .query(AuditEntryRepository::entry)
                .optional();
    }

    /**
     * Walks the whole chain in sekvens order, streaming, until {@code fortsett} returns false. Needs a transaction for
     * the cursor.
     */
    public void gjennomgaa(Predicate<AuditEntry> fortsett) {
        streaming.sql("select " + COLUMNS + " from audit.audit_entry order by sekvens")
                .query((ResultSetExtractor<Long>) rs -> {
                    long lest = 0;
                    while (rs.next()) {
                        lest++;
                        if (!fortsett.test(entry(rs, rs.getRow()))) {
                            break;
                        }
                    }
                    return lest;
                });
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getObject("id", UUID.class),
                rs.getLong("sekvens"),
                rs.getObject("tidspunkt", OffsetDateTime.class).toInstant(),
                rs.getString("utfort_av"),
                rs.getString("rolle"),
                rs.getString("handling"),
                rs.getString("ressurs_type"),
                rs.getString("ressurs_id"),
                rs.getString("person_ref"),
                rs.getString("forrige_hash"),
                rs.getString("hash"),
                rs.getString("formaal"));
    }
}
