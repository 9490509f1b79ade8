package no.samskap.organisasjon.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.organisasjon.domain.NavEnhet;
import no.samskap.organisasjon.domain.NavEnhetFilter;
import no.samskap.organisasjon.domain.NavEnhetSortering;
import no.samskap.organisasjon.domain.Omraade;
import no.samskap.platform.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads NAV units, their regions and the areas offices serve. */
@Repository
public class NavEnhetQueries {

    private static final String SELECT = """
            select e.enhetsnummer, e.navn, e.type, e.region, r.navn as region_navn, e.organisasjonsnummer
            from organisasjon.nav_enhet e
            left join organisasjon.nav_enhet r on r.enhetsnummer = e.region
            """;

    private final JdbcClient jdbc;

    NavEnhetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Side<NavEnhet> list(NavEnhetFilter filter, NavEnhetSortering sortering, Side.Sideforesporsel side) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        long totalt = jdbc.sql("select count(*) from organisasjon.nav_enhet e " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", side.storrelse());
        params.put("offset", side.offset());
        List<NavEnhet> innhold = jdbc.sql(SELECT + where + " order by " + orderBy(sortering)
                        + ", e.enhetsnummer limit :limit offset :offset")
                .params(params)
                .query(NavEnhetQueries::navEnhet)
                .list();
        return new Side<>(innhold, side.side(), side.storrelse(), totalt);
    }

    public Optional<NavEnhet> find(String enhetsnummer) {
        return jdbc.sql(SELECT + " where e.enhetsnummer = :enhetsnummer")
                .param("enhetsnummer", enhetsnummer)
                .query(NavEnhetQueries::navEnhet)
                .optional();
    }

    public List<NavEnhet> hent(Collection<String> enhetsnumre) {
        if (enhetsnumre.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.enhetsnummer in (:enhetsnumre) order by e.enhetsnummer")
                .param("enhetsnumre", List.copyOf(enhetsnumre))
                .query(NavEnhetQueries::navEnhet)
                .list();
    }

    public List<NavEnhet> listByType(NavEnhetType type) {
        return jdbc.sql(SELECT + " where e.type = :type order by e.navn collate \"nb-NO-x-icu\", e.enhetsnummer")
                .param("type", type.name())
                .query(NavEnhetQueries::navEnhet)
                .list();
    }

    /** The units (offices and measures units) of a region, by name. */
    public List<NavEnhet> listInRegion(String region, NavEnhetType type) {
        return jdbc.sql(SELECT + " where e.region = :region and e.type = :type"
                        + " order by e.navn collate \"nb-NO-x-icu\", e.enhetsnummer")
                .param("region", region)
                .param("type", type.name())
                .query(NavEnhetQueries::navEnhet)
                .list();
    }

    /** The areas an office serves, by name. */
    public List<Omraade> listOmraader(String enhetsnummer) {
        return jdbc.sql("""
                        select geografisk_omraade, omraadetype, omraade_navn, kommunenummer
                        from organisasjon.geografisk_tilknytning
                        where enhetsnummer = :enhetsnummer
                        order by omraade_navn collate "nb-NO-x-icu", geografisk_omraade
                        """)
                .param("enhetsnummer", enhetsnummer)
                .query(NavEnhetQueries::omraade)
                .list();
    }

    /** The offices that serve a municipality (or one of its districts), by name. */
    public List<NavEnhet> listKontorerForKommune(String kommunenummer) {
        return jdbc.sql(SELECT + """
                         where e.enhetsnummer in (select g.enhetsnummer
                                                  from organisasjon.geografisk_tilknytning g
                                                  where g.kommunenummer = :kommunenummer)
                         order by e.navn collate "nb-NO-x-icu", e.enhetsnummer
                        """)
                .param("kommunenummer", kommunenummer)
                .query(NavEnhetQueries::navEnhet)
                .list();
    }

    private static String where(NavEnhetFilter filter, Map<String, Object> params) {
        var where = new StringBuilder("where true");
        if (filter.type() != null) {
            where.append(" and e.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.region() != null) {
            where.append(" and e.region = :region");
            params.put("region", filter.region());
        }
        if (filter.q() != null) {
            where.append(" and (lower(e.navn) like :q escape '\\' or e.enhetsnummer = :qExact)");
            params.put("q", Sok.likeMonster(filter.q()));
            params.put("qExact", filter.q());
        }
        return where.toString();
    }

    private static String orderBy(NavEnhetSortering sortering) {
        String column = switch (sortering.felt()) {
            case NAVN -> "e.navn collate \"nb-NO-x-icu\"";
            case ENHETSNUMMER -> "e.enhetsnummer";
            case TYPE -> "e.type";
            case REGION -> "r.navn collate \"nb-NO-x-icu\"";
        };
        return column + (sortering.synkende() ? " desc nulls last" : " asc nulls last");
    }

    private static NavEnhet navEnhet(ResultSet rs, int row) throws SQLException {
        return new NavEnhet(
                rs.getString("enhetsnummer"),
                rs.getString("navn"),
                NavEnhetType.valueOf(rs.getString("type")),
                rs.getString("region"),
                rs.getString("region_navn"),
                rs.getString("organisasjonsnummer"));
    }

    private static Omraade omraade(ResultSet rs, int row) throws SQLException {
        return new Omraade(
                rs.getString("geografisk_omraade"),
                rs.getString("omraadetype"),
                rs.getString("omraade_navn"),
                rs.getString("kommunenummer"));
    }
}
