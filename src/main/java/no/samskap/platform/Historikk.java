package no.samskap.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change history shown on detail pages. Each module stores its own entries (who, when, operation, snapshot after);
 * {@link #beskriv(List)} turns consecutive snapshots into readable "field changed from X to Y" lines.
 */
public final class Historikk {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<java.util.LinkedHashMap<String, String>> SNAPSHOT = new TypeReference<>() {};

    private Historikk() {}

    /**
     * Row mapper for a module's history table: columns {@code tidspunkt}, {@code utfort_av}, {@code operasjon} and
     * {@code snapshot} (jsonb selected as text).
     */
    public static Oppforing fraRad(ResultSet rs, int rad) throws SQLException {
        return new Oppforing(
                rs.getTimestamp("tidspunkt").toInstant(),
                rs.getString("utfort_av"),
                rs.getString("operasjon"),
                JSON.readValue(rs.getString("snapshot"), SNAPSHOT));
    }

    /** A snapshot as JSON text, for a {@code cast(:snapshot as jsonb)} parameter. */
    public static String tilJson(Map<String, String> snapshot) {
        return JSON.writeValueAsString(snapshot);
    }

    /** One stored entry: the snapshot is the resource as it was after the operation, flattened to text values. */
    public record Oppforing(Instant tidspunkt, String utfortAv, String operasjon, Map<String, String> snapshot) {}

    /** One changed field. {@code fra} is null when the field was first set. */
    public record Endring(String felt, @Nullable String fra, @Nullable String til) {}

    /** An entry with the fields it changed compared with the previous one, newest first in the list. */
    public record Visning(Instant tidspunkt, String utfortAv, String operasjon, List<Endring> endringer) {}

    /**
     * @param oppforinger entries oldest first
     * @return the readable list, newest first
     */
    public static List<Visning> beskriv(List<Oppforing> oppforinger) {
        var result = new ArrayList<Visning>();
        Map<String, String> forrige = Map.of();
        for (Oppforing o : oppforinger) {
            var felter = new TreeSet<String>();
            felter.addAll(forrige.keySet());
            felter.addAll(o.snapshot().keySet());
            var endringer = new ArrayList<Endring>();
            for (String felt : felter) {
                String fra = forrige.get(felt);
                String til = o.snapshot().get(felt);
                if (!Objects.equals(blankToNull(fra), blankToNull(til))) {
                    endringer.add(new Endring(felt, blankToNull(fra), blankToNull(til)));
                }
            }
            result.add(new Visning(o.tidspunkt(), o.utfortAv(), o.operasjon(), endringer));
            forrige = o.snapshot();
        }
        return result.reversed();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
