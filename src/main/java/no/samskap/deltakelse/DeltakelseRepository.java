package no.samskap.deltakelse;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.samskap.deltakelse.domain.Aarsak;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Explicit SQL for enrolments and their status history. */
@Repository
class DeltakelseRepository {

    private final JdbcClient jdbc;

    DeltakelseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises place-giving for one implementation until the current transaction ends. */
    void laasPlasser(UUID gjennomforingId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:id))").param("id", gjennomforingId.toString())
                .query((rs, n) -> 1).list();
    }

    int antallSomTarPlass(UUID gjennomforingId) {
        return jdbc.sql("select count(*) from deltakelse.deltakelse where gjennomforing_id = :g and status in ('VENTER_PA_OPPSTART', 'DELTAR')")
                .param("g", gjennomforingId).query(Integer.class).single();
    }

    Optional<UUID> forsteIVenteliste(UUID gjennomforingId) {
        return jdbc.sql("""
                        select id from deltakelse.deltakelse where gjennomforing_id = :g and status = 'VENTELISTE'
                        order by created_at, id limit 1""")
                .param("g", gjennomforingId).query(UUID.class).optional();
    }

    void insert(DeltakelseDetails d, Instant naa) {
        jdbc.sql("""
                        insert into deltakelse.deltakelse (id, gjennomforing_id, fodselsnummer, navn, status, startdato,
                          innhold, opprettet_av, nav_enhet, version, created_at, updated_at)
                        values (:id, :g, :fnr, :navn, :status, :startdato, :innhold, :av, :enhet, 0, :naa, :naa)""")
                .param("id", d.id()).param("g", d.gjennomforingId()).param("fnr", d.fodselsnummer())
                .param("navn", d.navn()).param("status", d.status().name()).param("startdato", d.startdato())
                .param("innhold", d.innhold()).param("av", d.opprettetAv()).param("enhet", d.navEnhet())
                .param("naa", Timestamp.from(naa)).update();
    }

    Optional<DeltakelseDetails> find(UUID id) {
        return jdbc.sql("""
                        select id, gjennomforing_id, fodselsnummer, navn, status, startdato, sluttdato, innhold,
                          opprettet_av, nav_enhet, version from deltakelse.deltakelse where id = :id""")
                .param("id", id)
                .query((rs, n) -> new DeltakelseDetails(
                        rs.getObject("id", UUID.class), rs.getObject("gjennomforing_id", UUID.class),
                        rs.getString("fodselsnummer"), rs.getString("navn"),
                        DeltakelseStatus.valueOf(rs.getString("status")),
                        rs.getObject("startdato", java.time.LocalDate.class),
                        rs.getObject("sluttdato", java.time.LocalDate.class), rs.getString("innhold"),
                        rs.getString("opprettet_av"), rs.getString("nav_enhet"), rs.getLong("version")))
                .optional();
    }

    /** @return false when the version no longer matches (someone else changed it) */
    boolean oppdaterStatus(UUID id, DeltakelseStatus til, long version, Instant naa) {
        return jdbc.sql("""
                        update deltakelse.deltakelse set status = :til, version = version + 1, updated_at = :naa
                        where id = :id and version = :version""")
                .param("til", til.name()).param("naa", Timestamp.from(naa)).param("id", id).param("version", version)
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
}
