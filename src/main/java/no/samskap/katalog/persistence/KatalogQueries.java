package no.samskap.katalog.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.katalog.Deltakerresultater;
import no.samskap.katalog.KatalogFilter;
import no.samskap.katalog.KatalogSortering;
import no.samskap.katalog.KatalogTreff;
import no.samskap.katalog.Plasser;
import no.samskap.katalog.Tekstdel;
import no.samskap.tiltak.Oppstartstype;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The catalog search: one count and one page statement over {@code katalog.oppforing}, built from the filter by
 * appending only the conditions that are set (so every combination gets its own plan with the right index).
 * {@code bench/Last.java} reads these constants from this file by name to run the same statements with pgbench.
 *
 * <p>Visibility rules are applied at query time with {@code :idag}, so nothing goes stale after midnight. Highlighting
 * ({@code ts_headline}, the expensive part) is in the select list of the page statement: PostgreSQL evaluates costly
 * select-list functions after the sort and limit, so it runs only for the page's rows.
 */
@Repository
public class KatalogQueries {

    /** Rows shown today: agreement started with a provider and not aborted, not ended; implementation not ended. */
    static final String SYNLIGE = """
              from katalog.oppforing o
             where o.avtale_aktiv_fra <= :idag
               and (o.avtale_aktiv_til is null or o.avtale_aktiv_til >= :idag)
               and (o.sluttdato is null or o.sluttdato >= :idag)
            """;

    // One condition per filter, appended when the filter is set.
    static final String FRITEKST = "   and o.sok @@ websearch_to_tsquery('norwegian', :q)\n";
    static final String INNSATSGRUPPE = "   and o.innsatsgrupper @> array[cast(:innsatsgruppe as text)]\n";
    static final String NAV_ENHETER = "   and o.nav_enheter && cast(array[:navEnheter] as text[])\n";
    static final String TILTAKSKODER = "   and o.tiltakskode in (:tiltakskoder)\n";
    static final String APENT_FOR_PAMELDING = "   and o.apent_for_pamelding\n";
    static final String OPPSTARTSTYPE = "   and o.oppstartstype = :oppstartstype\n";
    static final String START_FRA = "   and o.startdato >= :startFra\n";
    static final String START_TIL = "   and o.startdato <= :startTil\n";

    static final String TELL = "select count(*)\n";

    static final String KOLONNER = """
            select o.gjennomforing_id, o.navn, o.tiltakskode, o.tiltakstype_navn, o.arrangor_id, o.arrangor_navn,
                   o.oppmotested, o.startdato, o.sluttdato, o.oppstartstype, o.apent_for_pamelding, o.antall_plasser,
                   greatest(o.antall_plasser - o.plasser_opptatt, 0) as ledige_plasser, o.venteliste,
            """;

    /**
     * With free text: the name with every match marked, and up to two fragments around matches in the first 800
     * characters of the descriptions. ts_headline parses the whole text it is given, so the bound keeps it from
     * dominating the query (70 % of a free-text search over full descriptions, bench/RESULTS.md); matches further in
     * still find and rank the row, the excerpt then shows the description's start.
     */
    static final String MARKERT_MED_FRITEKST = """
                   ts_headline('norwegian', o.navn, websearch_to_tsquery('norwegian', :q),
                               'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)) as navn_markert,
                   ts_headline('norwegian', left(concat_ws(' ', o.beskrivelse, o.tiltakstype_beskrivelse), 800),
                               websearch_to_tsquery('norwegian', :q),
                               'MaxFragments=2, MaxWords=25, MinWords=12, FragmentDelimiter=" … ", '
                               || 'StartSel=' || chr(2) || ', StopSel=' || chr(3)) as utdrag_markert
            """;

    /** Without free text: the name as is and the start of the description. */
    static final String MARKERT_UTEN_FRITEKST = """
                   o.navn as navn_markert,
                   left(coalesce(o.beskrivelse, o.tiltakstype_beskrivelse, ''), 240) as utdrag_markert
            """;

    static final String RELEVANS = """
             order by ts_rank(o.sok, websearch_to_tsquery('norwegian', :q)) desc, o.navn collate "nb-NO-x-icu",
                      o.gjennomforing_id
            """;
    static final String NAVN = " order by o.navn collate \"nb-NO-x-icu\", o.gjennomforing_id\n";
    static final String STARTDATO = " order by o.startdato, o.navn collate \"nb-NO-x-icu\", o.gjennomforing_id\n";
    static final String TILTAKSTYPE = """
             order by o.tiltakstype_navn collate "nb-NO-x-icu", o.navn collate "nb-NO-x-icu", o.gjennomforing_id
            """;

    static final String SIDE = " limit :storrelse offset :offset\n";

    private final JdbcClient jdbc;

    KatalogQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rows match the filter today. */
    public long tell(KatalogFilter filter, LocalDate idag) {
        String sql = TELL + SYNLIGE + vilkar(filter);
        return params(jdbc.sql(sql), filter, idag).query(Long.class).single();
    }

    /** The filter's page of rows today, in its order, with matches marked. */
    public List<KatalogTreff> side(KatalogFilter filter, LocalDate idag) {
        String sql = KOLONNER
                + (filter.q() == null ? MARKERT_UTEN_FRITEKST : MARKERT_MED_FRITEKST)
                + SYNLIGE
                + vilkar(filter)
                + rekkefolge(filter.sortering())
                + SIDE;
        return params(jdbc.sql(sql), filter, idag)
                .param("storrelse", filter.storrelse())
                .param("offset", filter.offset())
                .query((rs, n) -> treff(rs, filter.q() != null))
                .list();
    }

    /** Whether this implementation is in the catalog today. */
    public boolean erSynlig(UUID gjennomforingId, LocalDate idag) {
        return jdbc.sql("select exists (select 1" + SYNLIGE + "   and o.gjennomforing_id = :id)")
                .param("idag", idag)
                .param("id", gjennomforingId)
                .query(Boolean.class)
                .single();
    }

    /** An implementation's places as the read model has them; empty when it has no row. */
    public Optional<Plasser> plasser(UUID gjennomforingId) {
        return jdbc.sql("""
                        select antall_plasser, greatest(antall_plasser - plasser_opptatt, 0) as ledige, venteliste
                          from katalog.oppforing
                         where gjennomforing_id = :id
                        """)
                .param("id", gjennomforingId)
                .query((rs, n) -> new Plasser(rs.getInt("antall_plasser"), rs.getInt("ledige"), rs.getInt("venteliste")))
                .optional();
    }

    /** What became of an implementation's ended participants (zeros before anyone ended). */
    public Deltakerresultater resultater(UUID gjennomforingId) {
        return jdbc.sql("select avsluttet, fullfort, fatt_jobb from katalog.resultat where gjennomforing_id = :id")
                .param("id", gjennomforingId)
                .query((rs, n) -> Deltakerresultater.vist(rs.getInt("avsluttet"), rs.getInt("fullfort"), rs.getInt("fatt_jobb")))
                .optional()
                .orElse(Deltakerresultater.INGEN);
    }

    /** The measure type description stored with an implementation's row. */
    public Optional<String> tiltakstypeBeskrivelse(UUID gjennomforingId) {
        return jdbc.sql("select tiltakstype_beskrivelse from katalog.oppforing where gjennomforing_id = :id")
                .param("id", gjennomforingId)
                .query(String.class)
                .optional();
    }

    static String vilkar(KatalogFilter f) {
        var sql = new StringBuilder();
        if (f.q() != null) {
            sql.append(FRITEKST);
        }
        if (f.innsatsgruppe() != null) {
            sql.append(INNSATSGRUPPE);
        }
        if (!f.navEnheter().isEmpty()) {
            sql.append(NAV_ENHETER);
        }
        if (!f.tiltakskoder().isEmpty()) {
            sql.append(TILTAKSKODER);
        }
        if (f.apentForPamelding()) {
            sql.append(APENT_FOR_PAMELDING);
        }
        if (f.oppstartstype() != null) {
            sql.append(OPPSTARTSTYPE);
        }
        if (f.startFra() != null) {
            sql.append(START_FRA);
        }
        if (f.startTil() != null) {
            sql.append(START_TIL);
        }
        return sql.toString();
    }

    static String rekkefolge(KatalogSortering sortering) {
        return switch (sortering) {
            case RELEVANS -> RELEVANS;
            case NAVN -> NAVN;
            case STARTDATO -> STARTDATO;
            case TILTAKSTYPE -> TILTAKSTYPE;
        };
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, KatalogFilter f, LocalDate idag) {
        spec = spec.param("idag", idag);
        if (f.q() != null) {
            spec = spec.param("q", f.q());
        }
        if (f.innsatsgruppe() != null) {
            spec = spec.param("innsatsgruppe", f.innsatsgruppe().name());
        }
        if (!f.navEnheter().isEmpty()) {
            spec = spec.param("navEnheter", f.navEnheter());
        }
        if (!f.tiltakskoder().isEmpty()) {
            spec = spec.param("tiltakskoder", f.tiltakskoder());
        }
        if (f.oppstartstype() != null) {
            spec = spec.param("oppstartstype", f.oppstartstype().name());
        }
        if (f.startFra() != null) {
            spec = spec.param("startFra", f.startFra());
        }
        if (f.startTil() != null) {
            spec = spec.param("startTil", f.startTil());
        }
        return spec;
    }

    private static KatalogTreff treff(ResultSet rs, boolean fritekst) throws SQLException {
        String navn = rs.getString("navn");
        String utdrag = rs.getString("utdrag_markert");
        return new KatalogTreff(
                rs.getObject("gjennomforing_id", UUID.class),
                navn,
                fritekst ? Tekstdel.fraMarkert(rs.getString("navn_markert")) : List.of(new Tekstdel(navn, false)),
                rs.getString("tiltakskode"),
                rs.getString("tiltakstype_navn"),
                rs.getObject("arrangor_id", UUID.class),
                rs.getString("arrangor_navn"),
                rs.getString("oppmotested"),
                rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class),
                Oppstartstype.valueOf(rs.getString("oppstartstype")),
                rs.getBoolean("apent_for_pamelding"),
                rs.getInt("antall_plasser"),
                rs.getInt("ledige_plasser"),
                rs.getInt("venteliste"),
                fritekst ? Tekstdel.fraMarkert(utdrag) : utdragUtenTreff(utdrag));
    }

    /** The start of a description cut at the last whole word, with an ellipsis when cut. */
    private static List<Tekstdel> utdragUtenTreff(String tekst) {
        if (tekst.isEmpty()) {
            return List.of();
        }
        if (tekst.length() < 240) {
            return List.of(new Tekstdel(tekst, false));
        }
        int slutt = tekst.lastIndexOf(' ');
        return List.of(new Tekstdel((slutt > 0 ? tekst.substring(0, slutt) : tekst) + " …", false));
    }
}
