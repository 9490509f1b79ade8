package no.samskap.avtale.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.avtale.domain.Avbrudd;
import no.samskap.avtale.Avbrytelsesaarsak;
import no.samskap.avtale.domain.Avtale;
import no.samskap.avtale.domain.AvtaleInnhold;
import no.samskap.avtale.domain.Opsjon;
import no.samskap.avtale.domain.Prismodell;
import no.samskap.avtale.domain.Sats;
import no.samskap.platform.Historikk;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Belop;
import no.samskap.shared.NotFound;
import no.samskap.shared.Prismodelltype;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and loads the agreement aggregate (agreement, price models with rates, options) and its history rows. */
@Repository
public class AvtaleRepository {


    private final JdbcClient jdbc;

    AvtaleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Avtale a, Instant naa) {
        var i = a.innhold();
        jdbc.sql("""
                        insert into avtale.avtale (id, version, navn, tiltakskode, avtaletype, sakarkivnummer,
                            arrangor_hovedenhet_id, arrangor_underenheter, arrangor_kontaktpersoner, startdato, sluttdato,
                            opsjon_maks_varighet, nav_regioner, nav_enheter, administratorer, beskrivelse,
                            created_at, updated_at)
                        values (:id, 0, :navn, :tiltakskode, :avtaletype, :sakarkivnummer,
                            :hovedenhet, :underenheter, :kontaktpersoner, :startdato, :sluttdato,
                            :opsjonMaks, :regioner, :enheter, :administratorer, :beskrivelse, :naa, :naa)
                        """)
                .param("id", a.id())
                .param("tiltakskode", a.tiltakskode())
                .params(innhold(i))
                .param("naa", Timestamp.from(naa))
                .update();
        skrivPrismodeller(a);
    }

    /** Writes the changed aggregate if nobody changed it since it was loaded; else {@link StaleVersion}. */
    public void update(Avtale a, Instant naa) {
        var i = a.innhold();
        var avbrudd = a.avbrudd();
        int rows = jdbc.sql("""
                        update avtale.avtale
                           set version = version + 1, navn = :navn, avtaletype = :avtaletype,
                               sakarkivnummer = :sakarkivnummer, arrangor_hovedenhet_id = :hovedenhet,
                               arrangor_underenheter = :underenheter, arrangor_kontaktpersoner = :kontaktpersoner,
                               startdato = :startdato, sluttdato = :sluttdato, opsjon_maks_varighet = :opsjonMaks,
                               nav_regioner = :regioner, nav_enheter = :enheter, administratorer = :administratorer,
                               beskrivelse = :beskrivelse, avbrutt_tidspunkt = :avbruttTidspunkt,
                               avbrutt_aarsaker = :avbruttAarsaker, avbrutt_forklaring = :avbruttForklaring,
                               avslutning_registrert_at = :avslutning, updated_at = :naa
                         where id = :id and version = :version
                        """)
                .param("id", a.id())
                .param("version", a.version())
                .params(innhold(i))
                .param("avbruttTidspunkt", avbrudd == null ? null : Timestamp.from(avbrudd.tidspunkt()))
                .param("avbruttAarsaker", avbrudd == null ? null
                        : avbrudd.aarsaker().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("avbruttForklaring", avbrudd == null ? null : avbrudd.forklaring())
                .param("avslutning", a.avslutningRegistrert() == null ? null : Timestamp.from(a.avslutningRegistrert()))
                .param("naa", Timestamp.from(naa))
                .update();
        if (rows == 0) {
            throw new StaleVersion("avtale", a.id());
        }
        jdbc.sql("delete from avtale.prismodell where avtale_id = :id").param("id", a.id()).update();
        skrivPrismodeller(a);
        for (Opsjon o : a.opsjoner()) {
            jdbc.sql("""
                            insert into avtale.opsjon (id, avtale_id, forrige_sluttdato, ny_sluttdato, registrert_av, registrert_at)
                            values (:id, :avtale, :forrige, :ny, :av, :at)
                            on conflict (id) do nothing
                            """)
                    .param("id", o.id())
                    .param("avtale", a.id())
                    .param("forrige", o.forrigeSluttdato())
                    .param("ny", o.nySluttdato())
                    .param("av", o.registrertAv())
                    .param("at", Timestamp.from(o.registrertTidspunkt()))
                    .update();
        }
    }

    private void skrivPrismodeller(Avtale a) {
        int rekkefolge = 0;
        for (Prismodell p : a.prismodeller()) {
            jdbc.sql("""
                            insert into avtale.prismodell (id, avtale_id, type, beskrivelse, rekkefolge)
                            values (:id, :avtale, :type, :beskrivelse, :rekkefolge)
                            """)
                    .param("id", p.id())
                    .param("avtale", a.id())
                    .param("type", p.type().name())
                    .param("beskrivelse", p.beskrivelse())
                    .param("rekkefolge", rekkefolge++)
                    .update();
            for (Sats s : p.satser()) {
                jdbc.sql("""
                                insert into avtale.prismodell_sats (prismodell_id, gyldig_fra, belop)
                                values (:id, :gyldigFra, :belop)
                                """)
                        .param("id", p.id())
                        .param("gyldigFra", s.gyldigFra())
                        .param("belop", s.belop().kroner())
                        .update();
            }
        }
    }

    public Avtale get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("avtale", id));
    }

    public Optional<Avtale> find(UUID id) {
        var rad = jdbc.sql("""
                        select id, version, navn, tiltakskode, avtaletype, sakarkivnummer, arrangor_hovedenhet_id,
                               arrangor_underenheter, arrangor_kontaktpersoner, startdato, sluttdato,
                               opsjon_maks_varighet, nav_regioner, nav_enheter, administratorer, beskrivelse,
                               avbrutt_tidspunkt, avbrutt_aarsaker, avbrutt_forklaring, avslutning_registrert_at,
                               created_at
                          from avtale.avtale
                         where id = :id
                        """)
                .param("id", id)
                .query(AvtaleRepository::mapRad)
                .optional();
        return rad.map(r -> Avtale.fraLager(r.id, r.version, r.tiltakskode, r.opprettet, r.innhold,
                prismodeller(id), opsjoner(id), r.avbrudd, r.avslutning));
    }

    private List<Prismodell> prismodeller(UUID avtaleId) {
        record Rad(UUID id, Prismodelltype type, @Nullable String beskrivelse, @Nullable LocalDate gyldigFra,
                @Nullable Belop belop) {}
        var rader = jdbc.sql("""
                        select p.id, p.type, p.beskrivelse, s.gyldig_fra, s.belop
                          from avtale.prismodell p
                          left join avtale.prismodell_sats s on s.prismodell_id = p.id
                         where p.avtale_id = :id
                         order by p.rekkefolge, s.gyldig_fra
                        """)
                .param("id", avtaleId)
                .query((rs, n) -> new Rad(
                        rs.getObject("id", UUID.class),
                        Prismodelltype.valueOf(rs.getString("type")),
                        rs.getString("beskrivelse"),
                        rs.getObject("gyldig_fra", LocalDate.class),
                        rs.getBigDecimal("belop") == null ? null : new Belop(rs.getBigDecimal("belop"))))
                .list();
        Map<UUID, List<Rad>> perModell = rader.stream()
                .collect(Collectors.groupingBy(Rad::id, LinkedHashMap::new, Collectors.toList()));
        return perModell.values().stream()
                .map(rs -> new Prismodell(rs.getFirst().id(), rs.getFirst().type(), rs.getFirst().beskrivelse(),
                        rs.stream().filter(r -> r.gyldigFra() != null && r.belop() != null)
                                .map(r -> new Sats(r.gyldigFra(), r.belop()))
                                .toList()))
                .toList();
    }

    private List<Opsjon> opsjoner(UUID avtaleId) {
        return jdbc.sql("""
                        select id, forrige_sluttdato, ny_sluttdato, registrert_av, registrert_at
                          from avtale.opsjon
                         where avtale_id = :id
                         order by registrert_at
                        """)
                .param("id", avtaleId)
                .query((rs, n) -> new Opsjon(
                        rs.getObject("id", UUID.class),
                        rs.getObject("forrige_sluttdato", LocalDate.class),
                        rs.getObject("ny_sluttdato", LocalDate.class),
                        rs.getString("registrert_av"),
                        rs.getTimestamp("registrert_at").toInstant()))
                .list();
    }

    /** Ids of agreements whose end date has passed but whose end the nightly job has not yet recorded. */
    public List<UUID> avsluttetUtenRegistrering(LocalDate idag, int maks) {
        return jdbc.sql("""
                        select id from avtale.avtale
                         where avslutning_registrert_at is null and avbrutt_tidspunkt is null
                           and arrangor_hovedenhet_id is not null and sluttdato < :idag
                         order by sluttdato
                         limit :maks
                        """)
                .param("idag", idag)
                .param("maks", maks)
                .query(UUID.class)
                .list();
    }

    /**
     * Records that an agreement ended, without touching its version (a user's concurrent edit of the content is not
     * in conflict with it). False when another node got there first.
     */
    public boolean registrerAvslutning(UUID id, Instant naa) {
        return jdbc.sql("""
                        update avtale.avtale set avslutning_registrert_at = :naa
                         where id = :id and avslutning_registrert_at is null
                        """)
                .param("id", id)
                .param("naa", Timestamp.from(naa))
                .update() == 1;
    }

    public void insertHistorikk(UUID avtaleId, String utfortAv, String operasjon, Map<String, String> snapshot, Instant naa) {
        jdbc.sql("""
                        insert into avtale.avtale_historikk (id, avtale_id, tidspunkt, utfort_av, operasjon, snapshot)
                        values (:id, :avtale, :tidspunkt, :av, :operasjon, cast(:snapshot as jsonb))
                        """)
                .param("id", UUID.randomUUID())
                .param("avtale", avtaleId)
                .param("tidspunkt", Timestamp.from(naa))
                .param("av", utfortAv)
                .param("operasjon", operasjon)
                .param("snapshot", Historikk.tilJson(snapshot))
                .update();
    }

    private record Rad(UUID id, long version, String tiltakskode, Instant opprettet, AvtaleInnhold innhold,
            @Nullable Avbrudd avbrudd, @Nullable Instant avslutning) {}

    private static Rad mapRad(ResultSet rs, int n) throws SQLException {
        var innhold = new AvtaleInnhold(
                rs.getString("navn"),
                Avtaletype.valueOf(rs.getString("avtaletype")),
                rs.getString("sakarkivnummer"),
                rs.getObject("arrangor_hovedenhet_id", UUID.class),
                uuids(rs.getArray("arrangor_underenheter")),
                uuids(rs.getArray("arrangor_kontaktpersoner")),
                rs.getObject("startdato", LocalDate.class),
                rs.getObject("sluttdato", LocalDate.class),
                rs.getObject("opsjon_maks_varighet", LocalDate.class),
                texts(rs.getArray("nav_regioner")),
                texts(rs.getArray("nav_enheter")),
                texts(rs.getArray("administratorer")),
                rs.getString("beskrivelse"));
        Timestamp avbrutt = rs.getTimestamp("avbrutt_tidspunkt");
        Avbrudd avbrudd = null;
        if (avbrutt != null) {
            var aarsaker = EnumSet.noneOf(Avbrytelsesaarsak.class);
            texts(rs.getArray("avbrutt_aarsaker")).forEach(t -> aarsaker.add(Avbrytelsesaarsak.valueOf(t)));
            avbrudd = new Avbrudd(avbrutt.toInstant(), aarsaker, rs.getString("avbrutt_forklaring"));
        }
        Timestamp avslutning = rs.getTimestamp("avslutning_registrert_at");
        return new Rad(
                rs.getObject("id", UUID.class),
                rs.getLong("version"),
                rs.getString("tiltakskode"),
                rs.getTimestamp("created_at").toInstant(),
                innhold,
                avbrudd,
                avslutning == null ? null : avslutning.toInstant());
    }

    static Set<UUID> uuids(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> v instanceof UUID u ? u : UUID.fromString(v.toString()))
                .collect(Collectors.toSet());
    }

    static Set<String> texts(@Nullable Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(Object::toString).collect(Collectors.toSet());
    }

    /** The parameters insert and update share: the agreement's editable content. */
    private static Map<String, @Nullable Object> innhold(AvtaleInnhold i) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("navn", i.navn());
        params.put("avtaletype", i.avtaletype().name());
        params.put("sakarkivnummer", i.sakarkivnummer());
        params.put("hovedenhet", i.arrangorHovedenhetId());
        params.put("underenheter", i.arrangorUnderenheter().toArray(UUID[]::new));
        params.put("kontaktpersoner", i.arrangorKontaktpersoner().toArray(UUID[]::new));
        params.put("startdato", i.startdato());
        params.put("sluttdato", i.sluttdato());
        params.put("opsjonMaks", i.opsjonMaksVarighet());
        params.put("regioner", i.navRegioner().toArray(String[]::new));
        params.put("enheter", i.navEnheter().toArray(String[]::new));
        params.put("administratorer", i.administratorer().toArray(String[]::new));
        params.put("beskrivelse", i.beskrivelse());
        return params;
    }
}
