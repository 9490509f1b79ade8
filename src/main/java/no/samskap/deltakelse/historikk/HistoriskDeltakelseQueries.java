package no.samskap.deltakelse.historikk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.deltakelse.DeltakelseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a person's imported history (by the natural key's index, fødselsnummer first). */
@Repository
class HistoriskDeltakelseQueries {

    private final JdbcClient jdbc;

    HistoriskDeltakelseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Linje(String tiltakskode, UUID arrangorId, String orgnr, @Nullable LocalDate startdato, @Nullable LocalDate sluttdato,
            DeltakelseStatus status, String arenaStatus) {}

    /** Newest start first; those without a start date last. */
    List<Linje> forPerson(String fodselsnummer) {
        return jdbc.sql("""
                        select tiltakskode, arrangor_id, arrangor_organisasjonsnummer, startdato, sluttdato, status,
                               arena_status
                        from deltakelse.historisk_deltakelse
                        where fodselsnummer = :fnr
                        order by startdato desc nulls last, tiltakskode, arrangor_organisasjonsnummer""")
                .param("fnr", Long.parseLong(fodselsnummer)) // stored as a number (its 11 digits)
                .query((rs, n) -> new Linje(rs.getString("tiltakskode"), rs.getObject("arrangor_id", UUID.class),
                        rs.getString("arrangor_organisasjonsnummer"), rs.getObject("startdato", LocalDate.class),
                        rs.getObject("sluttdato", LocalDate.class), DeltakelseStatus.valueOf(rs.getString("status")),
                        rs.getString("arena_status")))
                .list();
    }
}
