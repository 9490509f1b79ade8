package no.samskap.deltakelse;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of an enrolment's status history: who moved it from where to where, when and why. */
public record Statusendring(
        @Nullable DeltakelseStatus fra,
        DeltakelseStatus til,
        @Nullable Aarsakstype aarsak,
        @Nullable String aarsakBeskrivelse,
        String utfortAv,
        Instant tidspunkt) {}
