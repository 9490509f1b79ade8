package no.samskap.tiltak.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.Prismodelltype;
import no.samskap.tiltak.domain.Tiltakstype;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads measure types with their allowed agreement types and need categories. */
@Repository
public class TiltakstypeQueries {

    private static final String SELECT = """
            select t.tiltakskode, t.navn, t.arenakode, t.beskrivelse, t.del_med_bruker_tekst, t.system_prismodell,
                   array(select a.avtaletype from tiltak.tiltakstype_avtaletype a
                         where a.tiltakskode = t.tiltakskode) as avtaletyper,
                   array(select i.innsatsgruppe from tiltak.tiltakstype_innsatsgruppe i
                         where i.tiltakskode = t.tiltakskode) as innsatsgrupper
            from tiltak.tiltakstype t
            """;

    private final JdbcClient jdbc;

    TiltakstypeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All measure types by name, or only those open to one need category. */
    public List<Tiltakstype> list(@Nullable Innsatsgruppe innsatsgruppe) {
        if (innsatsgruppe == null) {
            return jdbc.sql(SELECT + " order by t.navn collate \"nb-NO-x-icu\"").query(TiltakstypeQueries::tiltakstype).list();
        }
        return jdbc.sql(SELECT + """
                         where exists (select 1 from tiltak.tiltakstype_innsatsgruppe i
                                       where i.tiltakskode = t.tiltakskode and i.innsatsgruppe = :innsatsgruppe)
                         order by t.navn collate "nb-NO-x-icu"
                        """)
                .param("innsatsgruppe", innsatsgruppe.name())
                .query(TiltakstypeQueries::tiltakstype)
                .list();
    }

    public Optional<Tiltakstype> find(String tiltakskode) {
        return jdbc.sql(SELECT + " where t.tiltakskode = :tiltakskode")
                .param("tiltakskode", tiltakskode)
                .query(TiltakstypeQueries::tiltakstype)
                .optional();
    }

    private static Tiltakstype tiltakstype(ResultSet rs, int row) throws SQLException {
        String prismodell = rs.getString("system_prismodell");
        return new Tiltakstype(
                rs.getString("tiltakskode"),
                rs.getString("navn"),
                rs.getString("arenakode"),
                rs.getString("beskrivelse"),
                rs.getString("del_med_bruker_tekst"),
                enums(rs.getArray("avtaletyper"), Avtaletype.class, Avtaletype::valueOf),
                enums(rs.getArray("innsatsgrupper"), Innsatsgruppe.class, Innsatsgruppe::valueOf),
                prismodell == null ? null : Prismodelltype.valueOf(prismodell));
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type, Function<String, E> valueOf)
            throws SQLException {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (Object value : (Object[]) array.getArray()) {
            set.add(valueOf.apply((String) value));
        }
        return set;
    }
}
