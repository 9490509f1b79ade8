package no.samskap.effekt.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Comparison-group cohorts, payment runs with what they paid each payer-recipient pair, and the investors' cash flows.
 */
@Repository
public class UtbetalingRepository {

    private static final String KOHORT_KOLONNER = """
            id, kontrakt_id, navn, dato, antall_tiltak, utfall_tiltak, antall_sammenligning, utfall_sammenligning,
            registrert_av, version""";
    private static final String UTBETALING_KOLONNER = """
            u.id, u.kjoring_id, u.betaler_id, u.mottaker_id, u.opptjent, u.tidligere_utbetalt, u.belop,
            u.kutt_kontrakt, u.kutt_betaler, k.fra, k.til, k.utbetalingsdato""";

    private final JdbcClient jdbc;

    UtbetalingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record KohortRad(
            UUID id, UUID kontraktId, String navn, LocalDate dato, int antallTiltak, int utfallTiltak,
            int antallSammenligning, int utfallSammenligning, String registrertAv, long version) {}

    public record KjoringRad(
            UUID id, UUID kontraktId, LocalDate fra, LocalDate til, LocalDate utbetalingsdato, String kjortAv,
            Instant tidspunkt) {}

    /** One payer-recipient pair of a run; {@code fra}, {@code til} and {@code utbetalingsdato} are the run's. */
    public record UtbetalingRad(
            UUID id,
            UUID kjoringId,
            UUID betalerId,
            UUID mottakerId,
            BigDecimal opptjent,
            BigDecimal tidligereUtbetalt,
            BigDecimal belop,
            BigDecimal kuttKontrakt,
            BigDecimal kuttBetaler,
            LocalDate fra,
            LocalDate til,
            LocalDate utbetalingsdato) {}

    public record KontantstromRad(
            UUID id, UUID kontraktId, UUID investorId, LocalDate dato, String type, BigDecimal belop,
            @Nullable UUID kjoringId, String registrertAv, Instant registrert) {}

    // ---- cohorts

    public void insert(KohortRad k, Instant naa) {
        jdbc.sql("""
                        insert into effekt.kohort (id, kontrakt_id, navn, dato, antall_tiltak, utfall_tiltak,
                          antall_sammenligning, utfall_sammenligning, registrert_av, version, created_at, updated_at)
                        values (:id, :kontrakt, :navn, :dato, :at, :ut, :as, :us, :av, 0, :naa, :naa)""")
                .params(kohortparametre(k)).param("naa", Timestamp.from(naa)).update();
    }

    /** Writes the cohort's figures if the stored version is {@code k.version()}; else {@link StaleVersion}. */
    public void oppdater(KohortRad k, Instant naa) {
        int rader = jdbc.sql("""
                        update effekt.kohort set navn = :navn, dato = :dato, antall_tiltak = :at, utfall_tiltak = :ut,
                          antall_sammenligning = :as, utfall_sammenligning = :us, registrert_av = :av,
                          version = version + 1, updated_at = :naa
                        where id = :id and kontrakt_id = :kontrakt and version = :version""")
                .params(kohortparametre(k)).param("version", k.version()).param("naa", Timestamp.from(naa)).update();
        if (rader != 1) {
            throw new StaleVersion("effekt-kohort", k.id());
        }
    }

    public Optional<KohortRad> kohort(UUID kontraktId, UUID id) {
        return jdbc.sql("select " + KOHORT_KOLONNER + " from effekt.kohort where kontrakt_id = :k and id = :id")
                .param("k", kontraktId).param("id", id).query(UtbetalingRepository::kohort).optional();
    }

    /** The contract's cohorts in the order they were measured. */
    public List<KohortRad> kohorter(UUID kontraktId) {
        return jdbc.sql("select " + KOHORT_KOLONNER + " from effekt.kohort where kontrakt_id = :k order by dato, navn")
                .param("k", kontraktId).query(UtbetalingRepository::kohort).list();
    }

    private static java.util.Map<String, Object> kohortparametre(KohortRad k) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", k.id());
        p.put("kontrakt", k.kontraktId());
        p.put("navn", k.navn());
        p.put("dato", k.dato());
        p.put("at", k.antallTiltak());
        p.put("ut", k.utfallTiltak());
        p.put("as", k.antallSammenligning());
        p.put("us", k.utfallSammenligning());
        p.put("av", k.registrertAv());
        return p;
    }

    // ---- payment runs

    public void insert(KjoringRad k) {
        jdbc.sql("""
                        insert into effekt.utbetalingskjoring (id, kontrakt_id, fra, til, utbetalingsdato, kjort_av,
                          tidspunkt)
                        values (:id, :kontrakt, :fra, :til, :dato, :av, :naa)""")
                .param("id", k.id()).param("kontrakt", k.kontraktId()).param("fra", k.fra()).param("til", k.til())
                .param("dato", k.utbetalingsdato()).param("av", k.kjortAv()).param("naa", Timestamp.from(k.tidspunkt()))
                .update();
    }

    public void insert(UUID kontraktId, UtbetalingRad u) {
        jdbc.sql("""
                        insert into effekt.utbetaling (id, kjoring_id, kontrakt_id, betaler_id, mottaker_id, opptjent,
                          tidligere_utbetalt, belop, kutt_kontrakt, kutt_betaler)
                        values (:id, :kjoring, :kontrakt, :betaler, :mottaker, :opptjent, :tidligere, :belop,
                          :kuttKontrakt, :kuttBetaler)""")
                .param("id", u.id()).param("kjoring", u.kjoringId()).param("kontrakt", kontraktId)
                .param("betaler", u.betalerId()).param("mottaker", u.mottakerId()).param("opptjent", u.opptjent())
                .param("tidligere", u.tidligereUtbetalt()).param("belop", u.belop())
                .param("kuttKontrakt", u.kuttKontrakt()).param("kuttBetaler", u.kuttBetaler())
                .update();
    }

    /** The contract's runs, oldest first. */
    public List<KjoringRad> kjoringer(UUID kontraktId) {
        return jdbc.sql("""
                        select id, kontrakt_id, fra, til, utbetalingsdato, kjort_av, tidspunkt
                        from effekt.utbetalingskjoring where kontrakt_id = :k order by fra""")
                .param("k", kontraktId)
                .query((rs, n) -> new KjoringRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                        rs.getObject("fra", LocalDate.class), rs.getObject("til", LocalDate.class),
                        rs.getObject("utbetalingsdato", LocalDate.class), rs.getString("kjort_av"),
                        rs.getTimestamp("tidspunkt").toInstant()))
                .list();
    }

    /** Every line of every run of the contract, by run and pair. */
    public List<UtbetalingRad> utbetalinger(UUID kontraktId) {
        return jdbc.sql("select " + UTBETALING_KOLONNER + " " + """
                         from effekt.utbetaling u join effekt.utbetalingskjoring k on k.id = u.kjoring_id
                         where u.kontrakt_id = :k order by k.fra, u.betaler_id, u.mottaker_id""")
                .param("k", kontraktId).query(UtbetalingRepository::utbetaling).list();
    }

    // ---- investors' cash flows

    public void insert(KontantstromRad k) {
        jdbc.sql("""
                        insert into effekt.kontantstrom (id, kontrakt_id, investor_id, dato, type, belop, kjoring_id,
                          registrert_av, registrert)
                        values (:id, :kontrakt, :investor, :dato, :type, :belop, :kjoring, :av, :naa)""")
                .param("id", k.id()).param("kontrakt", k.kontraktId()).param("investor", k.investorId())
                .param("dato", k.dato()).param("type", k.type()).param("belop", k.belop())
                .param("kjoring", k.kjoringId()).param("av", k.registrertAv())
                .param("naa", Timestamp.from(k.registrert()))
                .update();
    }

    /** The contract's cash flows in date order. */
    public List<KontantstromRad> kontantstrommer(UUID kontraktId) {
        return jdbc.sql("""
                        select id, kontrakt_id, investor_id, dato, type, belop, kjoring_id, registrert_av, registrert
                        from effekt.kontantstrom where kontrakt_id = :k order by dato, registrert, id""")
                .param("k", kontraktId)
                .query((rs, n) -> new KontantstromRad(rs.getObject("id", UUID.class),
                        rs.getObject("kontrakt_id", UUID.class), rs.getObject("investor_id", UUID.class),
                        rs.getObject("dato", LocalDate.class), rs.getString("type"), rs.getBigDecimal("belop"),
                        rs.getObject("kjoring_id", UUID.class), rs.getString("registrert_av"),
                        rs.getTimestamp("registrert").toInstant()))
                .list();
    }

    private static KohortRad kohort(ResultSet rs, int n) throws SQLException {
        return new KohortRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                rs.getString("navn"), rs.getObject("dato", LocalDate.class), rs.getInt("antall_tiltak"),
                rs.getInt("utfall_tiltak"), rs.getInt("antall_sammenligning"), rs.getInt("utfall_sammenligning"),
                rs.getString("registrert_av"), rs.getLong("version"));
    }

    private static UtbetalingRad utbetaling(ResultSet rs, int n) throws SQLException {
        return new UtbetalingRad(rs.getObject("id", UUID.class), rs.getObject("kjoring_id", UUID.class),
                rs.getObject("betaler_id", UUID.class), rs.getObject("mottaker_id", UUID.class),
                rs.getBigDecimal("opptjent"), rs.getBigDecimal("tidligere_utbetalt"), rs.getBigDecimal("belop"),
                rs.getBigDecimal("kutt_kontrakt"), rs.getBigDecimal("kutt_betaler"),
                rs.getObject("fra", LocalDate.class), rs.getObject("til", LocalDate.class),
                rs.getObject("utbetalingsdato", LocalDate.class));
    }
}
