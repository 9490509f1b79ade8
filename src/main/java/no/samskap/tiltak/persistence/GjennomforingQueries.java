package no.samskap.tiltak.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.platform.Side;
import no.samskap.tiltak.GjennomforingFilter;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.GjennomforingSummary;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of implementations for screens and the API: filtered, sorted and paged in SQL. */
@Repository
public class GjennomforingQueries {

    private static final Map<String, String> SORTERING = Map.of(
            "navn", "g.navn collate \"nb-NO-x-icu\"",
            "tiltakskode", "g.tiltakskode",
            "startdato", "g.startdato",
            "sluttdato", "g.sluttdato",
            "status", "g.status",
            "antallPlasser", "g.antall_plasser");

    /**
     * Who may see what: everything, or only published implementations and/or those at some providers.
     *
     * @param alle sees every implementation
     * @param publiserte sees published implementations
     * @param arrangorIds sees implementations at these providers
     */
    public record Synlighet(boolean alle, boolean publiserte, Collection<UUID> arrangorIds) {}

    private final JdbcClient jdbc;

    GjennomforingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Side<GjennomforingSummary> list(GjennomforingFilter filter, Synlighet synlighet) {
        var foresporsel = Side.foresporsel(filter.side(), filter.storrelse());
        var params = new MapSqlParameterSource();
        String where = where(filter, synlighet, params);
        long totalt = jdbc.sql("select count(*) from tiltak.gjennomforing g where " + where)
                .paramSource(params)
                .query(Long.class)
                .single();
        params.addValue("limit", foresporsel.storrelse());
        params.addValue("offset", foresporsel.offset());
        List<GjennomforingSummary> innhold = jdbc.sql("""
                        select g.id, g.navn, g.tiltakskode, g.avtale_id, g.arrangor_id, g.startdato, g.sluttdato,
                               g.antall_plasser, g.oppstartstype, g.status, g.publisert, g.apent_for_pamelding
                          from tiltak.gjennomforing g
                         where %s
                         order by %s, g.id
                         limit :limit offset :offset
                        """.formatted(where, orderBy(filter.sort())))
                .paramSource(params)
                .query((rs, n) -> mapSummary(rs))
                .list();
        return new Side<>(innhold, foresporsel.side(), foresporsel.storrelse(), totalt);
    }

    private static String where(GjennomforingFilter f, Synlighet synlighet, MapSqlParameterSource params) {
        var sb = new StringBuilder("true");
        if (!synlighet.alle()) {
            var tilgang = new StringBuilder("false");
            if (synlighet.publiserte()) {
                tilgang.append(" or g.publisert");
            }
            if (!synlighet.arrangorIds().isEmpty()) {
                tilgang.append(" or g.arrangor_id in (:synligeArrangorer)");
                params.addValue("synligeArrangorer", synlighet.arrangorIds());
            }
            sb.append(" and (").append(tilgang).append(')');
        }
        String q = blankToNull(f.q());
        if (q != null) {
            sb.append(" and g.navn ilike :q escape '\\'");
            params.addValue("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String tiltakskode = blankToNull(f.tiltakskode());
        if (tiltakskode != null) {
            sb.append(" and g.tiltakskode = :tiltakskode");
            params.addValue("tiltakskode", tiltakskode);
        }
        if (f.avtaleId() != null) {
            sb.append(" and g.avtale_id = :avtaleId");
            params.addValue("avtaleId", f.avtaleId());
        }
        if (f.status() != null) {
            sb.append(" and g.status = :status");
            params.addValue("status", f.status().name());
        }
        String navEnhet = blankToNull(f.navEnhet());
        if (navEnhet != null) {
            sb.append(" and exists (select 1 from tiltak.gjennomforing_nav_enhet e"
                    + " where e.gjennomforing_id = g.id and e.enhetsnummer = :navEnhet)");
            params.addValue("navEnhet", navEnhet);
        }
        if (f.arrangorId() != null) {
            sb.append(" and g.arrangor_id = :arrangorId");
            params.addValue("arrangorId", f.arrangorId());
        }
        if (f.publisert() != null) {
            sb.append(" and g.publisert = :publisert");
            params.addValue("publisert", f.publisert());
        }
        if (f.apentForPamelding() != null) {
            sb.append(" and g.apent_for_pamelding = :apentForPamelding");
            params.addValue("apentForPamelding", f.apentForPamelding());
        }
        return sb.toString();
    }

    /** Only whitelisted columns reach the SQL; anything else sorts by name. */
    static String orderBy(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return SORTERING.get("navn");
        }
        boolean synkende = sort.startsWith("-");
        String felt = synkende ? sort.substring(1) : sort;
        String kolonne = SORTERING.get(felt);
        if (kolonne == null) {
            return SORTERING.get("navn");
        }
        return kolonne + (synkende ? " desc nulls last" : " asc nulls last");
    }

    private static GjennomforingSummary mapSummary(ResultSet rs) throws SQLException {
        return new GjennomforingSummary(
                rs.getObject("id", UUID.class),
                rs.getString("navn"),
                rs.getString("tiltakskode"),
                null,
                rs.getObject("avtale_id", UUID.class),
                rs.getObject("arrangor_id", UUID.class),
                null,
                rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class),
                rs.getInt("antall_plasser"),
                Oppstartstype.valueOf(rs.getString("oppstartstype")),
                GjennomforingStatus.valueOf(rs.getString("status")),
                rs.getBoolean("publisert"),
                rs.getBoolean("apent_for_pamelding"));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
