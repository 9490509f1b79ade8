package no.samskap.tiltak.persistence;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonBruk;
import no.samskap.tiltak.GjennomforingOppslag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask about implementations: the agreement module (which agreement data implementations use)
 * and the provider module (which contact persons are linked).
 */
@Component
class GjennomforingBrukQueries implements GjennomforingOppslag, KontaktpersonBruk {

    private final JdbcClient jdbc;

    GjennomforingBrukQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean harGjennomforingSomGjennomfores(UUID avtaleId) {
        return jdbc.sql("""
                        select exists (select 1 from tiltak.gjennomforing
                                        where avtale_id = :avtaleId and status = 'GJENNOMFORES')
                        """)
                .param("avtaleId", avtaleId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public Optional<LocalDate> tidligsteStartdato(UUID avtaleId) {
        return jdbc.sql("""
                        select min(startdato) from tiltak.gjennomforing
                         where avtale_id = :avtaleId and status <> 'AVLYST'
                        """)
                .param("avtaleId", avtaleId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    @Override
    public Set<UUID> prismodellerIBruk(UUID avtaleId) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select distinct prismodell_id from tiltak.gjennomforing
                         where avtale_id = :avtaleId order by prismodell_id
                        """)
                .param("avtaleId", avtaleId)
                .query(UUID.class)
                .list());
    }

    @Override
    public Set<UUID> arrangorUnderenheterIBruk(UUID avtaleId) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select distinct arrangor_id from tiltak.gjennomforing
                         where avtale_id = :avtaleId order by arrangor_id
                        """)
                .param("avtaleId", avtaleId)
                .query(UUID.class)
                .list());
    }

    @Override
    public Set<String> navEnheterIBruk(UUID avtaleId) {
        return new LinkedHashSet<>(jdbc.sql("""
                        select distinct e.enhetsnummer
                          from tiltak.gjennomforing_nav_enhet e
                          join tiltak.gjennomforing g on g.id = e.gjennomforing_id
                         where g.avtale_id = :avtaleId
                         order by e.enhetsnummer
                        """)
                .param("avtaleId", avtaleId)
                .query(String.class)
                .list());
    }

    @Override
    public boolean erIBruk(UUID kontaktpersonId) {
        return jdbc.sql("""
                        select exists (select 1 from tiltak.gjennomforing_arrangor_kontaktperson
                                        where kontaktperson_id = :kontaktpersonId)
                        """)
                .param("kontaktpersonId", kontaktpersonId)
                .query(Boolean.class)
                .single();
    }
}
