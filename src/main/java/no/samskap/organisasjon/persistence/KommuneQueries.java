package no.samskap.organisasjon.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samskap.organisasjon.domain.Fylke;
import no.samskap.organisasjon.domain.Kommune;
import no.samskap.organisasjon.domain.KommuneFilter;
import no.samskap.platform.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads counties and municipalities. */
@Repository
public class KommuneQueries {

    private static final String SELECT = """
            select k.kommunenummer, k.navn, k.navn_norsk, k.navn_samisk, k.fylkesnummer, f.navn as fylkesnavn
            from organisasjon.kommune k
            join organisasjon.fylke f on f.fylkesnummer = k.fylkesnummer
            """;

    private final JdbcClient jdbc;

    KommuneQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Side<Kommune> list(KommuneFilter filter, Side.Sideforesporsel side) {
        var params = new HashMap<String, Object>();
        String where = where(filter, params);
        long totalt = jdbc.sql("select count(*) from organisasjon.kommune k " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", side.storrelse());
        params.put("offset", side.offset());
        List<Kommune> innhold = jdbc.sql(
                        SELECT + where + " order by k.kommunenummer limit :limit offset :offset")
                .params(params)
                .query(KommuneQueries::kommune)
                .list();
        return new Side<>(innhold, side.side(), side.storrelse(), totalt);
    }

    public Optional<Kommune> find(String kommunenummer) {
        return jdbc.sql(SELECT + " where k.kommunenummer = :kommunenummer")
                .param("kommunenummer", kommunenummer)
                .query(KommuneQueries::kommune)
                .optional();
    }

    public List<Fylke> listFylker() {
        return jdbc.sql("""
                        select f.fylkesnummer, f.navn, count(k.kommunenummer) as antall_kommuner
                        from organisasjon.fylke f
                        left join organisasjon.kommune k on k.fylkesnummer = f.fylkesnummer
                        group by f.fylkesnummer, f.navn
                        order by f.fylkesnummer
                        """)
                .query((rs, row) -> new Fylke(
                        rs.getString("fylkesnummer"), rs.getString("navn"), rs.getInt("antall_kommuner")))
                .list();
    }

    private static String where(KommuneFilter filter, Map<String, Object> params) {
        var where = new StringBuilder("where true");
        if (filter.fylkesnummer() != null) {
            where.append(" and k.fylkesnummer = :fylkesnummer");
            params.put("fylkesnummer", filter.fylkesnummer());
        }
        if (filter.q() != null) {
            where.append(" " + """
                     and (lower(k.navn) like :q escape '\\' or lower(k.navn_norsk) like :q escape '\\'
                          or lower(coalesce(k.navn_samisk, '')) like :q escape '\\' or k.kommunenummer = :qExact)""");
            params.put("q", Sok.likeMonster(filter.q()));
            params.put("qExact", filter.q());
        }
        return where.toString();
    }

    private static Kommune kommune(ResultSet rs, int row) throws SQLException {
        return new Kommune(
                rs.getString("kommunenummer"),
                rs.getString("navn"),
                rs.getString("navn_norsk"),
                rs.getString("navn_samisk"),
                rs.getString("fylkesnummer"),
                rs.getString("fylkesnavn"));
    }
}
