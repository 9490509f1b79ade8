package no.samskap.arrangor.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.samskap.arrangor.domain.Arrangor;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the provider aggregate. Joins the caller's transaction. */
@Repository
public class ArrangorRepository {

    private final JdbcClient jdbc;

    ArrangorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Arrangor> findById(UUID id) {
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id, version
                        from arrangor.arrangor
                        where id = :id
                        """)
                .param("id", id)
                .query(ArrangorRepository::arrangor)
                .optional();
    }

    public Arrangor getById(UUID id) {
        return findById(id).orElseThrow(() -> new NotFound("arrangor", id));
    }

    public Optional<Arrangor> findByOrganisasjonsnummer(String organisasjonsnummer) {
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id, version
                        from arrangor.arrangor
                        where organisasjonsnummer = :organisasjonsnummer
                        """)
                .param("organisasjonsnummer", organisasjonsnummer)
                .query(ArrangorRepository::arrangor)
                .optional();
    }

    /** Inserts a new provider; a clash on organisasjonsnummer surfaces as DuplicateKeyException. */
    public void insert(Arrangor arrangor, Instant naa) {
        jdbc.sql("""
                        insert into arrangor.arrangor
                            (id, organisasjonsnummer, navn, hovedenhet_id, version, created_at, updated_at)
                        values (:id, :organisasjonsnummer, :navn, :hovedenhetId, 0, :naa, :naa)
                        """)
                .param("id", arrangor.id())
                .param("organisasjonsnummer", arrangor.organisasjonsnummer().value())
                .param("navn", arrangor.navn())
                .param("hovedenhetId", arrangor.hovedenhetId())
                .param("naa", Timestamp.from(naa))
                .update();
    }

    /** Updates name and parent if the stored version is still the one the aggregate was loaded with. */
    public void update(Arrangor arrangor, Instant naa) {
        int rows = jdbc.sql("""
                        update arrangor.arrangor
                        set navn = :navn, hovedenhet_id = :hovedenhetId, updated_at = :naa, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("id", arrangor.id())
                .param("navn", arrangor.navn())
                .param("hovedenhetId", arrangor.hovedenhetId())
                .param("naa", Timestamp.from(naa))
                .param("version", arrangor.version())
                .update();
        if (rows == 0) {
            throw new StaleVersion("arrangor", arrangor.id());
        }
    }

    private static Arrangor arrangor(ResultSet rs, int row) throws SQLException {
        return Arrangor.gjenopprett(
                rs.getObject("id", UUID.class),
                rs.getString("organisasjonsnummer"),
                rs.getString("navn"),
                rs.getObject("hovedenhet_id", UUID.class),
                rs.getLong("version"));
    }
}
