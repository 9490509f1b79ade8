package no.samskap.katalog.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the per-implementation results of ended enrolments and remembers which events were applied. */
@Repository
public class ResultatRepository {

    private final JdbcClient jdbc;

    ResultatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the event was applied, in the caller's transaction.
     *
     * @return false when it was applied before (the caller then changes nothing)
     */
    public boolean merkBehandlet(UUID hendelseId, Instant naa) {
        return jdbc.sql("""
                        insert into katalog.behandlet_hendelse (hendelse_id, behandlet) values (:id, :naa)
                        on conflict (hendelse_id) do nothing
                        """)
                .param("id", hendelseId)
                .param("naa", Timestamp.from(naa))
                .update() == 1;
    }

    /** Adds one ended participant to an implementation's results. */
    public void leggTil(UUID gjennomforingId, boolean fullfort, boolean fattJobb, Instant naa) {
        jdbc.sql("""
                        insert into katalog.resultat (gjennomforing_id, avsluttet, fullfort, fatt_jobb, updated_at)
                        values (:id, 1, :fullfort, :fattJobb, :naa)
                        on conflict (gjennomforing_id) do update
                           set avsluttet = resultat.avsluttet + 1,
                               fullfort = resultat.fullfort + excluded.fullfort,
                               fatt_jobb = resultat.fatt_jobb + excluded.fatt_jobb,
                               updated_at = excluded.updated_at
                        """)
                .param("id", gjennomforingId)
                .param("fullfort", fullfort ? 1 : 0)
                .param("fattJobb", fattJobb ? 1 : 0)
                .param("naa", Timestamp.from(naa))
                .update();
    }
}
