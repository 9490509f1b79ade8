package no.samskap.arrangor.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.platform.Historikk;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Change history of providers and contact persons: who, when, operation, snapshot after. */
@Repository
public class HistorikkRepository {


    private final JdbcClient jdbc;

    HistorikkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            UUID arrangorId,
            @Nullable UUID kontaktpersonId,
            Instant tidspunkt,
            String utfortAv,
            String operasjon,
            Map<String, String> snapshot) {
        jdbc.sql("""
                        insert into arrangor.historikk
                            (id, arrangor_id, kontaktperson_id, tidspunkt, utfort_av, operasjon, snapshot)
                        values (:id, :arrangorId, :kontaktpersonId, :tidspunkt, :utfortAv, :operasjon, cast(:snapshot as jsonb))
                        """)
                .param("id", UUID.randomUUID())
                .param("arrangorId", arrangorId)
                .param("kontaktpersonId", kontaktpersonId)
                .param("tidspunkt", Timestamp.from(tidspunkt))
                .param("utfortAv", utfortAv)
                .param("operasjon", operasjon)
                .param("snapshot", Historikk.tilJson(snapshot))
                .update();
    }

    /** The provider's own entries (not its contact persons'), oldest first. */
    public List<Historikk.Oppforing> forArrangor(UUID arrangorId) {
        return jdbc.sql("""
                        select tidspunkt, utfort_av, operasjon, snapshot::text as snapshot
                        from arrangor.historikk
                        where arrangor_id = :arrangorId and kontaktperson_id is null
                        order by tidspunkt, id
                        """)
                .param("arrangorId", arrangorId)
                .query(Historikk::fraRad)
                .list();
    }

    /** One contact person's entries, oldest first. */
    public List<Historikk.Oppforing> forKontaktperson(UUID kontaktpersonId) {
        return jdbc.sql("""
                        select tidspunkt, utfort_av, operasjon, snapshot::text as snapshot
                        from arrangor.historikk
                        where kontaktperson_id = :kontaktpersonId
                        order by tidspunkt, id
                        """)
                .param("kontaktpersonId", kontaktpersonId)
                .query(Historikk::fraRad)
                .list();
    }

}
