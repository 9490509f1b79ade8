package no.samskap.deltakelse.historikk;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The SQL of the legacy import: its runs, the staging table, the set-based checks and inserts, the invalid lines. */
@Repository
class HistorikkimportRepository {

    /** The first key of the advisory lock a running import holds on its file (the second is the file's hash). */
    static final int LAAS_KLASSE = 0x5A4D_4801;

    private static final String KOLONNER = """
            i.id, i.filnavn, i.fil_sha256, i.fil_storrelse, i.totalt_linjer, i.linjer_behandlet, i.antall_nye,
            i.antall_fantes, i.antall_ugyldige, i.status, i.startet_av, i.startet, i.oppdatert, i.fullfort,
            i.status = 'PAGAR' and not pg_try_advisory_xact_lock(%d, hashtext(i.fil_sha256)) as kjorer"""
            .formatted(LAAS_KLASSE);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    HistorikkimportRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    // the runs

    Optional<Historikkimport> finnUferdig(String sha256) {
        return jdbc.sql("select " + KOLONNER + " from deltakelse.historikkimport i where i.fil_sha256 = :sha and i.status = 'PAGAR'")
                .param("sha", sha256)
                .query(HistorikkimportRepository::historikkimport)
                .optional();
    }

    Optional<Historikkimport> finn(UUID id) {
        return jdbc.sql("select " + KOLONNER + " from deltakelse.historikkimport i where i.id = :id")
                .param("id", id)
                .query(HistorikkimportRepository::historikkimport)
                .optional();
    }

    List<Historikkimport> siste(int antall) {
        return jdbc.sql("select " + KOLONNER + " from deltakelse.historikkimport i order by i.startet desc, i.id limit :n")
                .param("n", antall)
                .query(HistorikkimportRepository::historikkimport)
                .list();
    }

    void opprett(UUID id, String filnavn, Filsammendrag fil, String startetAv, Instant naa) {
        jdbc.sql("""
                        insert into deltakelse.historikkimport (id, filnavn, fil_sha256, fil_storrelse, totalt_linjer,
                          linjer_behandlet, antall_nye, antall_fantes, antall_ugyldige, status, startet_av, startet,
                          oppdatert)
                        values (:id, :filnavn, :sha, :storrelse, :linjer, 1, 0, 0, 0, 'PAGAR', :av, :naa, :naa)""")
                .param("id", id).param("filnavn", filnavn).param("sha", fil.sha256())
                .param("storrelse", fil.storrelse()).param("linjer", fil.linjer()).param("av", startetAv)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    /**
     * Records a committed batch: lines {@code fra}+1 to {@code til}. Locks the run's row first.
     *
     * @return false when the run is no longer at line {@code fra} (someone else went on with it)
     */
    boolean fremdrift(UUID id, long fra, long til, Batchresultat r, Instant naa) {
        return jdbc.sql("""
                        update deltakelse.historikkimport
                        set linjer_behandlet = :til, antall_nye = antall_nye + :nye,
                            antall_fantes = antall_fantes + :fantes, antall_ugyldige = antall_ugyldige + :ugyldige,
                            oppdatert = :naa
                        where id = :id and linjer_behandlet = :fra and status = 'PAGAR'""")
                .param("til", til).param("nye", r.nye()).param("fantes", r.gyldige() - r.nye())
                .param("ugyldige", r.ugyldige()).param("naa", Timestamp.from(naa)).param("id", id).param("fra", fra)
                .update() == 1;
    }

    void fullfor(UUID id, long totaltLinjer, Instant naa) {
        jdbc.sql("""
                        update deltakelse.historikkimport set status = 'FULLFORT', totalt_linjer = :linjer,
                          linjer_behandlet = :linjer, oppdatert = :naa, fullfort = :naa
                        where id = :id""")
                .param("linjer", totaltLinjer).param("naa", Timestamp.from(naa)).param("id", id)
                .update();
    }

    /**
     * Takes the session lock that marks a file's import as running, on a connection of its own that the caller
     * keeps open while it runs (a killed process's lock goes with its connection).
     *
     * @return the connection holding the lock, or empty when another process holds it
     */
    Optional<Connection> laasFil(String sha256) {
        try {
            Connection c = dataSource.getConnection();
            try (var s = c.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
                s.setInt(1, LAAS_KLASSE);
                s.setString(2, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        if (!c.getAutoCommit()) {
                            c.commit();
                        }
                        return Optional.of(c);
                    }
                }
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not lock the import's file", e);
        }
    }

    void slippFil(Connection laas, String sha256) {
        try (laas; var s = laas.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
            s.setInt(1, LAAS_KLASSE);
            s.setString(2, sha256);
            s.execute();
        } catch (SQLException e) {
            // the lock goes with the connection anyway
        }
    }

    // one batch, in the caller's transaction

    /**
     * The staging table of one batch: gone at commit or rollback. Its values are digits and codes, compared byte by
     * byte ("C"), which keeps the sorts and joins of {@link #behandle} cheap.
     */
    void opprettStaging() {
        jdbc.sql("""
                        create temporary table historikk_rad
                        (
                          linje         bigint not null,
                          fodselsnummer text collate "C",
                          kode          text collate "C",
                          orgnr         text collate "C",
                          startdato     date,
                          sluttdato     date,
                          arena_status  text collate "C",
                          status        text collate "C",
                          feil          text[]
                        ) on commit drop""")
                .update();
    }

    /** Fills the staging table with one COPY on the transaction's connection (the rows in COPY's text format). */
    void kopier(Stagingrader rader) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy pg_temp.historikk_rad (linje, fodselsnummer, kode, orgnr, startdato, sluttdato, arena_status,
                      status, feil) from stdin""");
            try {
                for (int fra = 0; fra < rader.lengde(); fra += 1 << 16) {
                    copy.writeToCopy(rader.data(), fra, Math.min(1 << 16, rader.lengde() - fra));
                }
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into the staging table failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Checks the staged rows against the measure codes and providers (given as pairs of arrays), records the invalid
     * lines with their reasons, and inserts the valid rows that are not in the history yet — all in one statement.
     * A row whose enrolment is in the history already (from an earlier import, an earlier line, another process) is
     * skipped by the primary key ({@code on conflict do nothing}); of an enrolment repeated in a batch, the first line
     * goes in.
     *
     * @param koder measure codes as a file may write them (tiltakskoder and Arena codes), upper case
     * @param tiltakskoder the tiltakskode of each code
     * @param orgnr the organisation numbers of the batch that belong to a registered provider
     * @param arrangorIds that provider's id, for each
     */
    Batchresultat behandle(UUID importId, String[] koder, String[] tiltakskoder, String[] orgnr, UUID[] arrangorIds) {
        return jdbc.sql("""
                        with vurdert as materialized (
                          select r.linje, r.fodselsnummer, r.orgnr, r.startdato, r.sluttdato, r.arena_status, r.status,
                                 t.tiltakskode, a.arrangor_id,
                                 array_remove(coalesce(r.feil, '{}') || array[
                                   case when r.kode is not null and t.tiltakskode is null then 'TILTAKSKODE_UKJENT' end,
                                   case when r.orgnr is not null and a.arrangor_id is null then 'ARRANGOR_UKJENT' end],
                                   null) as arsaker
                          from pg_temp.historikk_rad r
                          left join unnest(cast(:koder as text[]), cast(:tiltakskoder as text[])) as t (kode, tiltakskode)
                            on t.kode = r.kode
                          left join unnest(cast(:orgnr as text[]), cast(:arrangorIds as uuid[])) as a (orgnr, arrangor_id)
                            on a.orgnr = r.orgnr
                        ),
                        ugyldig as (
                          insert into deltakelse.historikkimport_feil (import_id, linje, arsaker)
                          select :importId, linje, arsaker from vurdert where cardinality(arsaker) > 0
                          returning 1
                        ),
                        ny as (
                          insert into deltakelse.historisk_deltakelse (fodselsnummer, nokkel, tiltakskode, arrangor_id,
                            arrangor_organisasjonsnummer, startdato, sluttdato, status, arena_status, import_id, linje)
                          select fodselsnummer,
                                 md5(tiltakskode || '|' || arrangor_id || '|' || coalesce(startdato::text, ''))::uuid as nokkel,
                                 tiltakskode, arrangor_id, orgnr, startdato, sluttdato, status, arena_status, :importId, linje
                          from vurdert
                          where cardinality(arsaker) = 0
                          -- in the key's order (the index is written page after page); the first line of a repeat wins
                          order by fodselsnummer, nokkel, linje
                          on conflict do nothing
                          returning fodselsnummer
                        )
                        select (select count(*) from vurdert where cardinality(arsaker) = 0) as gyldige,
                               (select count(*) from ny) as nye,
                               (select count(*) from ugyldig) as ugyldige,
                               (select array_agg(distinct fodselsnummer) from ny) as personer""")
                .param("importId", importId)
                .param("koder", koder)
                .param("tiltakskoder", tiltakskoder)
                .param("orgnr", orgnr)
                .param("arrangorIds", arrangorIds)
                .query((rs, n) -> new Batchresultat(
                        rs.getLong("gyldige"), rs.getLong("nye"), rs.getLong("ugyldige"), tekster(rs.getArray("personer"))))
                .single();
    }

    // the report

    List<Ugyldiglinje> ugyldige(UUID importId, long offset, int antall) {
        return jdbc.sql("""
                        select linje, arsaker from deltakelse.historikkimport_feil
                        where import_id = :id order by linje limit :antall offset :offset""")
                .param("id", importId).param("antall", antall).param("offset", offset)
                .query((rs, n) -> new Ugyldiglinje(rs.getLong("linje"),
                        tekster(rs.getArray("arsaker")).stream().map(Importfeil::valueOf).toList()))
                .list();
    }

    private static List<String> tekster(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    private static Historikkimport historikkimport(ResultSet rs, int n) throws SQLException {
        Timestamp fullfort = rs.getTimestamp("fullfort");
        return new Historikkimport(
                rs.getObject("id", UUID.class), rs.getString("filnavn"), rs.getString("fil_sha256"),
                rs.getLong("fil_storrelse"), rs.getLong("totalt_linjer"), rs.getLong("linjer_behandlet"),
                rs.getLong("antall_nye"), rs.getLong("antall_fantes"), rs.getLong("antall_ugyldige"),
                Historikkimport.Status.valueOf(rs.getString("status")), rs.getString("startet_av"),
                rs.getTimestamp("startet").toInstant(), rs.getTimestamp("oppdatert").toInstant(),
                fullfort == null ? null : fullfort.toInstant(), rs.getBoolean("kjorer"));
    }
}
