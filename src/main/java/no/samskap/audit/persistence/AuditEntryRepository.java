package no.samskap.audit.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import no.samskap.audit.domain.AuditEntry;
import no.samskap.audit.domain.AuditHash;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** Appends to and reads the audit chain. Joins the caller's transaction. */
@Repository
public class AuditEntryRepository {

    private static final String COLUMNS = """
            id, sekvens, tidspunkt, utfort_av, rolle, handling, ressurs_type, ressurs_id, person_ref, forrige_hash, hash,
            formaal, personer_hash, antall_personer
            """;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final DataSource dataSource;

    AuditEntryRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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
                                  :personRef, :forrigeHash, :hash, :formaal, :personerHash, :antallPersoner)
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
                .param("personerHash", e.personerHash())
                .param("antallPersoner", e.antallPersoner())
                .update();
    }

    /**
     * Stores the persons of an entry about many persons: one row per group (see {@code AuditHash.gruppe}), its
     * references as an array; all rows with one COPY on the transaction's connection.
     */
    public void insertPersoner(UUID entryId, SortedMap<Integer, List<String>> grupper) {
        var ut = new ByteArrayOutputStream(grupper.values().stream().mapToInt(List::size).sum() * 16 + 4096);
        byte[] id = (entryId + "\t").getBytes(StandardCharsets.US_ASCII);
        for (var gruppe : grupper.entrySet()) {
            ut.writeBytes(id);
            ut.writeBytes((gruppe.getKey() + "\t{").getBytes(StandardCharsets.US_ASCII));
            boolean forste = true;
            for (String ref : gruppe.getValue()) {
                if (!forste) {
                    ut.write(',');
                }
                forste = false;
                arrayelement(ut, ref);
            }
            ut.writeBytes("}\n".getBytes(StandardCharsets.US_ASCII));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy audit.audit_entry_personer (entry_id, gruppe, personer) from stdin",
                    new ByteArrayInputStream(ut.toByteArray()));
        } catch (SQLException | IOException e) {
            throw new DataAccessResourceFailureException("could not store the persons of an audit entry", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * One element of an array literal in a field of COPY's text format: in double quotes, with {@code "} and
     * {@code \} escaped for the array and then every backslash, tab and line break for COPY.
     */
    private static void arrayelement(ByteArrayOutputStream ut, String ref) {
        if (utenAnforselstegn(ref)) {
            ut.writeBytes(ref.getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ut.write('"');
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 0x80) { // not ASCII: the rest as UTF-8, escaped the same way (no escaped byte is >= 0x80)
                arraytekst(ut, ref.substring(i).getBytes(StandardCharsets.UTF_8));
                break;
            }
            arraytegn(ut, (byte) c);
        }
        ut.write('"');
    }

    /** Letters and digits only (a fødselsnummer, an id), and not the word NULL: needs no quotes in an array. */
    private static boolean utenAnforselstegn(String ref) {
        if (ref.isEmpty() || ref.equalsIgnoreCase("null")) {
            return false;
        }
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static void arraytekst(ByteArrayOutputStream ut, byte[] utf8) {
        for (byte b : utf8) {
            arraytegn(ut, b);
        }
    }

    private static void arraytegn(ByteArrayOutputStream ut, byte b) {
        switch (b) {
            case '"' -> ut.writeBytes(new byte[] {'\\', '\\', '"'}); // \" in the array, its backslash doubled
            case '\\' -> ut.writeBytes(new byte[] {'\\', '\\', '\\', '\\'});
            case '\t' -> ut.writeBytes(new byte[] {'\\', 't'});
            case '\n' -> ut.writeBytes(new byte[] {'\\', 'n'});
            case '\r' -> ut.writeBytes(new byte[] {'\\', 'r'});
            default -> ut.write(b);
        }
    }

    /** The persons stored beside an entry about many persons, by group (any order within a group). */
    public Map<Integer, List<String>> personer(UUID entryId) {
        var grupper = new TreeMap<Integer, List<String>>();
        jdbc.sql("select gruppe, personer from audit.audit_entry_personer where entry_id = :id")
                .param("id", entryId)
                .query(rs -> {
                    grupper.merge(rs.getInt("gruppe"), List.of((String[]) rs.getArray("personer").getArray()),
                            (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
                });
        return grupper;
    }

    /**
     * Persons stored for an entry that covers no persons (added by hand): the entry id they name and that entry's
     * place in the chain, if the entry exists at all.
     */
    public Optional<FremmedPerson> forsteFremmedePerson() {
        return jdbc.sql("""
                        select p.entry_id, e.sekvens
                        from audit.audit_entry_personer p
                        left join audit.audit_entry e on e.id = p.entry_id
                        where e.id is null or e.personer_hash is null
                        order by e.sekvens nulls first
                        limit 1
                        """)
                .query((rs, n) -> new FremmedPerson(
                        rs.getObject("entry_id", UUID.class), rs.getObject("sekvens", Long.class)))
                .optional();
    }

    /** Persons stored without an entry about many persons. */
    public record FremmedPerson(UUID entryId, @Nullable Long sekvens) {}

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

    /** One line of a person's audit trail. */
    public record Linje(
            long sekvens,
            Instant tidspunkt,
            String utfortAv,
            String rolle,
            String handling,
            String ressursType,
            String ressursId,
            @Nullable String formaal,
            boolean mangePersoner) {}

    /**
     * The entries about one person — those naming the person and those about many persons that include them — up to
     * and including {@code tilOgMed} in the chain, newest first.
     */
    public List<Linje> forPerson(String personRef, long tilOgMed, long offset, int antall) {
        return jdbc.sql("""
                        select sekvens, tidspunkt, utfort_av, rolle, handling, ressurs_type, ressurs_id, formaal,
                               false as mange
                        from audit.audit_entry where person_ref = :p and sekvens <= :til
                        union all
                        select e.sekvens, e.tidspunkt, e.utfort_av, e.rolle, e.handling, e.ressurs_type, e.ressurs_id,
                               e.formaal, true as mange
                        from audit.audit_entry_personer ep join audit.audit_entry e on e.id = ep.entry_id
                        where ep.gruppe = :gruppe and ep.personer @> array[cast(:p as text)] and e.sekvens <= :til
                        order by sekvens desc
                        limit :antall offset :offset
                        """)
                .param("p", personRef)
                .param("gruppe", AuditHash.gruppe(personRef))
                .param("til", tilOgMed)
                .param("antall", antall)
                .param("offset", offset)
                .query((rs, n) -> new Linje(
                        rs.getLong("sekvens"),
                        rs.getObject("tidspunkt", OffsetDateTime.class).toInstant(),
                        rs.getString("utfort_av"),
                        rs.getString("rolle"),
                        rs.getString("handling"),
                        rs.getString("ressurs_type"),
                        rs.getString("ressurs_id"),
                        rs.getString("formaal"),
                        rs.getBoolean("mange")))
                .list();
    }

    public long antallForPerson(String personRef, long tilOgMed) {
        return jdbc.sql("""
                        select (select count(*) from audit.audit_entry where person_ref = :p and sekvens <= :til)
                             + (select count(*) from audit.audit_entry_personer ep
                                join audit.audit_entry e on e.id = ep.entry_id
                                where ep.gruppe = :gruppe and ep.personer @> array[cast(:p as text)]
                                  and e.sekvens <= :til)
                        """)
                .param("p", personRef)
                .param("gruppe", AuditHash.gruppe(personRef))
                .param("til", tilOgMed)
                .query(Long.class)
                .single();
    }

    /** The newest entry's place in the chain (0 when empty). */
    public long sisteSekvens() {
        return jdbc.sql("select coalesce(max(sekvens), 0) from audit.audit_entry").query(Long.class).single();
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
                rs.getString("formaal"),
                rs.getString("personer_hash"),
                rs.getObject("antall_personer", Integer.class));
    }
}
