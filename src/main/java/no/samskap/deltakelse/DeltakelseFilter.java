package no.samskap.deltakelse;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Narrows a list of enrolments (within what the user may see anyway). */
public record DeltakelseFilter(
        @Nullable UUID gjennomforingId, @Nullable DeltakelseStatus status, @Nullable Integer side, @Nullable Integer storrelse) {

    public static DeltakelseFilter alle() {
        return new DeltakelseFilter(null, null, null, null);
    }
}
