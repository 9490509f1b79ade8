package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reopen an ended (AVSLUTTET) implementation with a new end date after today. */
public record ReopenGjennomforing(UUID id, long version, @Nullable LocalDate sluttdato) {}
