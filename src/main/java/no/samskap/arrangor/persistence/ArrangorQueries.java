package no.samskap.arrangor.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.arrangor.ArrangorDetaljer;
import no.samskap.arrangor.ArrangorFilter;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorSammendrag;
import no.samskap.arrangor.ArrangorSortering;
import no.samskap.arrangor.ArrangorType;
import no.samskap.arrangor.KontaktpersonDetaljer;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.platform.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads for lists, detail pages and the {@link no.samskap.arrangor.ArrangorKatalog}. No access checks here. */
@Repository
public class ArrangorQueries {

    private final JdbcClient jdbc;

    ArrangorQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of providers.
     *
     * @param synlige when not null, only these ids (a provider user's own organisations)
     */
    public Side<ArrangorSammendrag> side(
            ArrangorFilter filter,
            ArrangorSortering sortering,
            Side.Sideforesporsel foresporsel,
            @Nullable Collection<UUID> synlige) {
        if (synlige != null && synlige.isEmpty()) {
            return new Side<>(List.of(), foresporsel.side(), foresporsel.storrelse(), 0);
        }
        var where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        String q = filter.q() == null ? "" : filter.q().strip();
        if (!q.isEmpty()) {
            where.append(" and (lower(a.navn) like :q or a.organisasjonsnummer like :q)");
            params.put("q", "%" + escapeLike(q.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.type() != null) {
            where.append(switch (filter.type()) {
                case HOVEDENHET -> " and a.hovedenhet_id is null";
                case UNDERENHET -> " and a.hovedenhet_id is not null";
            });
        }
        if (filter.hovedenhetId() != null) {
            where.append(" and a.hovedenhet_id = :hovedenhetId");
            params.put("hovedenhetId", filter.hovedenhetId());
        }
        if (synlige != null) {
            where.append(" and a.id in (:synlige)");
            params.put("synlige", List.copyOf(synlige));
        }
        String orderBy = switch (sortering) {
            case NAVN -> " order by a.navn collate \"nb-NO-x-icu\", a.id";
            case NAVN_SYNKENDE -> " order by a.navn collate \"nb-NO-x-icu\" desc, a.id";
            case ORGANISASJONSNUMMER -> " order by a.organisasjonsnummer";
            case ORGANISASJONSNUMMER_SYNKENDE -> " order by a.organisasjonsnummer desc";
        };
        long totalt = jdbc.sql("select count(*) from arrangor.arrangor a" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", foresporsel.storrelse());
        params.put("offset", foresporsel.offset());
        List<ArrangorSammendrag> rader = jdbc.sql("""
                        select a.id, a.organisasjonsnummer, a.navn, a.hovedenhet_id, h.navn as hovedenhet_navn,
                               (select count(*) from arrangor.arrangor u where u.hovedenhet_id = a.id) as antall_underenheter
                        from arrangor.arrangor a
                        left join arrangor.arrangor h on h.id = a.hovedenhet_id
                        """ + where + orderBy + " limit :limit offset :offset")
                .params(params)
                .query(ArrangorQueries::sammendrag)
                .list();
        return new Side<>(rader, foresporsel.side(), foresporsel.storrelse(), totalt);
    }

    public Optional<ArrangorDetaljer> detaljer(UUID id) {
        record Rad(UUID id, String orgnr, String navn, @Nullable UUID hovedenhetId, long version,
                java.time.Instant opprettet, java.time.Instant endret) {}
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id, version, created_at, updated_at
                        from arrangor.arrangor
                        where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new Rad(
                        rs.getObject("id", UUID.class),
                        rs.getString("organisasjonsnummer"),
                        rs.getString("navn"),
                        rs.getObject("hovedenhet_id", UUID.class),
                        rs.getLong("version"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional()
                .map(r -> new ArrangorDetaljer(
                        r.id(),
                        r.orgnr(),
                        r.navn(),
                        r.hovedenhetId() == null ? ArrangorType.HOVEDENHET : ArrangorType.UNDERENHET,
                        r.hovedenhetId() == null ? null : finn(r.hovedenhetId()).orElse(null),
                        underenheter(r.id()),
                        kontaktpersonDetaljer(r.id()),
                        r.version(),
                        r.opprettet(),
                        r.endret()));
    }

    public Optional<ArrangorInfo> finn(UUID id) {
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id
                        from arrangor.arrangor
                        where id = :id
                        """)
                .param("id", id)
                .query(ArrangorQueries::info)
                .optional();
    }

    public List<ArrangorInfo> hent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id
                        from arrangor.arrangor
                        where id in (:ids)
                        order by navn collate "nb-NO-x-icu", id
                        """)
                .param("ids", List.copyOf(ids))
                .query(ArrangorQueries::info)
                .list();
    }

    public List<ArrangorInfo> underenheter(UUID hovedenhetId) {
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id
                        from arrangor.arrangor
                        where hovedenhet_id = :hovedenhetId
                        order by navn collate "nb-NO-x-icu", id
                        """)
                .param("hovedenhetId", hovedenhetId)
                .query(ArrangorQueries::info)
                .list();
    }

    /** All hovedenheter by name, for choosing a parent. */
    public List<ArrangorInfo> hovedenheter() {
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id
                        from arrangor.arrangor
                        where hovedenhet_id is null
                        order by navn collate "nb-NO-x-icu", id
                        """)
                .query(ArrangorQueries::info)
                .list();
    }

    public List<UUID> idsForOrganisasjonsnumre(Collection<String> organisasjonsnumre) {
        if (organisasjonsnumre.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.id
                        from arrangor.arrangor a
                        where a.organisasjonsnummer in (:orgnr)
                        union
                        select u.id
                        from arrangor.arrangor u
                        join arrangor.arrangor h on h.id = u.hovedenhet_id
                        where h.organisasjonsnummer in (:orgnr)
                        """)
                .param("orgnr", List.copyOf(organisasjonsnumre))
                .query(UUID.class)
                .list();
    }

    public List<ArrangorInfo> finnForOrganisasjonsnumre(Collection<String> organisasjonsnumre) {
        if (organisasjonsnumre.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, organisasjonsnummer, navn, hovedenhet_id
                        from arrangor.arrangor
                        where organisasjonsnummer = any(:orgnr)
                        """)
                .param("orgnr", organisasjonsnumre.toArray(String[]::new))
                .query(ArrangorQueries::info)
                .list();
    }

    public Optional<KontaktpersonInfo> kontaktperson(UUID id) {
        return jdbc.sql("""
                        select id, arrangor_id, navn, epost, telefon, array_to_string(ansvar, ',') as ansvar, version
                        from arrangor.kontaktperson
                        where id = :id
                        """)
                .param("id", id)
                .query(ArrangorQueries::kontaktpersonRad)
                .optional()
                .map(ArrangorQueries::tilInfo);
    }

    public Optional<KontaktpersonDetaljer> kontaktpersonDetaljer(UUID arrangorId, UUID kontaktpersonId) {
        return jdbc.sql("""
                        select id, arrangor_id, navn, epost, telefon, array_to_string(ansvar, ',') as ansvar, version
                        from arrangor.kontaktperson
                        where id = :id and arrangor_id = :arrangorId
                        """)
                .param("id", kontaktpersonId)
                .param("arrangorId", arrangorId)
                .query(ArrangorQueries::kontaktpersonRad)
                .optional();
    }

    public List<KontaktpersonDetaljer> kontaktpersonDetaljer(UUID arrangorId) {
        return jdbc.sql("""
                        select id, arrangor_id, navn, epost, telefon, array_to_string(ansvar, ',') as ansvar, version
                        from arrangor.kontaktperson
                        where arrangor_id = :arrangorId
                        order by navn collate "nb-NO-x-icu", id
                        """)
                .param("arrangorId", arrangorId)
                .query(ArrangorQueries::kontaktpersonRad)
                .list();
    }

    public List<KontaktpersonInfo> kontaktpersoner(UUID arrangorId) {
        return kontaktpersonDetaljer(arrangorId).stream().map(ArrangorQueries::tilInfo).toList();
    }

    private static KontaktpersonInfo tilInfo(KontaktpersonDetaljer k) {
        return new KontaktpersonInfo(k.id(), k.arrangorId(), k.navn(), k.epost(), k.telefon(), k.ansvar());
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ArrangorInfo info(ResultSet rs, int row) throws SQLException {
        return new ArrangorInfo(
                rs.getObject("id", UUID.class),
                rs.getString("organisasjonsnummer"),
                rs.getString("navn"),
                rs.getObject("hovedenhet_id", UUID.class));
    }

    private static ArrangorSammendrag sammendrag(ResultSet rs, int row) throws SQLException {
        UUID hovedenhetId = rs.getObject("hovedenhet_id", UUID.class);
        return new ArrangorSammendrag(
                rs.getObject("id", UUID.class),
                rs.getString("organisasjonsnummer"),
                rs.getString("navn"),
                hovedenhetId == null ? ArrangorType.HOVEDENHET : ArrangorType.UNDERENHET,
                hovedenhetId,
                rs.getString("hovedenhet_navn"),
                rs.getInt("antall_underenheter"));
    }

    private static KontaktpersonDetaljer kontaktpersonRad(ResultSet rs, int row) throws SQLException {
        return new KontaktpersonDetaljer(
                rs.getObject("id", UUID.class),
                rs.getObject("arrangor_id", UUID.class),
                rs.getString("navn"),
                rs.getString("epost"),
                rs.getString("telefon"),
                KontaktpersonRepository.ansvar(rs.getString("ansvar")),
                rs.getLong("version"));
    }
}
