package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Stop a running implementation with a new end date and a reason: an end date before the start cancels it (AVLYST),
 * otherwise it is stopped early (AVBRUTT).
 */
public record AbortGjennomforing(UUID id, long version, @Nullable LocalDate sluttdato, @Nullable String aarsak) {}
