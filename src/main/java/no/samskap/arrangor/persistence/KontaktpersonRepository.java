package no.samskap.arrangor.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.arrangor.domain.Kontaktperson;
import no.samskap.shared.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of contact persons. Joins the caller's transaction. */
@Repository
public class KontaktpersonRepository {

    private final JdbcClient jdbc;

    KontaktpersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Kontaktperson> findById(UUID id) {
        return jdbc.sql("""
                        select id, arrangor_id, navn, epost, telefon, array_to_string(ansvar, ',') as ansvar, version
                        from arrangor.kontaktperson
                        where id = :id
                        """)
                .param("id", id)
                .query(KontaktpersonRepository::kontaktperson)
                .optional();
    }

    public void insert(Kontaktperson k, Instant naa) {
        jdbc.sql("""
                        insert into arrangor.kontaktperson
                            (id, arrangor_id, navn, epost, telefon, ansvar, version, created_at, updated_at)
                        values (:id, :arrangorId, :navn, :epost, :telefon, string_to_array(:ansvar, ','), 0, :naa, :naa)
                        """)
                .param("id", k.id())
                .param("arrangorId", k.arrangorId())
                .param("navn", k.navn())
                .param("epost", k.epost())
                .param("telefon", k.telefon())
                .param("ansvar", ansvar(k.ansvar()))
                .param("naa", Timestamp.from(naa))
                .update();
    }

    public void update(Kontaktperson k, Instant naa) {
        int rows = jdbc.sql("""
                        update arrangor.kontaktperson
                        set navn = :navn, epost = :epost, telefon = :telefon, ansvar = string_to_array(:ansvar, ','),
                            updated_at = :naa, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("id", k.id())
                .param("navn", k.navn())
                .param("epost", k.epost())
                .param("telefon", k.telefon())
                .param("ansvar", ansvar(k.ansvar()))
                .param("naa", Timestamp.from(naa))
                .param("version", k.version())
                .update();
        if (rows == 0) {
            throw new StaleVersion("kontaktperson", k.id());
        }
    }

    public void delete(Kontaktperson k) {
        int rows = jdbc.sql("delete from arrangor.kontaktperson where id = :id and version = :version")
                .param("id", k.id())
                .param("version", k.version())
                .update();
        if (rows == 0) {
            throw new StaleVersion("kontaktperson", k.id());
        }
    }

    static String ansvar(Set<Ansvar> ansvar) {
        return ansvar.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Ansvar> ansvar(String lagret) {
        var result = EnumSet.noneOf(Ansvar.class);
        Arrays.stream(lagret.split(",")).filter(s -> !s.isBlank()).map(Ansvar::valueOf).forEach(result::add);
        return result;
    }

    private static Kontaktperson kontaktperson(ResultSet rs, int row) throws SQLException {
        return Kontaktperson.gjenopprett(
                rs.getObject("id", UUID.class),
                rs.getObject("arrangor_id", UUID.class),
                rs.getString("navn"),
                rs.getString("epost"),
                rs.getString("telefon"),
                ansvar(rs.getString("ansvar")),
                rs.getLong("version"));
    }
}
