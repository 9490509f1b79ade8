package no.samskap.katalog.filter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.platform.Historikk;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code katalog.lagret_filter}; every statement is scoped to the owner. */
@Repository
class LagretFilterRepository {

    private static final String SELECT = """
            select id, navn, sporring, standard, version, updated_at
            from katalog.lagret_filter
            """;

    private final JdbcClient jdbc;

    LagretFilterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String eier, String navn, String sporring, Instant naa) {
        jdbc.sql("""
                insert into katalog.lagret_filter (id, eier, navn, sporring, standard, version, created_at, updated_at)
                values (:id, :eier, :navn, :sporring, false, 0, :naa, :naa)
                """)
                .param("id", id)
                .param("eier", eier)
                .param("navn", navn)
                .param("sporring", sporring)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    Optional<LagretFilter> find(UUID id, String eier) {
        return jdbc.sql(SELECT + " where id = :id and eier = :eier")
                .param("id", id)
                .param("eier", eier)
                .query(LagretFilterRepository::lagretFilter)
                .optional();
    }

    List<LagretFilter> list(String eier) {
        return jdbc.sql(SELECT + " where eier = :eier order by navn collate \"nb-NO-x-icu\"")
                .param("eier", eier)
                .query(LagretFilterRepository::lagretFilter)
                .list();
    }

    Optional<String> standardsporring(String eier) {
        return jdbc.sql("select sporring from katalog.lagret_filter where eier = :eier and standard")
                .param("eier", eier)
                .query(String.class)
                .optional();
    }

    boolean navnFinnes(String eier, String navn, @Nullable UUID unntatt) {
        return jdbc.sql("""
                select count(*) from katalog.lagret_filter
                where eier = :eier and navn = :navn and (cast(:unntatt as uuid) is null or id <> :unntatt)
                """)
                .param("eier", eier)
                .param("navn", navn)
                .param("unntatt", unntatt)
                .query(Long.class)
                .single() > 0;
    }

    /** Updates name and default flag if the version still matches; returns the number of rows changed (0 or 1). */
    int update(UUID id, String eier, long version, String navn, boolean standard, Instant naa) {
        return jdbc.sql("""
                update katalog.lagret_filter
                set navn = :navn, standard = :standard, version = version + 1, updated_at = :naa
                where id = :id and eier = :eier and version = :version
                """)
                .param("id", id)
                .param("eier", eier)
                .param("version", version)
                .param("navn", navn)
                .param("standard", standard)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    /** Takes the default flag from the owner's other filters (before another one gets it). */
    void fjernStandard(String eier, UUID unntatt, Instant naa) {
        jdbc.sql("""
                update katalog.lagret_filter
                set standard = false, version = version + 1, updated_at = :naa
                where eier = :eier and standard and id <> :unntatt
                """)
                .param("eier", eier)
                .param("unntatt", unntatt)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    int delete(UUID id, String eier) {
        return jdbc.sql("delete from katalog.lagret_filter where id = :id and eier = :eier")
                .param("id", id)
                .param("eier", eier)
                .update();
    }

    Optional<LagretFilter> findStandard(String eier) {
        return jdbc.sql(SELECT + " where eier = :eier and standard")
                .param("eier", eier)
                .query(LagretFilterRepository::lagretFilter)
                .optional();
    }

    void insertHistorikk(UUID lagretFilterId, Historikk.Oppforing oppforing) {
        jdbc.sql("""
                insert into katalog.lagret_filter_historikk (id, lagret_filter_id, tidspunkt, utfort_av, operasjon, snapshot)
                values (:id, :lagretFilterId, :tidspunkt, :utfortAv, :operasjon, cast(:snapshot as jsonb))
                """)
                .param("id", UUID.randomUUID())
                .param("lagretFilterId", lagretFilterId)
                .param("tidspunkt", Timestamp.from(oppforing.tidspunkt()))
                .param("utfortAv", oppforing.utfortAv())
                .param("operasjon", oppforing.operasjon())
                .param("snapshot", Historikk.tilJson(oppforing.snapshot()))
                .update();
    }

    /** The filter's history, oldest first. */
    List<Historikk.Oppforing> historikk(UUID lagretFilterId) {
        return jdbc.sql("""
                select tidspunkt, utfort_av, operasjon, snapshot::text as snapshot
                from katalog.lagret_filter_historikk
                where lagret_filter_id = :lagretFilterId
                order by tidspunkt, id
                """)
                .param("lagretFilterId", lagretFilterId)
                .query(Historikk::fraRad)
                .list();
    }

    private static LagretFilter lagretFilter(ResultSet rs, int row) throws SQLException {
        return new LagretFilter(
                rs.getObject("id", UUID.class),
                rs.getString("navn"),
                rs.getString("sporring"),
                rs.getBoolean("standard"),
                rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
