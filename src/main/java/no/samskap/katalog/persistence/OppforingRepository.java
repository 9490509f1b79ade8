package no.samskap.katalog.persistence;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes the catalog's read model. An existing row keeps its place counts when the implementation changes: only
 * {@link #oppdaterPlasser} (in the enrolling transaction) and a rebuild write them. Arrays are passed as comma-separated text (enhetsnummer and enum names never
 * contain commas) so that batches need no JDBC array objects.
 */
@Repository
public class OppforingRepository {

    private static final String UPSERT = """
            insert into katalog.oppforing (gjennomforing_id, avtale_id, navn, tiltakskode, tiltakstype_navn,
                   innsatsgrupper, arrangor_id, arrangor_navn, beskrivelse, tiltakstype_beskrivelse, oppmotested,
                   nav_enheter, startdato, sluttdato, oppstartstype, apent_for_pamelding, antall_plasser,
                   plasser_opptatt, venteliste, avtale_aktiv_fra, avtale_aktiv_til, kilde_endret, updated_at)
            values (:gjennomforingId, :avtaleId, :navn, :tiltakskode, :tiltakstypeNavn,
                   string_to_array(:innsatsgrupper, ','), :arrangorId, :arrangorNavn, :beskrivelse,
                   :tiltakstypeBeskrivelse, :oppmotested, string_to_array(:navEnheter, ','), :startdato, :sluttdato,
                   :oppstartstype, :apentForPamelding, :antallPlasser, :plasserOpptatt, :venteliste,
                   :avtaleAktivFra, :avtaleAktivTil, :kildeEndret, :naa)
            on conflict (gjennomforing_id) do update
               set avtale_id = excluded.avtale_id, navn = excluded.navn, tiltakskode = excluded.tiltakskode,
                   tiltakstype_navn = excluded.tiltakstype_navn, innsatsgrupper = excluded.innsatsgrupper,
                   arrangor_id = excluded.arrangor_id, arrangor_navn = excluded.arrangor_navn,
                   beskrivelse = excluded.beskrivelse, tiltakstype_beskrivelse = excluded.tiltakstype_beskrivelse,
                   oppmotested = excluded.oppmotested, nav_enheter = excluded.nav_enheter,
                   startdato = excluded.startdato, sluttdato = excluded.sluttdato,
                   oppstartstype = excluded.oppstartstype, apent_for_pamelding = excluded.apent_for_pamelding,
                   antall_plasser = excluded.antall_plasser, avtale_aktiv_fra = excluded.avtale_aktiv_fra,
                   avtale_aktiv_til = excluded.avtale_aktiv_til, kilde_endret = excluded.kilde_endret,
                   updated_at = excluded.updated_at
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    OppforingRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts or replaces the rows, in one JDBC batch. */
    public void lagre(List<Oppforing> rader, Instant naa) {
        if (rader.isEmpty()) {
            return;
        }
        batch.batchUpdate(UPSERT, rader.stream().map(r -> params(r, naa)).toArray(MapSqlParameterSource[]::new));
    }

    public void slett(UUID gjennomforingId) {
        jdbc.sql("delete from katalog.oppforing where gjennomforing_id = :id").param("id", gjennomforingId).update();
    }

    /**
     * Removes every row and keeps other writers (the listeners) waiting until the caller's transaction ends; readers
     * still see the old rows until then.
     */
    public void slettAlleOgLas() {
        jdbc.sql("lock table katalog.oppforing in share row exclusive mode").update();
        jdbc.sql("delete from katalog.oppforing").update();
    }

    /** @return how many rows the agreement's change touched */
    public int oppdaterAvtale(UUID avtaleId, @Nullable LocalDate aktivFra, @Nullable LocalDate aktivTil, Instant naa) {
        return jdbc.sql("""
                        update katalog.oppforing
                           set avtale_aktiv_fra = :aktivFra, avtale_aktiv_til = :aktivTil, updated_at = :naa
                         where avtale_id = :avtaleId
                        """)
                .param("avtaleId", avtaleId)
                .param("aktivFra", aktivFra, Types.DATE)
                .param("aktivTil", aktivTil, Types.DATE)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    /** Stores an implementation's current place counts; nothing when it is not in the catalog. */
    public void oppdaterPlasser(UUID gjennomforingId, int opptatt, int venteliste, Instant naa) {
        jdbc.sql("""
                        update katalog.oppforing
                           set plasser_opptatt = :opptatt, venteliste = :venteliste, updated_at = :naa
                         where gjennomforing_id = :id
                        """)
                .param("id", gjennomforingId)
                .param("opptatt", opptatt)
                .param("venteliste", venteliste)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    public int oppdaterArrangor(UUID arrangorId, String navn, Instant naa) {
        return jdbc.sql("""
                        update katalog.oppforing
                           set arrangor_navn = :navn, updated_at = :naa
                         where arrangor_id = :arrangorId and arrangor_navn <> :navn
                        """)
                .param("arrangorId", arrangorId)
                .param("navn", navn)
                .param("naa", Timestamp.from(naa))
                .update();
    }

    /** How many rows there are and the newest source change they were copied from. */
    public Fingeravtrykk fingeravtrykk() {
        return jdbc.sql("select count(*) as antall, max(kilde_endret) as sist_endret from katalog.oppforing")
                .query((rs, n) -> {
                    Timestamp sist = rs.getTimestamp("sist_endret");
                    return new Fingeravtrykk(rs.getLong("antall"), sist == null ? null : sist.toInstant());
                })
                .single();
    }

    /** Row count and newest source change of the read model. */
    public record Fingeravtrykk(long antall, @Nullable Instant sistEndret) {}

    private static MapSqlParameterSource params(Oppforing r, Instant naa) {
        return new MapSqlParameterSource()
                .addValue("gjennomforingId", r.gjennomforingId())
                .addValue("avtaleId", r.avtaleId())
                .addValue("navn", r.navn())
                .addValue("tiltakskode", r.tiltakskode())
                .addValue("tiltakstypeNavn", r.tiltakstypeNavn())
                .addValue("innsatsgrupper", String.join(",", r.innsatsgrupper()))
                .addValue("arrangorId", r.arrangorId())
                .addValue("arrangorNavn", r.arrangorNavn())
                .addValue("beskrivelse", r.beskrivelse(), Types.VARCHAR)
                .addValue("tiltakstypeBeskrivelse", r.tiltakstypeBeskrivelse(), Types.VARCHAR)
                .addValue("oppmotested", r.oppmotested(), Types.VARCHAR)
                .addValue("navEnheter", String.join(",", r.navEnheter()))
                .addValue("startdato", r.startdato())
                .addValue("sluttdato", r.sluttdato(), Types.DATE)
                .addValue("oppstartstype", r.oppstartstype())
                .addValue("apentForPamelding", r.apentForPamelding())
                .addValue("antallPlasser", r.antallPlasser())
                .addValue("plasserOpptatt", r.plasserOpptatt())
                .addValue("venteliste", r.venteliste())
                .addValue("avtaleAktivFra", r.avtaleAktivFra(), Types.DATE)
                .addValue("avtaleAktivTil", r.avtaleAktivTil(), Types.DATE)
                .addValue("kildeEndret", Timestamp.from(r.kildeEndret()))
                .addValue("naa", Timestamp.from(naa));
    }
}
