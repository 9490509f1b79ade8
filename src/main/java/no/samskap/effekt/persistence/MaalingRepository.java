package no.samskap.effekt.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.effekt.domain.Bevis;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants of outcome contracts (personal data), their outcome events with evidence, the checkpoints scheduled
 * from them, notifications to parties and soft-outcome readings.
 */
@Repository
public class MaalingRepository {

    private static final String DELTAKER_KOLONNER = """
            id, kontrakt_id, leverandor_id, referanse, fodselsnummer, fodselsdato, innsatsgruppe, gjennomforing_id,
            inntaksdato, sluttdato, kohort, registrert_av, version""";
    private static final String UTFALL_KOLONNER =
            "id, kontrakt_id, deltaker_id, maal, dato, verdi, jobbforlop, kilde, registrert_av, registrert";
    private static final String SJEKKPUNKT_KOLONNER = """
            id, kontrakt_id, deltaker_id, leverandor_id, utlosende_utfall_id, antall, enhet, maal, forfallsdato,
            varsles_fra, status, oppfylt_utfall_id""";

    private final JdbcClient jdbc;

    MaalingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A participant as stored: personal data. */
    public record DeltakerRad(
            UUID id,
            UUID kontraktId,
            UUID leverandorId,
            String referanse,
            @Nullable String fodselsnummer,
            @Nullable LocalDate fodselsdato,
            @Nullable Innsatsgruppe innsatsgruppe,
            @Nullable UUID gjennomforingId,
            LocalDate inntaksdato,
            @Nullable LocalDate sluttdato,
            @Nullable String kohort,
            String registrertAv,
            long version) {

        /** Who the audit log names: the fødselsnummer when known, else the participant's id in this module. */
        public String personRef() {
            return fodselsnummer != null ? fodselsnummer : "effekt-deltaker:" + id;
        }
    }

    /** An outcome event with its evidence. */
    public record UtfallRad(
            UUID id,
            UUID kontraktId,
            UUID deltakerId,
            String maal,
            LocalDate dato,
            @Nullable BigDecimal verdi,
            @Nullable String jobbforlop,
            String kilde,
            String registrertAv,
            Instant registrert,
            List<Bevis> bevis) {}

    public record SjekkpunktRad(
            UUID id,
            UUID kontraktId,
            UUID deltakerId,
            UUID leverandorId,
            UUID utlosendeUtfallId,
            int antall,
            String enhet,
            @Nullable String maal,
            LocalDate forfallsdato,
            LocalDate varslesFra,
            String status,
            @Nullable UUID oppfyltUtfallId) {}

    public record VarselRad(
            UUID id, UUID kontraktId, UUID mottakerId, String type, UUID referanse, @Nullable LocalDate dato,
            boolean lest, Instant opprettet) {}

    public record MykMaalingRad(
            UUID id, UUID kontraktId, UUID deltakerId, String skala, LocalDate dato, int egenvurdering,
            @Nullable Integer veiledervurdering, String registrertAv, Instant registrert) {}

    // ---- participants

    public void insert(DeltakerRad d, Instant naa) {
        jdbc.sql("""
                        insert into effekt.deltaker (id, kontrakt_id, leverandor_id, referanse, fodselsnummer, fodselsdato,
                          innsatsgruppe, gjennomforing_id, inntaksdato, sluttdato, kohort, registrert_av, version,
                          created_at, updated_at)
                        values (:id, :kontrakt, :leverandor, :referanse, :fnr, :fodselsdato, :innsatsgruppe, :g,
                          :inntaksdato, :sluttdato, :kohort, :av, 0, :naa, :naa)""")
                .param("id", d.id()).param("kontrakt", d.kontraktId()).param("leverandor", d.leverandorId())
                .param("referanse", d.referanse()).param("fnr", d.fodselsnummer()).param("fodselsdato", d.fodselsdato())
                .param("innsatsgruppe", d.innsatsgruppe() == null ? null : d.innsatsgruppe().name())
                .param("g", d.gjennomforingId()).param("inntaksdato", d.inntaksdato()).param("sluttdato", d.sluttdato())
                .param("kohort", d.kohort()).param("av", d.registrertAv()).param("naa", Timestamp.from(naa))
                .update();
    }

    /** Writes the end date and cohort if the stored version is {@code version}; else {@link StaleVersion}. */
    public void oppdater(UUID id, @Nullable LocalDate sluttdato, @Nullable String kohort, long version, Instant naa) {
        int rader = jdbc.sql("""
                        update effekt.deltaker set sluttdato = :sluttdato, kohort = :kohort, version = version + 1,
                          updated_at = :naa where id = :id and version = :version""")
                .param("sluttdato", sluttdato).param("kohort", kohort).param("naa", Timestamp.from(naa))
                .param("id", id).param("version", version).update();
        if (rader != 1) {
            throw new StaleVersion("effekt-deltaker", id);
        }
    }

    public Optional<DeltakerRad> deltaker(UUID kontraktId, UUID id) {
        return jdbc.sql("select " + DELTAKER_KOLONNER + " from effekt.deltaker where kontrakt_id = :k and id = :id")
                .param("k", kontraktId).param("id", id).query(MaalingRepository::deltaker).optional();
    }

    /** The contract's participants (of the given providers, or all when null), by reference. */
    public List<DeltakerRad> deltakere(UUID kontraktId, @Nullable Collection<UUID> leverandorer) {
        if (leverandorer == null) {
            return jdbc.sql("select " + DELTAKER_KOLONNER + " from effekt.deltaker where kontrakt_id = :k order by referanse")
                    .param("k", kontraktId).query(MaalingRepository::deltaker).list();
        }
        return jdbc.sql("select " + DELTAKER_KOLONNER + " " + """
                         from effekt.deltaker where kontrakt_id = :k and leverandor_id = any(:l) order by referanse""")
                .param("k", kontraktId).param("l", leverandorer.toArray(UUID[]::new))
                .query(MaalingRepository::deltaker).list();
    }

    public Optional<DeltakerRad> deltakerMedReferanse(UUID kontraktId, String referanse) {
        return jdbc.sql("select " + DELTAKER_KOLONNER + " from effekt.deltaker where kontrakt_id = :k and referanse = :r")
                .param("k", kontraktId).param("r", referanse).query(MaalingRepository::deltaker).optional();
    }

    // ---- outcome events

    public void insert(UtfallRad u) {
        jdbc.sql("""
                        insert into effekt.utfall (id, kontrakt_id, deltaker_id, maal, dato, verdi, jobbforlop, kilde,
                          registrert_av, registrert)
                        values (:id, :kontrakt, :deltaker, :maal, :dato, :verdi, :jobbforlop, :kilde, :av, :naa)""")
                .param("id", u.id()).param("kontrakt", u.kontraktId()).param("deltaker", u.deltakerId())
                .param("maal", u.maal()).param("dato", u.dato()).param("verdi", u.verdi())
                .param("jobbforlop", u.jobbforlop()).param("kilde", u.kilde()).param("av", u.registrertAv())
                .param("naa", Timestamp.from(u.registrert()))
                .update();
        for (int i = 0; i < u.bevis().size(); i++) {
            Bevis b = u.bevis().get(i);
            jdbc.sql("insert into effekt.bevis (utfall_id, nr, type, referanse) values (:u, :nr, :type, :ref)")
                    .param("u", u.id()).param("nr", i + 1).param("type", b.type().name()).param("ref", b.referanse())
                    .update();
        }
    }

    public Optional<UtfallRad> ettUtfall(UUID kontraktId, UUID id) {
        return medBevis(jdbc.sql("select " + UTFALL_KOLONNER + " from effekt.utfall where kontrakt_id = :k and id = :id")
                .param("k", kontraktId).param("id", id).query(MaalingRepository::utfall).list()).stream().findFirst();
    }

    /** The contract's outcome events (of the given participants, or all when null), in date order. */
    public List<UtfallRad> utfall(UUID kontraktId, @Nullable Collection<UUID> deltakere) {
        if (deltakere == null) {
            return medBevis(jdbc.sql("select " + UTFALL_KOLONNER
                            + " from effekt.utfall where kontrakt_id = :k order by dato, registrert, id")
                    .param("k", kontraktId).query(MaalingRepository::utfall).list());
        }
        return medBevis(jdbc.sql("select " + UTFALL_KOLONNER + " " + """
                         from effekt.utfall where kontrakt_id = :k and deltaker_id = any(:d) order by dato, registrert, id""")
                .param("k", kontraktId).param("d", deltakere.toArray(UUID[]::new))
                .query(MaalingRepository::utfall).list());
    }

    private List<UtfallRad> medBevis(List<UtfallRad> utfall) {
        if (utfall.isEmpty()) {
            return utfall;
        }
        Map<UUID, List<Bevis>> bevis = new HashMap<>();
        jdbc.sql("select utfall_id, type, referanse from effekt.bevis where utfall_id = any(:u) order by utfall_id, nr")
                .param("u", utfall.stream().map(UtfallRad::id).toArray(UUID[]::new))
                .query(rs -> {
                    bevis.computeIfAbsent(rs.getObject("utfall_id", UUID.class), k -> new ArrayList<>())
                            .add(new Bevis(Bevistype.valueOf(rs.getString("type")), rs.getString("referanse")));
                });
        return utfall.stream()
                .map(u -> new UtfallRad(u.id(), u.kontraktId(), u.deltakerId(), u.maal(), u.dato(), u.verdi(),
                        u.jobbforlop(), u.kilde(), u.registrertAv(), u.registrert(),
                        bevis.getOrDefault(u.id(), List.of())))
                .toList();
    }

    // ---- checkpoints

    public void insert(SjekkpunktRad s) {
        jdbc.sql("""
                        insert into effekt.sjekkpunkt (id, kontrakt_id, deltaker_id, leverandor_id, utlosende_utfall_id,
                          antall, enhet, maal, forfallsdato, varsles_fra, status)
                        values (:id, :kontrakt, :deltaker, :leverandor, :utfall, :antall, :enhet, :maal, :forfall,
                          :varsles, :status)
                        on conflict (utlosende_utfall_id, antall, enhet) do nothing""")
                .param("id", s.id()).param("kontrakt", s.kontraktId()).param("deltaker", s.deltakerId())
                .param("leverandor", s.leverandorId()).param("utfall", s.utlosendeUtfallId())
                .param("antall", s.antall()).param("enhet", s.enhet()).param("maal", s.maal())
                .param("forfall", s.forfallsdato()).param("varsles", s.varslesFra()).param("status", s.status())
                .update();
    }

    /**
     * Marks the participant's earliest open checkpoint of the metric as fulfilled by the outcome event.
     *
     * @return whether one was open
     */
    public boolean oppfyll(UUID deltakerId, String maal, UUID utfallId) {
        return jdbc.sql("""
                        update effekt.sjekkpunkt set status = 'OPPFYLT', oppfylt_utfall_id = :utfall
                        where id = (select id from effekt.sjekkpunkt where deltaker_id = :d and maal = :maal
                                      and status <> 'OPPFYLT' order by forfallsdato, id limit 1)""")
                .param("utfall", utfallId).param("d", deltakerId).param("maal", maal).update() == 1;
    }

    /** The contract's checkpoints (of the given providers, or all when null), by due date. */
    public List<SjekkpunktRad> sjekkpunkter(UUID kontraktId, @Nullable Collection<UUID> leverandorer) {
        var spec = leverandorer == null
                ? jdbc.sql("select " + SJEKKPUNKT_KOLONNER
                        + " from effekt.sjekkpunkt where kontrakt_id = :k order by forfallsdato, id")
                : jdbc.sql("select " + SJEKKPUNKT_KOLONNER + " from effekt.sjekkpunkt where kontrakt_id = :k"
                                + " and leverandor_id = any(:l) order by forfallsdato, id")
                        .param("l", leverandorer.toArray(UUID[]::new));
        return spec.param("k", kontraktId).query(MaalingRepository::sjekkpunkt).list();
    }

    /** Open checkpoints whose reminder date has come (locked for the caller's transaction; skips locked ones). */
    public List<SjekkpunktRad> tilVarsling(LocalDate idag) {
        return jdbc.sql("select " + SJEKKPUNKT_KOLONNER + " " + """
                         from effekt.sjekkpunkt where status in ('PLANLAGT', 'VARSLET') and varsles_fra <= :idag
                         order by forfallsdato, id for update skip locked""")
                .param("idag", idag).query(MaalingRepository::sjekkpunkt).list();
    }

    public void settStatus(UUID sjekkpunktId, String status, @Nullable Instant varslet) {
        jdbc.sql("update effekt.sjekkpunkt set status = :status, varslet = coalesce(:varslet, varslet) where id = :id")
                .param("status", status).param("varslet", varslet == null ? null : Timestamp.from(varslet))
                .param("id", sjekkpunktId).update();
    }

    // ---- notifications

    /** Adds a notification unless one of this type for this reference exists (listeners are redelivered). */
    public boolean varsle(VarselRad v) {
        return jdbc.sql("""
                        insert into effekt.varsel (id, kontrakt_id, mottaker_id, type, referanse, dato, lest, created_at)
                        values (:id, :kontrakt, :mottaker, :type, :ref, :dato, false, :naa)
                        on conflict (type, referanse) do nothing""")
                .param("id", v.id()).param("kontrakt", v.kontraktId()).param("mottaker", v.mottakerId())
                .param("type", v.type()).param("ref", v.referanse()).param("dato", v.dato())
                .param("naa", Timestamp.from(v.opprettet()))
                .update() == 1;
    }

    /** The contract's notifications to the given parties (all when null), newest first. */
    public List<VarselRad> varsler(UUID kontraktId, @Nullable Collection<UUID> mottakere) {
        var spec = mottakere == null
                ? jdbc.sql("""
                        select id, kontrakt_id, mottaker_id, type, referanse, dato, lest, created_at from effekt.varsel
                        where kontrakt_id = :k order by created_at desc, id""")
                : jdbc.sql("""
                        select id, kontrakt_id, mottaker_id, type, referanse, dato, lest, created_at from effekt.varsel
                        where kontrakt_id = :k and mottaker_id = any(:m) order by created_at desc, id""")
                        .param("m", mottakere.toArray(UUID[]::new));
        return spec.param("k", kontraktId)
                .query((rs, n) -> new VarselRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                        rs.getObject("mottaker_id", UUID.class), rs.getString("type"),
                        rs.getObject("referanse", UUID.class), rs.getObject("dato", LocalDate.class),
                        rs.getBoolean("lest"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public boolean merkLest(UUID kontraktId, UUID varselId, Collection<UUID> mottakere) {
        return jdbc.sql("""
                        update effekt.varsel set lest = true
                        where kontrakt_id = :k and id = :id and mottaker_id = any(:m)""")
                .param("k", kontraktId).param("id", varselId).param("m", mottakere.toArray(UUID[]::new))
                .update() == 1;
    }

    // ---- soft outcomes

    public void insert(MykMaalingRad m) {
        jdbc.sql("""
                        insert into effekt.myk_maaling (id, kontrakt_id, deltaker_id, skala, dato, egenvurdering,
                          veiledervurdering, registrert_av, registrert)
                        values (:id, :kontrakt, :deltaker, :skala, :dato, :egen, :veileder, :av, :naa)""")
                .param("id", m.id()).param("kontrakt", m.kontraktId()).param("deltaker", m.deltakerId())
                .param("skala", m.skala()).param("dato", m.dato()).param("egen", m.egenvurdering())
                .param("veileder", m.veiledervurdering()).param("av", m.registrertAv())
                .param("naa", Timestamp.from(m.registrert()))
                .update();
    }

    /** The contract's readings (of the given participants, or all when null), per scale, participant and date. */
    public List<MykMaalingRad> mykeMaalinger(UUID kontraktId, @Nullable Collection<UUID> deltakere) {
        String kolonner = """
                select id, kontrakt_id, deltaker_id, skala, dato, egenvurdering, veiledervurdering, registrert_av,
                  registrert from effekt.myk_maaling where kontrakt_id = :k""";
        var spec = deltakere == null
                ? jdbc.sql(kolonner + " order by skala, deltaker_id, dato")
                : jdbc.sql(kolonner + " and deltaker_id = any(:d) order by skala, deltaker_id, dato")
                        .param("d", deltakere.toArray(UUID[]::new));
        return spec.param("k", kontraktId)
                .query((rs, n) -> new MykMaalingRad(rs.getObject("id", UUID.class),
                        rs.getObject("kontrakt_id", UUID.class), rs.getObject("deltaker_id", UUID.class),
                        rs.getString("skala"), rs.getObject("dato", LocalDate.class), rs.getInt("egenvurdering"),
                        rs.getObject("veiledervurdering", Integer.class), rs.getString("registrert_av"),
                        rs.getTimestamp("registrert").toInstant()))
                .list();
    }

    private static DeltakerRad deltaker(ResultSet rs, int n) throws SQLException {
        String innsatsgruppe = rs.getString("innsatsgruppe");
        return new DeltakerRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                rs.getObject("leverandor_id", UUID.class), rs.getString("referanse"), rs.getString("fodselsnummer"),
                rs.getObject("fodselsdato", LocalDate.class),
                innsatsgruppe == null ? null : Innsatsgruppe.valueOf(innsatsgruppe),
                rs.getObject("gjennomforing_id", UUID.class), rs.getObject("inntaksdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class), rs.getString("kohort"), rs.getString("registrert_av"),
                rs.getLong("version"));
    }

    private static UtfallRad utfall(ResultSet rs, int n) throws SQLException {
        BigDecimal verdi = rs.getBigDecimal("verdi");
        return new UtfallRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                rs.getObject("deltaker_id", UUID.class), rs.getString("maal"), rs.getObject("dato", LocalDate.class),
                verdi == null ? null : tall(verdi), rs.getString("jobbforlop"), rs.getString("kilde"),
                rs.getString("registrert_av"), rs.getTimestamp("registrert").toInstant(), List.of());
    }

    /** A measured value without trailing zeros and never in exponent form (1000, not 1E+3). */
    static BigDecimal tall(BigDecimal verdi) {
        BigDecimal v = verdi.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static SjekkpunktRad sjekkpunkt(ResultSet rs, int n) throws SQLException {
        return new SjekkpunktRad(rs.getObject("id", UUID.class), rs.getObject("kontrakt_id", UUID.class),
                rs.getObject("deltaker_id", UUID.class), rs.getObject("leverandor_id", UUID.class),
                rs.getObject("utlosende_utfall_id", UUID.class), rs.getInt("antall"), rs.getString("enhet"),
                rs.getString("maal"), rs.getObject("forfallsdato", LocalDate.class),
                rs.getObject("varsles_fra", LocalDate.class), rs.getString("status"),
                rs.getObject("oppfylt_utfall_id", UUID.class));
    }
}
