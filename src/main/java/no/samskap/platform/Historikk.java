package no.samskap.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Change history shown on detail pages. Each module stores its own entries (who, when, operation, snapshot after);
 * {@link #beskriv(List)} turns consecutive snapshots into readable "field changed from X to Y" lines.
 */
public final class Historikk {

    private Historikk() {}

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
