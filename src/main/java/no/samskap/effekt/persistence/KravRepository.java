package no.samskap.effekt.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Providers' claims of outcome events and the evaluator's decisions on them. */
@Repository
public class KravRepository {

    private final JdbcClient jdbc;

    KravRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claim: which outcome event, who is to be paid, who claimed it and when. */
    public record KravRad(
            UUID id, UUID kontraktId, UUID utfallId, UUID mottakerId, String innsendtAv, Instant innsendt) {}

    /** The evaluator's decision on a claim. */
    public record VurderingRad(
            UUID kravId, String beslutning, String evaluator, String begrunnelse, LocalDate dato, Instant tidspunkt) {}

    public void insert(KravRad k) {
        jdbc.sql("""
                        insert into effekt.krav (id, kontrakt_id, utfall_id, mottaker_id, innsendt_av, innsendt)
                        values (:id, :kontrakt, :utfall, :mottaker, :av, :naa)""")
                .param("id", k.id()).param("kontrakt", k.kontraktId()).param("utfall", k.utfallId())
                .param("mottaker", k.mottakerId()).param("av", k.innsendtAv())
                .param("naa", Timestamp.from(k.innsendt()))
                .update();
    }

    /** All claims of the contract, in the order they were made. */
    public List<KravRad> krav(UUID kontraktId) {
        return jdbc.sql("""
                        select id, kontrakt_id, utfall_id, mottaker_id, innsendt_av, innsendt from effekt.krav
                        where kontrakt_id = :k order by innsendt, id""")
                .param("k", kontraktId)
                .query((rs, n) -> new KravRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                        rs.getObject("utfall_id", UUID.class), rs.getObject("mottaker_id", UUID.class),
                        rs.getString("innsendt_av"), rs.getTimestamp("innsendt").toInstant()))
                .list();
    }

    /** The claim of each claimed outcome event of the contract (outcome event id → claim id). */
    public Map<UUID, UUID> kravPerUtfall(UUID kontraktId) {
        Map<UUID, UUID> kravPerUtfall = new HashMap<>();
        jdbc.sql("select utfall_id, id from effekt.krav where kontrakt_id = :k")
                .param("k", kontraktId)
                .query(rs -> {
                    kravPerUtfall.put(rs.getObject("utfall_id", UUID.class), rs.getObject("id", UUID.class));
                });
        return kravPerUtfall;
    }

    public void insert(VurderingRad v) {
        jdbc.sql("""
                        insert into effekt.vurdering (krav_id, beslutning, evaluator, begrunnelse, dato, tidspunkt)
                        values (:krav, :beslutning, :evaluator, :begrunnelse, :dato, :naa)""")
                .param("krav", v.kravId()).param("beslutning", v.beslutning()).param("evaluator", v.evaluator())
                .param("begrunnelse", v.begrunnelse()).param("dato", v.dato())
                .param("naa", Timestamp.from(v.tidspunkt()))
                .update();
    }

    /** All decisions on the contract's claims. */
    public List<VurderingRad> vurderinger(UUID kontraktId) {
        return jdbc.sql("""
                        select v.krav_id, v.beslutning, v.evaluator, v.begrunnelse, v.dato, v.tidspunkt
                        from effekt.vurdering v join effekt.krav k on k.id = v.krav_id
                        where k.kontrakt_id = :k order by v.tidspunkt""")
                .param("k", kontraktId)
                .query((rs, n) -> new VurderingRad(rs.getObject("krav_id", UUID.class), rs.getString("beslutning"),
                        rs.getString("evaluator"), rs.getString("begrunnelse"), rs.getObject("dato", LocalDate.class),
                        rs.getTimestamp("tidspunkt").toInstant()))
                .list();
    }
}
