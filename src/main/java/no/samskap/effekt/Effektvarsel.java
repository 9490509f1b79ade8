package no.samskap.effekt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification to a party of a contract: a checkpoint is coming up (SJEKKPUNKT_NAERMER_SEG) or overdue
 * (SJEKKPUNKT_FORFALT), a claim was approved (KRAV_GODKJENT), a payment was made (UTBETALING). {@code referanse} is
 * the checkpoint, claim or payment; {@code dato} the checkpoint's due date.
 */
public record Effektvarsel(
        UUID id, UUID mottakerId, String type, UUID referanse, @Nullable LocalDate dato, boolean lest,
        Instant opprettet) {}
