package no.samskap.effekt.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outcome contracts, their versions of terms (one immutable document each, ADR 9) and the parties' relations that the
 * access rules look up.
 */
@Repository
public class KontraktRepository {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Historikk.Endring>> ENDRINGER = new TypeReference<>() {};
    private static final String KOLONNER = "id, navn, valuta, fra, til, opprettet_av, version, created_at";
    private static final String VERSJON_KOLONNER =
            "kontrakt_id, nummer, gjelder_fra, innhold::text as innhold, endringer::text as endringer, begrunnelse, "
                    + "endret_av, tidspunkt";

    private final JdbcClient jdbc;

    KontraktRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A contract's head row: what lists show and the version optimistic locking compares. */
    public record KontraktRad(
            UUID id, String navn, String valuta, LocalDate fra, LocalDate til, String opprettetAv, long version,
            Instant opprettet) {}

    /** One version of a contract's terms, with who changed what, when and why. */
    public record VersjonRad(
            UUID kontraktId,
            int nummer,
            LocalDate gjelderFra,
            Kontraktsinnhold innhold,
            List<Historikk.Endring> endringer,
            String begrunnelse,
            String endretAv,
            Instant tidspunkt) {}

    /** A party as the access rules see it. */
    public record PartRad(
            UUID kontraktId, UUID partId, String kode, Partsrolle rolle, String navn,
            @Nullable String organisasjonsnummer) {}

    public void insert(KontraktRad k) {
        jdbc.sql("""
                        insert into effekt.kontrakt (id, navn, valuta, fra, til, opprettet_av, version, created_at,
                          updated_at)
                        values (:id, :navn, :valuta, :fra, :til, :av, 0, :naa, :naa)""")
                .param("id", k.id()).param("navn", k.navn()).param("valuta", k.valuta()).param("fra", k.fra())
                .param("til", k.til()).param("av", k.opprettetAv()).param("naa", Timestamp.from(k.opprettet()))
                .update();
    }

    /** Writes the head of a new version if the stored version is {@code version}; else {@link StaleVersion}. */
    public void oppdater(UUID id, String navn, LocalDate fra, LocalDate til, long version, Instant naa) {
        int rader = jdbc.sql("""
                        update effekt.kontrakt set navn = :navn, fra = :fra, til = :til, version = version + 1,
                          updated_at = :naa
                        where id = :id and version = :version""")
                .param("navn", navn).param("fra", fra).param("til", til).param("naa", Timestamp.from(naa))
                .param("id", id).param("version", version)
                .update();
        if (rader != 1) {
            throw new StaleVersion("effektkontrakt", id);
        }
    }

    /**
     * Locks the contract's row until the transaction ends: claims, decisions and payment runs of one contract are
     * computed from all of its claims, so they take turns.
     */
    public Optional<KontraktRad> laas(UUID id) {
        return jdbc.sql("select " + KOLONNER + " from effekt.kontrakt where id = :id for update")
                .param("id", id).query(KontraktRepository::kontrakt).optional();
    }

    public Optional<KontraktRad> find(UUID id) {
        return jdbc.sql("select " + KOLONNER + " from effekt.kontrakt where id = :id")
                .param("id", id).query(KontraktRepository::kontrakt).optional();
    }

    /**
     * The contracts one user may see, newest first: all ({@code alle}), or those where one of the organisations is a
     * party in one of the roles.
     */
    public Side<KontraktRad> list(boolean alle, Collection<String> organisasjonsnumre, Collection<Partsrolle> roller,
            @Nullable Integer side, @Nullable Integer storrelse) {
        var foresporsel = Side.foresporsel(side, storrelse);
        if (!alle && (organisasjonsnumre.isEmpty() || roller.isEmpty())) {
            return new Side<>(List.of(), foresporsel.side(), foresporsel.storrelse(), 0);
        }
        String betingelse = alle ? "true" : """
                exists (select 1 from effekt.kontrakt_part p where p.kontrakt_id = k.id
                  and p.organisasjonsnummer = any(:orgnr) and p.rolle = any(:roller))""";
        var telling = jdbc.sql("select count(*) from effekt.kontrakt k where " + betingelse);
        var liste = jdbc.sql("select " + KOLONNER + " from effekt.kontrakt k where " + betingelse
                + " order by created_at desc, id limit :limit offset :offset");
        if (!alle) {
            String[] orgnr = organisasjonsnumre.toArray(String[]::new);
            String[] r = roller.stream().map(Enum::name).toArray(String[]::new);
            telling = telling.param("orgnr", orgnr).param("roller", r);
            liste = liste.param("orgnr", orgnr).param("roller", r);
        }
        long totalt = telling.query(Long.class).single();
        List<KontraktRad> innhold = liste.param("limit", foresporsel.storrelse()).param("offset", foresporsel.offset())
                .query(KontraktRepository::kontrakt).list();
        return new Side<>(innhold, foresporsel.side(), foresporsel.storrelse(), totalt);
    }

    public void insertVersjon(VersjonRad v) {
        jdbc.sql("""
                        insert into effekt.kontrakt_versjon (id, kontrakt_id, nummer, gjelder_fra, innhold, endringer,
                          begrunnelse, endret_av, tidspunkt)
                        values (:id, :kontrakt, :nummer, :gjelderFra, cast(:innhold as jsonb), cast(:endringer as jsonb),
                          :begrunnelse, :av, :tidspunkt)""")
                .param("id", UUID.randomUUID()).param("kontrakt", v.kontraktId()).param("nummer", v.nummer())
                .param("gjelderFra", v.gjelderFra()).param("innhold", json(v.innhold()))
                .param("endringer", JSON.writeValueAsString(v.endringer())).param("begrunnelse", v.begrunnelse())
                .param("av", v.endretAv()).param("tidspunkt", Timestamp.from(v.tidspunkt()))
                .update();
    }

    /** Every version of the contract, oldest first. */
    public List<VersjonRad> versjoner(UUID kontraktId) {
        return jdbc.sql("select " + VERSJON_KOLONNER + " from effekt.kontrakt_versjon where kontrakt_id = :k order by nummer")
                .param("k", kontraktId).query(KontraktRepository::versjon).list();
    }

    /** The newest version (the one amendments build on). */
    public VersjonRad siste(UUID kontraktId) {
        return jdbc.sql("select " + VERSJON_KOLONNER + " " + """
                         from effekt.kontrakt_versjon where kontrakt_id = :k order by nummer desc limit 1""")
                .param("k", kontraktId).query(KontraktRepository::versjon).single();
    }

    /** The version in effect on a date: the newest that took effect on or before it, else the first. */
    public VersjonRad gjeldende(UUID kontraktId, LocalDate dato) {
        return jdbc.sql("select " + VERSJON_KOLONNER + " " + """
                         from effekt.kontrakt_versjon where kontrakt_id = :k
                         order by (gjelder_fra <= :dato) desc, case when gjelder_fra <= :dato then nummer else -nummer end desc
                         limit 1""")
                .param("k", kontraktId).param("dato", dato).query(KontraktRepository::versjon).single();
    }

    /** Adds new parties and refreshes known ones (by id); parties are never removed from the relations. */
    public void lagreParter(List<PartRad> parter) {
        for (PartRad p : parter) {
            jdbc.sql("""
                            insert into effekt.kontrakt_part (kontrakt_id, part_id, kode, rolle, navn, organisasjonsnummer)
                            values (:kontrakt, :part, :kode, :rolle, :navn, :orgnr)
                            on conflict (kontrakt_id, part_id) do update set kode = excluded.kode, rolle = excluded.rolle,
                              navn = excluded.navn, organisasjonsnummer = excluded.organisasjonsnummer""")
                    .param("kontrakt", p.kontraktId()).param("part", p.partId()).param("kode", p.kode())
                    .param("rolle", p.rolle().name()).param("navn", p.navn()).param("orgnr", p.organisasjonsnummer())
                    .update();
        }
    }

    /** Every party any version of the contract named. */
    public List<PartRad> parter(UUID kontraktId) {
        return jdbc.sql("""
                        select kontrakt_id, part_id, kode, rolle, navn, organisasjonsnummer from effekt.kontrakt_part
                        where kontrakt_id = :k order by rolle, kode""")
                .param("k", kontraktId)
                .query((rs, n) -> new PartRad(rs.getObject("kontrakt_id", UUID.class),
                        rs.getObject("part_id", UUID.class), rs.getString("kode"),
                        Partsrolle.valueOf(rs.getString("rolle")), rs.getString("navn"),
                        rs.getString("organisasjonsnummer")))
                .list();
    }

    /** Whether rows of the contract other than its terms refer to the party (participants, claims, payments, flows). */
    public boolean partIBruk(UUID kontraktId, UUID partId) {
        return jdbc.sql("""
                        select exists (select 1 from effekt.deltaker where kontrakt_id = :k and leverandor_id = :p)
                            or exists (select 1 from effekt.krav where kontrakt_id = :k and mottaker_id = :p)
                            or exists (select 1 from effekt.utbetaling where kontrakt_id = :k
                                       and (betaler_id = :p or mottaker_id = :p))
                            or exists (select 1 from effekt.kontantstrom where kontrakt_id = :k and investor_id = :p)""")
                .param("k", kontraktId).param("p", partId).query(Boolean.class).single();
    }

    /** Whether outcome events of the contract are registered for the metric. */
    public boolean maalIBruk(UUID kontraktId, String maal) {
        return jdbc.sql("select exists (select 1 from effekt.utfall where kontrakt_id = :k and maal = :m)")
                .param("k", kontraktId).param("m", maal).query(Boolean.class).single();
    }

    static String json(Kontraktsinnhold innhold) {
        return JSON.writeValueAsString(innhold);
    }

    private static KontraktRad kontrakt(ResultSet rs, int n) throws SQLException {
        return new KontraktRad(rs.getObject("id", UUID.class), rs.getString("navn"), rs.getString("valuta"),
                rs.getObject("fra", LocalDate.class), rs.getObject("til", LocalDate.class),
                rs.getString("opprettet_av"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant());
    }

    private static VersjonRad versjon(ResultSet rs, int n) throws SQLException {
        return new VersjonRad(rs.getObject("kontrakt_id", UUID.class), rs.getInt("nummer"),
                rs.getObject("gjelder_fra", LocalDate.class),
                JSON.readValue(rs.getString("innhold"), Kontraktsinnhold.class),
                JSON.readValue(rs.getString("endringer"), ENDRINGER), rs.getString("begrunnelse"),
                rs.getString("endret_av"), rs.getTimestamp("tidspunkt").toInstant());
    }
}
