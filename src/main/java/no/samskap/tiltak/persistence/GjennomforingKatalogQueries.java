package no.samskap.tiltak.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.tiltak.GjennomforingForKatalog;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads implementations for the catalog's read model: one by id, or the published running ones in id batches. */
@Repository
public class GjennomforingKatalogQueries {

    private static final String SELECT = """
            select g.id, g.avtale_id, g.navn, g.tiltakskode, g.arrangor_id, g.startdato, g.sluttdato, g.antall_plasser,
                   g.oppstartstype, g.oppmotested, g.beskrivelse, g.publisert, g.apent_for_pamelding, g.status,
                   g.updated_at,
                   array(select e.enhetsnummer from tiltak.gjennomforing_nav_enhet e
                          where e.gjennomforing_id = g.id order by e.enhetsnummer) as nav_enheter
              from tiltak.gjennomforing g
            """;

    private final JdbcClient jdbc;

    GjennomforingKatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GjennomforingForKatalog> find(UUID id) {
        return jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(GjennomforingKatalogQueries::map).optional();
    }

    /** The next {@code antall} published running implementations with an id after {@code etter} (keyset paging). */
    public List<GjennomforingForKatalog> publiserte(@Nullable UUID etter, int antall) {
        return jdbc.sql(SELECT + """
                         where g.publisert and g.status = 'GJENNOMFORES'
                           and (cast(:etter as uuid) is null or g.id > cast(:etter as uuid))
                         order by g.id
                         limit :antall
                        """)
                .param("etter", etter, java.sql.Types.OTHER)
                .param("antall", antall)
                .query(GjennomforingKatalogQueries::map)
                .list();
    }

    public GjennomforingForKatalog.Fingeravtrykk fingeravtrykk() {
        return jdbc.sql("""
                        select count(*) as antall, max(updated_at) as sist_endret
                          from tiltak.gjennomforing
                         where publisert and status = 'GJENNOMFORES'
                        """)
                .query((rs, n) -> new GjennomforingForKatalog.Fingeravtrykk(
                        rs.getLong("antall"),
                        rs.getTimestamp("sist_endret") == null ? null : rs.getTimestamp("sist_endret").toInstant()))
                .single();
    }

    private static GjennomforingForKatalog map(ResultSet rs, int n) throws SQLException {
        return new GjennomforingForKatalog(
                rs.getObject("id", UUID.class),
                rs.getObject("avtale_id", UUID.class),
                rs.getString("navn"),
                rs.getString("tiltakskode"),
                rs.getObject("arrangor_id", UUID.class),
                rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class),
                rs.getInt("antall_plasser"),
                Oppstartstype.valueOf(rs.getString("oppstartstype")),
                rs.getString("oppmotested"),
                rs.getString("beskrivelse"),
                rs.getBoolean("publisert"),
                rs.getBoolean("apent_for_pamelding"),
                GjennomforingStatus.valueOf(rs.getString("status")),
                Arrays.stream((Object[]) rs.getArray("nav_enheter").getArray()).map(String.class::cast).toList(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
