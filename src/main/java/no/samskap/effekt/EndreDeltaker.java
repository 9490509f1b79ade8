package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider sets a participant's end date or cohort; {@code version} as last read (a stale one gets 409). */
public record EndreDeltaker(
        UUID kontraktId, UUID deltakerId, @Nullable Long version, @Nullable LocalDate sluttdato,
        @Nullable String kohort) {}
