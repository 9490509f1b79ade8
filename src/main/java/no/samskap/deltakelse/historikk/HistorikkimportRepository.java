package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** PostgreSQL's dates count days from 2000-01-01. */
    private static final long POSTGRES_EPOKE = LocalDate.of(2000, 1, 1).toEpochDay();

    /** SQL state of a unique violation. */
    private static final String UNIK = "23505";

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

    /** The history's columns in the order of {@link Importbatch}'s binary rows. */
    static final String HISTORIKK_KOLONNER = """
            fodselsnummer, nokkel, tiltakskode, arrangor_id, arrangor_organisasjonsnummer, startdato, sluttdato, status,
            arena_status, import_id, linje""";

    /**
     * Writes the chosen rows of a batch ({@code null}: all) straight into the history with one binary COPY.
     *
     * @return false when a row's key is in the history already (unique violation): the transaction is then in error
     *     and must be rolled back (to a savepoint) before anything else; nothing of the COPY is kept
     */
    boolean kopierTilHistorikk(Importbatch batch, boolean @Nullable [] utvalg) {
        try {
            kopier("copy deltakelse.historisk_deltakelse (" + HISTORIKK_KOLONNER + ") from stdin with (format binary)",
                    copy -> batch.skriv(utvalg, copy::writeToCopy));
            return true;
        } catch (SQLException e) {
            if (UNIK.equals(e.getSQLState())) {
                return false; // the message names the key (personal data): not passed on
            }
            throw new DataAccessResourceFailureException("COPY into the history failed", e);
        }
    }

    /** Records invalid lines with their reasons (COPY in text format: line numbers and reason codes only). */
    void lagreUgyldige(UUID importId, List<Ugyldiglinje> ugyldige) {
        if (ugyldige.isEmpty()) {
            return;
        }
        var tekst = new StringBuilder(ugyldige.size() * 64);
        for (Ugyldiglinje u : ugyldige) {
            tekst.append(importId).append('\t').append(u.linje()).append("\t{");
            for (int i = 0; i < u.arsaker().size(); i++) {
                tekst.append(i == 0 ? "" : ",").append(u.arsaker().get(i).name());
            }
            tekst.append("}\n");
        }
        byte[] bytes = tekst.toString().getBytes(StandardCharsets.US_ASCII);
        try {
            kopier("copy deltakelse.historikkimport_feil (import_id, linje, arsaker) from stdin",
                    copy -> copy.writeToCopy(bytes, 0, bytes.length));
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY of the invalid lines failed", e);
        }
    }

    /**
     * The rows of a batch whose key is in the history already (indexes into {@link Importbatch#rader()}), and among
     * them those stored under the key for another enrolment (the natural key differs: a collision of the fingerprint).
     */
    record Funnet(int[] finnes, int[] kolliderer) {}

    /**
     * Looks up the keys of a batch's rows: one index probe per row through the primary key, the natural key compared
     * in the database, only the indexes of the rows found returned.
     */
    Funnet finnesAllerede(Importbatch batch) {
        List<Importrad> rader = batch.rader();
        int n = rader.size();
        long[] fnr = new long[n];
        long[] nokler = new long[n];
        // the natural key as numbers (parsing 50,000 texts and uuids per batch cost more than the probes): measure
        // codes and providers as places in short lists, start dates as days since PostgreSQL's epoch
        int[] kode = new int[n];
        int[] arrangor = new int[n];
        Integer[] dag = new Integer[n];
        Map<String, Integer> koder = new LinkedHashMap<>();
        Map<UUID, Integer> arrangorer = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Importrad r = rader.get(i);
            fnr[i] = r.fnr();
            nokler[i] = r.nokkel();
            kode[i] = koder.computeIfAbsent(r.tiltakskode(), k -> koder.size() + 1);
            arrangor[i] = arrangorer.computeIfAbsent(r.arrangorId(), k -> arrangorer.size() + 1);
            LocalDate startdato = r.startdato();
            dag[i] = startdato == null ? null : (int) (startdato.toEpochDay() - POSTGRES_EPOKE);
        }
        return jdbc.sql("""
                        select coalesce(array_agg(k.i - 1), '{}') as finnes,
                               coalesce(array_agg(k.i - 1) filter (
                                 where h.tiltakskode <> (cast(:koder as text[]))[k.kode]
                                    or h.arrangor_id <> (cast(:arrangorer as uuid[]))[k.arrangor]
                                    or (h.startdato - date '2000-01-01') is distinct from k.dag), '{}') as kolliderer
                        from unnest(cast(:fnr as bigint[]), cast(:nokler as bigint[]), cast(:kode as int[]),
                                    cast(:arrangor as int[]), cast(:dag as int[]))
                               with ordinality as k (fnr, nokkel, kode, arrangor, dag, i)
                        -- one probe of the primary key per row, however large the history (a plain join lets the
                        -- planner hash the whole history when it sees 50,000 rows coming; the limit keeps it a probe)
                        join lateral (
                          select h.tiltakskode, h.arrangor_id, h.startdato from deltakelse.historisk_deltakelse h
                          where h.fodselsnummer = k.fnr and h.nokkel = k.nokkel
                          limit 1
                        ) h on true""")
                .param("fnr", fnr).param("nokler", nokler).param("kode", kode).param("arrangor", arrangor)
                .param("dag", dag).param("koder", koder.keySet().toArray(String[]::new))
                .param("arrangorer", arrangorer.keySet().toArray(UUID[]::new))
                .query((rs, i) -> new Funnet(indekser(rs.getArray("finnes")), indekser(rs.getArray("kolliderer"))))
                .single();
    }

    private static int[] indekser(Array array) throws SQLException {
        Long[] verdier = (Long[]) array.getArray();
        int[] indekser = new int[verdier.length];
        for (int i = 0; i < verdier.length; i++) {
            indekser[i] = verdier[i].intValue();
        }
        return indekser;
    }

    /** Something that writes a COPY's data. */
    @FunctionalInterface
    private interface Kopidata {
        void skriv(CopyIn copy) throws SQLException, IOException;
    }

    /** Runs one COPY ... FROM STDIN on the transaction's connection. */
    private void kopier(String sql, Kopidata data) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                data.skriv(copy);
                copy.endCopy();
            } catch (SQLException | IOException | RuntimeException e) {
                if (copy.isActive()) {
                    try {
                        copy.cancelCopy();
                    } catch (SQLException avbrudd) {
                        e.addSuppressed(avbrudd); // the first error is the one that says why
                    }
                }
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
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
