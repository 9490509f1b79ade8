package no.samskap.avtale.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Screen and list reads of agreements. */
@Repository
public class AvtaleQueries {


    /** Sortable columns: request name → SQL expression. */
    private static final Map<String, String> SORTERING = Map.of(
            "navn", "navn collate \"nb-NO-x-icu\"",
            "tiltakskode", "tiltakskode",
            "avtaletype", "avtaletype",
            "startdato", "startdato",
            "sluttdato", "sluttdato",
            "status", "status");

    private static final String STATUS = """
            case when avbrutt_tidspunkt is not null then 'AVBRUTT'
                 when arrangor_hovedenhet_id is null then 'UTKAST'
                 when sluttdato < :idag then 'AVSLUTTET'
                 else 'AKTIV' end""";

    private final JdbcClient jdbc;

    AvtaleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of agreements.
     *
     * @param synligeArrangorer null: all; otherwise only agreements whose hovedenhet or an underenhet is one of these
     * @param sort a column of {@link #SORTERING}, "-" first for descending; unknown values sort by name
     */
    public Side<AvtaleRad> list(
            AvtaleFilter filter,
            @Nullable Collection<UUID> synligeArrangorer,
            @Nullable String sort,
            Side.Sideforesporsel side,
            LocalDate idag) {
        var where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, @Nullable Object>();
        params.put("idag", idag);
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and (lower(navn) like :q or sakarkivnummer like :q)");
            params.put("q", "%" + filter.q().trim().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.tiltakskode() != null && !filter.tiltakskode().isBlank()) {
            where.append(" and tiltakskode = :tiltakskode");
            params.put("tiltakskode", filter.tiltakskode());
        }
        if (filter.avtaletype() != null) {
            where.append(" and avtaletype = :avtaletype");
            params.put("avtaletype", filter.avtaletype().name());
        }
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.region() != null && !filter.region().isBlank()) {
            where.append(" and nav_regioner @> array[cast(:region as text)]");
            params.put("region", filter.region());
        }
        if (filter.arrangorId() != null) {
            where.append(" and (arrangor_hovedenhet_id = :arrangor or arrangor_underenheter @> array[cast(:arrangor as uuid)])");
            params.put("arrangor", filter.arrangorId());
        }
        if (synligeArrangorer != null) {
            where.append(" and (arrangor_hovedenhet_id = any(:synlige) or arrangor_underenheter && :synlige)");
            params.put("synlige", synligeArrangorer.toArray(UUID[]::new));
        }
        String from = " from (select id, navn, tiltakskode, avtaletype, sakarkivnummer, arrangor_hovedenhet_id,"
                + " arrangor_underenheter, startdato, sluttdato, nav_regioner, version, " + STATUS
                + " as status from avtale.avtale) a";
        long totalt = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        String orderBy = orderBy(sort);
        params.put("limit", side.storrelse());
        params.put("offset", side.offset());
        List<AvtaleRad> rader = jdbc.sql("select id, navn, tiltakskode, avtaletype, sakarkivnummer, arrangor_hovedenhet_id,"
                        + " startdato, sluttdato, status, nav_regioner, version" + from + where + " order by " + orderBy
                        + " limit :limit offset :offset")
                .params(params)
                .query(AvtaleQueries::mapRad)
                .list();
        return new Side<>(rader, side.side(), side.storrelse(), totalt);
    }

    static String orderBy(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return "navn collate \"nb-NO-x-icu\", id";
        }
        boolean desc = sort.startsWith("-");
        String kolonne = SORTERING.get(desc ? sort.substring(1) : sort);
        if (kolonne == null) {
            return "navn collate \"nb-NO-x-icu\", id";
        }
        return kolonne + (desc ? " desc nulls last" : " asc nulls last") + ", id";
    }

    /** The history of an agreement, oldest first. */
    public List<Historikk.Oppforing> historikk(UUID avtaleId) {
        return jdbc.sql("""
                        select tidspunkt, utfort_av, operasjon, snapshot::text as snapshot
                          from avtale.avtale_historikk
                         where avtale_id = :id
                         order by tidspunkt, id
                        """)
                .param("id", avtaleId)
                .query(Historikk::fraRad)
                .list();
    }

    /** Is this provider contact person linked to any agreement? */
    public boolean kontaktpersonIBruk(UUID kontaktpersonId) {
        return jdbc.sql("select exists (select 1 from avtale.avtale where arrangor_kontaktpersoner @> array[cast(:id as uuid)])")
                .param("id", kontaktpersonId)
                .query(Boolean.class)
                .single();
    }

    /**
     * For the catalog: from when (start, when the agreement has a provider and is not aborted) to when (end) its
     * implementations may be shown.
     */
    public List<no.samskap.avtale.AvtaleGyldighet> gyldighet(Collection<UUID> ids) {
        return jdbc.sql("""
                        select id,
                               case when arrangor_hovedenhet_id is not null and avbrutt_tidspunkt is null
                                    then startdato end as aktiv_fra,
                               sluttdato as aktiv_til
                          from avtale.avtale
                         where id in (:ids)
                        """)
                .param("ids", ids)
                .query((rs, n) -> new no.samskap.avtale.AvtaleGyldighet(
                        rs.getObject("id", UUID.class),
                        rs.getObject("aktiv_fra", LocalDate.class),
                        rs.getObject("aktiv_til", LocalDate.class)))
                .list();
    }

    private static AvtaleRad mapRad(ResultSet rs, int n) throws SQLException {
        return new AvtaleRad(
                rs.getObject("id", UUID.class),
                rs.getString("navn"),
                rs.getString("tiltakskode"),
                Avtaletype.valueOf(rs.getString("avtaletype")),
                rs.getString("sakarkivnummer"),
                rs.getObject("arrangor_hovedenhet_id", UUID.class),
                rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class),
                AvtaleStatus.valueOf(rs.getString("status")),
                AvtaleRepository.texts(rs.getArray("nav_regioner")),
                rs.getLong("version"));
    }
}
