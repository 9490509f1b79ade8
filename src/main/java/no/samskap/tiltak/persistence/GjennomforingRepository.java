package no.samskap.tiltak.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.platform.Historikk;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import no.samskap.tiltak.domain.Gjennomforing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and loads implementations (with their offices and contact persons) and their history. */
@Repository
public class GjennomforingRepository {

    private static final String GJENNOMFORING = "gjennomforing";

    private final JdbcClient jdbc;

    GjennomforingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Gjennomforing> find(UUID id) {
        return jdbc.sql("""
                        select id, avtale_id, tiltakskode, arrangor_id, navn, startdato, sluttdato, antall_plasser,
                               oppstartstype, prismodell_id, oppmotested, estimert_ventetid_verdi,
                               estimert_ventetid_enhet, beskrivelse, publisert, apent_for_pamelding, status,
                               avbrutt_dato, avbrutt_aarsak, version
                          from tiltak.gjennomforing
                         where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> mapRow(rs))
                .optional();
    }

    /** Loads for change, locking the row so concurrent changes queue (the version still guards against stale forms). */
    public Gjennomforing getForUpdate(UUID id) {
        jdbc.sql("select id from tiltak.gjennomforing where id = :id for update")
                .param("id", id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFound(GJENNOMFORING, id));
        return find(id).orElseThrow(() -> new NotFound(GJENNOMFORING, id));
    }

    /** Ids of running implementations whose end date is before {@code idag}. */
    public List<UUID> findUtlopte(LocalDate idag) {
        return jdbc.sql("""
                        select id from tiltak.gjennomforing
                         where status = 'GJENNOMFORES' and sluttdato < :idag
                         order by sluttdato, id
                        """)
                .param("idag", idag)
                .query(UUID.class)
                .list();
    }

    public void insert(Gjennomforing g, Instant now) {
        jdbc.sql("""
                        insert into tiltak.gjennomforing (id, avtale_id, tiltakskode, arrangor_id, navn, startdato,
                               sluttdato, antall_plasser, oppstartstype, prismodell_id, oppmotested,
                               estimert_ventetid_verdi, estimert_ventetid_enhet, beskrivelse, publisert,
                               apent_for_pamelding, status, avbrutt_dato, avbrutt_aarsak, version, created_at, updated_at)
                        values (:id, :avtaleId, :tiltakskode, :arrangorId, :navn, :startdato, :sluttdato,
                               :antallPlasser, :oppstartstype, :prismodellId, :oppmotested, :ventetidVerdi,
                               :ventetidEnhet, :beskrivelse, :publisert, :apentForPamelding, :status, :avbruttDato,
                               :avbruttAarsak, 0, :now, :now)
                        """)
                .paramSource(params(g, now)
                        .addValue("avtaleId", g.avtaleId())
                        .addValue("tiltakskode", g.tiltakskode())
                        .addValue("arrangorId", g.arrangorId()))
                .update();
        insertChildren(g);
    }

    /**
     * Writes the changed implementation if nobody else changed it since it was loaded.
     *
     * @throws StaleVersion when the stored version is not the loaded one
     */
    public void update(Gjennomforing g, Instant now) {
        int rows = jdbc.sql("""
                        update tiltak.gjennomforing
                           set navn = :navn, startdato = :startdato, sluttdato = :sluttdato,
                               antall_plasser = :antallPlasser, oppstartstype = :oppstartstype,
                               prismodell_id = :prismodellId, oppmotested = :oppmotested,
                               estimert_ventetid_verdi = :ventetidVerdi, estimert_ventetid_enhet = :ventetidEnhet,
                               beskrivelse = :beskrivelse, publisert = :publisert,
                               apent_for_pamelding = :apentForPamelding, status = :status,
                               avbrutt_dato = :avbruttDato, avbrutt_aarsak = :avbruttAarsak,
                               version = version + 1, updated_at = :now
                         where id = :id and version = :version
                        """)
                .paramSource(params(g, now).addValue("version", g.version()))
                .update();
        if (rows == 0) {
            throw new StaleVersion(GJENNOMFORING, g.id());
        }
        for (String table : List.of(
                "gjennomforing_nav_enhet", "gjennomforing_arrangor_kontaktperson", "gjennomforing_nav_kontaktperson")) {
            jdbc.sql("delete from tiltak." + table + " where gjennomforing_id = :id")
                    .param("id", g.id())
                    .update();
        }
        insertChildren(g);
    }

    public void insertHistorikk(UUID gjennomforingId, Historikk.Oppforing oppforing) {
        jdbc.sql("""
                        insert into tiltak.gjennomforing_historikk (id, gjennomforing_id, tidspunkt, utfort_av,
                               operasjon, snapshot)
                        values (:id, :gjennomforingId, :tidspunkt, :utfortAv, :operasjon, cast(:snapshot as jsonb))
                        """)
                .param("id", UUID.randomUUID())
                .param("gjennomforingId", gjennomforingId)
                .param("tidspunkt", Timestamp.from(oppforing.tidspunkt()))
                .param("utfortAv", oppforing.utfortAv())
                .param("operasjon", oppforing.operasjon())
                .param("snapshot", Historikk.tilJson(oppforing.snapshot()))
                .update();
    }

    /** The history of one implementation, oldest first. */
    public List<Historikk.Oppforing> historikk(UUID gjennomforingId) {
        return jdbc.sql("""
                        select tidspunkt, utfort_av, operasjon, snapshot::text as snapshot
                          from tiltak.gjennomforing_historikk
                         where gjennomforing_id = :id
                         order by tidspunkt, id
                        """)
                .param("id", gjennomforingId)
                .query(Historikk::fraRad)
                .list();
    }

    private void insertChildren(Gjennomforing g) {
        for (String enhet : g.navEnheter().stream().sorted().toList()) {
            jdbc.sql("""
                            insert into tiltak.gjennomforing_nav_enhet (gjennomforing_id, enhetsnummer)
                            values (:id, :enhet)""")
                    .param("id", g.id())
                    .param("enhet", enhet)
                    .update();
        }
        for (UUID kontaktperson : g.arrangorKontaktpersoner()) {
            jdbc.sql("""
                            insert into tiltak.gjennomforing_arrangor_kontaktperson (gjennomforing_id, kontaktperson_id)
                            values (:id, :kontaktperson)""")
                    .param("id", g.id())
                    .param("kontaktperson", kontaktperson)
                    .update();
        }
        int rekkefolge = 0;
        for (NavKontaktperson k : g.navKontaktpersoner()) {
            jdbc.sql("""
                            insert into tiltak.gjennomforing_nav_kontaktperson (gjennomforing_id, nav_ident, navn,
                                   epost, rekkefolge)
                            values (:id, :navIdent, :navn, :epost, :rekkefolge)""")
                    .param("id", g.id())
                    .param("navIdent", k.navIdent())
                    .param("navn", k.navn())
                    .param("epost", k.epost())
                    .param("rekkefolge", rekkefolge++)
                    .update();
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Gjennomforing g, Instant now) {
        EstimertVentetid ventetid = g.estimertVentetid();
        var p = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource();
        p.addValue("id", g.id());
        p.addValue("navn", g.navn());
        p.addValue("startdato", g.startdato());
        p.addValue("sluttdato", g.sluttdato(), java.sql.Types.DATE);
        p.addValue("antallPlasser", g.antallPlasser());
        p.addValue("oppstartstype", g.oppstartstype().name());
        p.addValue("prismodellId", g.prismodellId());
        p.addValue("oppmotested", g.oppmotested(), java.sql.Types.VARCHAR);
        p.addValue("ventetidVerdi", ventetid == null ? null : ventetid.verdi(), java.sql.Types.INTEGER);
        p.addValue(
                "ventetidEnhet",
                ventetid == null || ventetid.enhet() == null ? null : ventetid.enhet().name(),
                java.sql.Types.VARCHAR);
        p.addValue("beskrivelse", g.beskrivelse(), java.sql.Types.VARCHAR);
        p.addValue("publisert", g.publisert());
        p.addValue("apentForPamelding", g.apentForPamelding());
        p.addValue("status", g.status().name());
        p.addValue("avbruttDato", g.avbruttDato(), java.sql.Types.DATE);
        p.addValue("avbruttAarsak", g.avbruttAarsak(), java.sql.Types.VARCHAR);
        p.addValue("now", Timestamp.from(now));
        return p;
    }

    private Gjennomforing mapRow(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Integer ventetidVerdi = rs.getObject("estimert_ventetid_verdi", Integer.class);
        String ventetidEnhet = rs.getString("estimert_ventetid_enhet");
        return new Gjennomforing(
                id,
                rs.getObject("avtale_id", UUID.class),
                rs.getString("tiltakskode"),
                rs.getObject("arrangor_id", UUID.class),
                rs.getString("navn"),
                rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class),
                rs.getInt("antall_plasser"),
                Oppstartstype.valueOf(rs.getString("oppstartstype")),
                rs.getObject("prismodell_id", UUID.class),
                navEnheter(id),
                arrangorKontaktpersoner(id),
                navKontaktpersoner(id),
                rs.getString("oppmotested"),
                ventetidVerdi == null || ventetidEnhet == null
                        ? null
                        : new EstimertVentetid(ventetidVerdi, EstimertVentetid.Enhet.valueOf(ventetidEnhet)),
                rs.getString("beskrivelse"),
                rs.getBoolean("publisert"),
                rs.getBoolean("apent_for_pamelding"),
                GjennomforingStatus.valueOf(rs.getString("status")),
                rs.getObject("avbrutt_dato", LocalDate.class),
                rs.getString("avbrutt_aarsak"),
                rs.getLong("version"));
    }

    private Set<String> navEnheter(UUID id) {
        return Set.copyOf(jdbc.sql("""
                        select enhetsnummer from tiltak.gjennomforing_nav_enhet
                         where gjennomforing_id = :id order by enhetsnummer""")
                .param("id", id)
                .query(String.class)
                .list());
    }

    private List<UUID> arrangorKontaktpersoner(UUID id) {
        return jdbc.sql("""
                        select kontaktperson_id from tiltak.gjennomforing_arrangor_kontaktperson
                         where gjennomforing_id = :id order by kontaktperson_id""")
                .param("id", id)
                .query(UUID.class)
                .list();
    }

    private List<NavKontaktperson> navKontaktpersoner(UUID id) {
        return new ArrayList<>(jdbc.sql("""
                        select nav_ident, navn, epost from tiltak.gjennomforing_nav_kontaktperson
                         where gjennomforing_id = :id order by rekkefolge""")
                .param("id", id)
                .query((rs, n) -> new NavKontaktperson(rs.getString("nav_ident"), rs.getString("navn"), rs.getString("epost")))
                .list());
    }
}
