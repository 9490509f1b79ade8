package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A soft-outcome reading on a 1-10 scale: the participant's own rating and, if made, the worker's. */
public record RegistrerMykMaaling(
        UUID kontraktId,
        @Nullable UUID deltakerId,
        @Nullable String skala,
        @Nullable LocalDate dato,
        @Nullable Integer egenvurdering,
        @Nullable Integer veiledervurdering) {}
