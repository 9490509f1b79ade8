package no.samskap.katalog.deling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import no.samskap.shared.Fodselsnummer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads {@code katalog.deling}. Rows leave here with the fødselsnummer masked. */
@Repository
class DelingRepository {

    private final JdbcClient jdbc;

    DelingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Deling deling, Fodselsnummer fodselsnummer) {
        jdbc.sql("""
                insert into katalog.deling (id, gjennomforing_id, gjennomforing_navn, fodselsnummer, melding, delt_av,
                                            delt_av_navn, tidspunkt)
                values (:id, :gjennomforingId, :gjennomforingNavn, :fodselsnummer, :melding, :deltAv, :deltAvNavn,
                        :tidspunkt)
                """)
                .param("id", deling.id())
                .param("gjennomforingId", deling.gjennomforingId())
                .param("gjennomforingNavn", deling.gjennomforingNavn())
                .param("fodselsnummer", fodselsnummer.verdi())
                .param("melding", deling.melding())
                .param("deltAv", deling.deltAv())
                .param("deltAvNavn", deling.deltAvNavn())
                .param("tidspunkt", Timestamp.from(deling.tidspunkt()))
                .update();
    }

    /** The person's sharings, newest first. */
    List<Deling> forPerson(Fodselsnummer fodselsnummer) {
        String maskert = fodselsnummer.maskert();
        return jdbc.sql("""
                select id, gjennomforing_id, gjennomforing_navn, melding, delt_av, delt_av_navn, tidspunkt
                from katalog.deling
                where fodselsnummer = :fodselsnummer
                order by tidspunkt desc, id
                """)
                .param("fodselsnummer", fodselsnummer.verdi())
                .query((rs, row) -> deling(rs, maskert))
                .list();
    }

    private static Deling deling(ResultSet rs, String maskert) throws SQLException {
        return new Deling(
                rs.getObject("id", UUID.class),
                rs.getObject("gjennomforing_id", UUID.class),
                rs.getString("gjennomforing_navn"),
                maskert,
                rs.getString("melding"),
                rs.getString("delt_av"),
                rs.getString("delt_av_navn"),
                rs.getTimestamp("tidspunkt").toInstant());
    }
}
