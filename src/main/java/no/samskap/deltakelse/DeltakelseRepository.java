package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.deltakelse.domain.Aarsak;
import no.samskap.platform.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for enrolments, their status history, proposals and notifications. */
@Repository
class DeltakelseRepository {

    private static final String KOLONNER = """
            id, gjennomforing_id, arrangor_id, fodselsnummer, navn, status, startdato, sluttdato, deltakelsesprosent,
            innhold, opprettet_av, nav_enhet, version""";
    private static final String FORSLAG_KOLONNER = """
            id, deltakelse_id, type, startdato, sluttdato, deltakelsesprosent, aarsak, aarsak_beskrivelse, begrunnelse,
            status, foreslatt_av, created_at, besvart_av, besvart_tidspunkt, svar_begrunnelse, version""";

    private final JdbcClient jdbc;

    DeltakelseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises place-giving for one implementation until the current transaction ends. */
    void laasPlasser(UUID gjennomforingId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:id))").param("id", gjennomforingId.toString())
                .query((rs, n) -> 1).list();
    }

    /** Whether the person has an enrolment in the implementation that has not ended (nor was registered in error). */
    boolean harApenDeltakelse(UUID gjennomforingId, String fodselsnummer) {
        return jdbc.sql("""
                        select exists(select 1 from deltakelse.deltakelse
                                       where fodselsnummer = :fnr and gjennomforing_id = :g
                                         and status not in ('HAR_SLUTTET', 'FULLFORT', 'AVBRUTT', 'IKKE_AKTUELL', 'FEILREGISTRERT'))""")
                .param("fnr", fodselsnummer).param("g", gjennomforingId).query(Boolean.class).single();
    }

    int antallSomTarPlass(UUID gjennomforingId) {
        return jdbc.sql("select count(*) from deltakelse.deltakelse where gjennomforing_id = :g and status in ('VENTER_PA_OPPSTART', 'DELTAR')")
                .param("g", gjennomforingId).query(Integer.class).single();
    }

    int antallIVenteliste(UUID gjennomforingId) {
        return jdbc.sql("select count(*) from deltakelse.deltakelse where gjennomforing_id = :g and status = 'VENTELISTE'")
                .param("g", gjennomforingId).query(Integer.class).single();
    }

    /** Per implementation (only those with any): how many take a place and how many wait. */
    Map<UUID, Plassbruk> plassbruk(Collection<UUID> gjennomforingIds) {
        if (gjennomforingIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select gjennomforing_id,
                               count(*) filter (where status in ('VENTER_PA_OPPSTART', 'DELTAR')) as opptatt,
                               count(*) filter (where status = 'VENTELISTE') as venteliste
                        from deltakelse.deltakelse
                        where gjennomforing_id = any(:g) and status in ('VENTER_PA_OPPSTART', 'DELTAR', 'VENTELISTE')
                        group by gjennomforing_id""")
                .param("g", gjennomforingIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("gjennomforing_id", UUID.class),
                        new Plassbruk(rs.getInt("opptatt"), rs.getInt("venteliste"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<UUID> forsteIVenteliste(UUID gjennomforingId) {
        return jdbc.sql("""
                        select id from deltakelse.deltakelse where gjennomforing_id = :g and status = 'VENTELISTE'
                        order by created_at, id limit 1""")
                .param("g", gjennomforingId).query(UUID.class).optional();
    }

    void insert(Deltakelse d, Instant naa) {
        jdbc.sql("""
                        insert into deltakelse.deltakelse (id, gjennomforing_id, arrangor_id, fodselsnummer, navn, status,
                          startdato, innhold, opprettet_av, nav_enhet, version, created_at, updated_at)
                        values (:id, :g, :arrangor, :fnr, :navn, :status, :startdato, :innhold, :av, :enhet, 0, :naa, :naa)""")
                .param("id", d.id()).param("g", d.gjennomforingId()).param("arrangor", d.arrangorId())
                .param("fnr", d.fodselsnummer()).param("navn", d.navn()).param("status", d.status().name())
                .param("startdato", d.startdato()).param("innhold", d.innhold()).param("av", d.opprettetAv())
                .param("enhet", d.navEnhet()).param("naa", Timestamp.from(naa)).update();
    }

    /** Enrolments taking part whose end date lies before {@code dag}: the ones the nightly job ends. */
    List<UUID> deltarMedSluttdatoFor(LocalDate dag) {
        return jdbc.sql("select id from deltakelse.deltakelse where status = 'DELTAR' and sluttdato < :dag order by sluttdato, id")
                .param("dag", dag).query(UUID.class).list();
    }

    Optional<Deltakelse> find(UUID id) {
        return jdbc.sql("select " + KOLONNER + " from deltakelse.deltakelse where id = :id")
                .param("id", id).query(DeltakelseRepository::deltakelse).optional();
    }

    /**
     * Writes status, dates, percentage and content of {@code d} if the stored version is {@code d.version() - 1}.
     *
     * @return false when someone else changed it in the meantime
     */
    boolean oppdater(Deltakelse d, Instant naa) {
        return jdbc.sql("""
                        update deltakelse.deltakelse set status = :status, startdato = :start, sluttdato = :slutt,
                          deltakelsesprosent = :prosent, innhold = :innhold, version = :version, updated_at = :naa
                        where id = :id and version = :forrige""")
                .param("status", d.status().name()).param("start", d.startdato()).param("slutt", d.sluttdato())
                .param("prosent", d.deltakelsesprosent()).param("innhold", d.innhold())
                .param("version", d.version()).param("forrige", d.version() - 1)
                .param("naa", Timestamp.from(naa)).param("id", d.id())
                .update() == 1;
    }

    void historikk(UUID deltakelseId, @Nullable DeltakelseStatus fra, DeltakelseStatus til, @Nullable Aarsak aarsak,
            String utfortAv, Instant naa) {
        jdbc.sql("""
                        insert into deltakelse.deltakelse_status_historikk
                          (id, deltakelse_id, fra, til, aarsak, aarsak_beskrivelse, utfort_av, tidspunkt)
                        values (:id, :d, :fra, :til, :aarsak, :beskrivelse, :av, :naa)""")
                .param("id", UUID.randomUUID()).param("d", deltakelseId).param("fra", fra == null ? null : fra.name())
                .param("til", til.name()).param("aarsak", aarsak == null ? null : aarsak.type().name())
                .param("beskrivelse", aarsak == null ? null : aarsak.beskrivelse()).param("av", utfortAv)
                .param("naa", Timestamp.from(naa)).update();
    }

    List<Statusendring> historikk(UUID deltakelseId) {
        return jdbc.sql("""
                        select fra, til, aarsak, aarsak_beskrivelse, utfort_av, tidspunkt
                        from deltakelse.deltakelse_status_historikk where deltakelse_id = :d order by tidspunkt, id""")
                .param("d", deltakelseId)
                .query((rs, n) -> new Statusendring(
                        status(rs.getString("fra")), DeltakelseStatus.valueOf(rs.getString("til")),
                        aarsakstype(rs.getString("aarsak")), rs.getString("aarsak_beskrivelse"),
                        rs.getString("utfort_av"), rs.getTimestamp("tidspunkt").toInstant()))
                .list();
    }

    /**
     * The enrolments that match one of the given relations (an office, providers, a person) and the filter, newest
     * change first.
     */
    Side<Deltakelse> list(Synlighet synlighet, DeltakelseFilter filter) {
        var foresporsel = Side.foresporsel(filter.side(), filter.storrelse());
        String synlig = synlig(synlighet);
        if (synlig.isEmpty()) {
            return new Side<>(List.of(), foresporsel.side(), foresporsel.storrelse(), 0);
        }
        String betingelse = synlig
                + (filter.gjennomforingId() != null ? " and gjennomforing_id = :g" : "")
                + (filter.status() != null ? " and status = :status" : "");
        long totalt = parametre(jdbc.sql("select count(*) from deltakelse.deltakelse where " + betingelse), synlighet, filter)
                .query(Long.class).single();
        List<Deltakelse> innhold = parametre(jdbc.sql("select " + KOLONNER + " from deltakelse.deltakelse where "
                        + betingelse + " order by updated_at desc, id limit :limit offset :offset"), synlighet, filter)
                .param("limit", foresporsel.storrelse()).param("offset", foresporsel.offset())
                .query(DeltakelseRepository::deltakelse).list();
        return new Side<>(innhold, foresporsel.side(), foresporsel.storrelse(), totalt);
    }

    /**
     * The implementations of the enrolments that match one of the relations, those with the newest change first (for
     * a list filter).
     */
    List<UUID> gjennomforingIds(Synlighet synlighet, int antall) {
        String synlig = synlig(synlighet);
        if (synlig.isEmpty()) {
            return List.of();
        }
        return parametre(jdbc.sql("select gjennomforing_id from deltakelse.deltakelse where " + synlig
                        + " group by gjennomforing_id order by max(updated_at) desc limit :antall"),
                        synlighet, DeltakelseFilter.alle())
                .param("antall", antall).query(UUID.class).list();
    }

    /** The where-condition of the relations (empty when none is set: nothing is visible). */
    private static String synlig(Synlighet synlighet) {
        var where = new ArrayList<String>();
        if (synlighet.navEnhet() != null) {
            where.add("nav_enhet = :enhet");
        }
        if (synlighet.arrangorIds() != null) {
            where.add("arrangor_id = any(:arrangorer)");
        }
        if (synlighet.fodselsnummer() != null) {
            where.add("fodselsnummer = :fnr");
        }
        return String.join(" and ", where);
    }

    private static JdbcClient.StatementSpec parametre(JdbcClient.StatementSpec spec, Synlighet s, DeltakelseFilter f) {
        if (s.navEnhet() != null) {
            spec = spec.param("enhet", s.navEnhet());
        }
        if (s.arrangorIds() != null) {
            spec = spec.param("arrangorer", s.arrangorIds().toArray(UUID[]::new));
        }
        if (s.fodselsnummer() != null) {
            spec = spec.param("fnr", s.fodselsnummer());
        }
        if (f.gjennomforingId() != null) {
            spec = spec.param("g", f.gjennomforingId());
        }
        if (f.status() != null) {
            spec = spec.param("status", f.status().name());
        }
        return spec;
    }

    /** A person's enrolments at one office, newest change first. */
    List<Deltakelse> forPerson(String fodselsnummer, String navEnhet) {
        return jdbc.sql("select " + KOLONNER + " from deltakelse.deltakelse where fodselsnummer = :fnr and nav_enhet = :enhet order by updated_at desc, id")
                .param("fnr", fodselsnummer).param("enhet", navEnhet)
                .query(DeltakelseRepository::deltakelse).list();
    }

    /**
     * Who may see which enrolments: exactly one of the three is set.
     *
     * @param navEnhet a counsellor's office
     * @param arrangorIds a provider user's organisations
     * @param fodselsnummer a participant's own number
     */
    record Synlighet(@Nullable String navEnhet, @Nullable Collection<UUID> arrangorIds, @Nullable String fodselsnummer) {}

    // proposals

    void insertForslag(Endringsforslag f) {
        jdbc.sql("insert into deltakelse.endringsforslag (" + FORSLAG_KOLONNER + ", updated_at) values (:id, :d, :type, "
                        + ":start, :slutt, :prosent, :aarsak, :beskrivelse, :begrunnelse, :status, :av, :naa, null, null, null, 0, :naa)")
                .param("id", f.id()).param("d", f.deltakelseId()).param("type", f.type().name())
                .param("start", f.startdato()).param("slutt", f.sluttdato()).param("prosent", f.deltakelsesprosent())
                .param("aarsak", f.aarsak() == null ? null : f.aarsak().name()).param("beskrivelse", f.aarsakBeskrivelse())
                .param("begrunnelse", f.begrunnelse()).param("status", f.status().name()).param("av", f.foreslattAv())
                .param("naa", Timestamp.from(f.foreslatt())).update();
    }

    boolean harApentForslag(UUID deltakelseId, Forslagstype type) {
        return jdbc.sql("select exists(select 1 from deltakelse.endringsforslag where deltakelse_id = :d and type = :t and status = 'VENTER')")
                .param("d", deltakelseId).param("t", type.name()).query(Boolean.class).single();
    }

    Optional<Endringsforslag> finnForslag(UUID id) {
        return jdbc.sql("select " + FORSLAG_KOLONNER + " from deltakelse.endringsforslag where id = :id")
                .param("id", id).query(DeltakelseRepository::forslag).optional();
    }

    List<Endringsforslag> forslag(UUID deltakelseId) {
        return jdbc.sql("select " + FORSLAG_KOLONNER + " from deltakelse.endringsforslag where deltakelse_id = :d order by created_at desc, id")
                .param("d", deltakelseId).query(DeltakelseRepository::forslag).list();
    }

    int antallApneForslag(UUID deltakelseId) {
        return jdbc.sql("select count(*) from deltakelse.endringsforslag where deltakelse_id = :d and status = 'VENTER'")
                .param("d", deltakelseId).query(Integer.class).single();
    }

    /** @return false when the proposal is no longer open at this version */
    boolean besvarForslag(UUID id, long version, Forslagsstatus status, String av, @Nullable String begrunnelse, Instant naa) {
        return jdbc.sql("""
                        update deltakelse.endringsforslag set status = :status, besvart_av = :av, besvart_tidspunkt = :naa,
                          svar_begrunnelse = :begrunnelse, version = version + 1, updated_at = :naa
                        where id = :id and version = :version and status = 'VENTER'""")
                .param("status", status.name()).param("av", av).param("naa", Timestamp.from(naa))
                .param("begrunnelse", begrunnelse).param("id", id).param("version", version)
                .update() == 1;
    }

    // notifications

    void varsle(String mottaker, UUID deltakelseId, Varseltype type, Instant naa) {
        jdbc.sql("""
                        insert into deltakelse.varsel (id, mottaker, deltakelse_id, type, lest, created_at)
                        values (:id, :mottaker, :d, :type, false, :naa)""")
                .param("id", UUID.randomUUID()).param("mottaker", mottaker).param("d", deltakelseId)
                .param("type", type.name()).param("naa", Timestamp.from(naa)).update();
    }

    /** The newest notifications of a counsellor, with the implementation id to name them by. */
    List<VarselRad> varsler(String mottaker, int antall) {
        return jdbc.sql("""
                        select v.id, v.deltakelse_id, d.gjennomforing_id, v.type, v.lest, v.created_at
                        from deltakelse.varsel v join deltakelse.deltakelse d on d.id = v.deltakelse_id
                        where v.mottaker = :m order by v.created_at desc, v.id limit :antall""")
                .param("m", mottaker).param("antall", antall)
                .query((rs, n) -> new VarselRad(rs.getObject("id", UUID.class), rs.getObject("deltakelse_id", UUID.class),
                        rs.getObject("gjennomforing_id", UUID.class), Varseltype.valueOf(rs.getString("type")),
                        rs.getBoolean("lest"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    record VarselRad(UUID id, UUID deltakelseId, UUID gjennomforingId, Varseltype type, boolean lest, Instant opprettet) {}

    long antallUleste(String mottaker) {
        return jdbc.sql("select count(*) from deltakelse.varsel where mottaker = :m and not lest")
                .param("m", mottaker).query(Long.class).single();
    }

    /** @return the notification's enrolment; empty when the notification is not the recipient's */
    Optional<UUID> merkLest(UUID id, String mottaker) {
        return jdbc.sql("update deltakelse.varsel set lest = true where id = :id and mottaker = :m returning deltakelse_id")
                .param("id", id).param("m", mottaker).query(UUID.class).optional();
    }

    private static Deltakelse deltakelse(ResultSet rs, int n) throws SQLException {
        return new Deltakelse(
                rs.getObject("id", UUID.class), rs.getObject("gjennomforing_id", UUID.class),
                rs.getObject("arrangor_id", UUID.class), rs.getString("fodselsnummer"), rs.getString("navn"),
                DeltakelseStatus.valueOf(rs.getString("status")), rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class), rs.getObject("deltakelsesprosent", BigDecimal.class),
                rs.getString("innhold"), rs.getString("opprettet_av"), rs.getString("nav_enhet"), rs.getLong("version"));
    }

    private static Endringsforslag forslag(ResultSet rs, int n) throws SQLException {
        Timestamp besvart = rs.getTimestamp("besvart_tidspunkt");
        return new Endringsforslag(
                rs.getObject("id", UUID.class), rs.getObject("deltakelse_id", UUID.class),
                Forslagstype.valueOf(rs.getString("type")), rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class), rs.getObject("deltakelsesprosent", BigDecimal.class),
                aarsakstype(rs.getString("aarsak")), rs.getString("aarsak_beskrivelse"), rs.getString("begrunnelse"),
                Forslagsstatus.valueOf(rs.getString("status")), rs.getString("foreslatt_av"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("besvart_av"),
                besvart == null ? null : besvart.toInstant(), rs.getString("svar_begrunnelse"), rs.getLong("version"));
    }

    private static @Nullable DeltakelseStatus status(@Nullable String s) {
        return s == null ? null : DeltakelseStatus.valueOf(s);
    }

    private static @Nullable Aarsakstype aarsakstype(@Nullable String s) {
        return s == null ? null : Aarsakstype.valueOf(s);
    }
}
