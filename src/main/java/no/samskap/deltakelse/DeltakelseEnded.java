package no.samskap.deltakelse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment ended: it moved to a final status (HAR_SLUTTET, FULLFORT, AVBRUTT, IKKE_AKTUELL, FEILREGISTRERT).
 * Ids and facts only: no name, no fødselsnummer.
 *
 * @param fraStatus the status it ended from (DELTAR when the participant had started)
 * @param aarsak the reason given, when the status needs one
 */
public record DeltakelseEnded(
        UUID deltakelseId,
        UUID gjennomforingId,
        DeltakelseStatus fraStatus,
        DeltakelseStatus status,
        @Nullable Aarsakstype aarsak,
        @Nullable LocalDate sluttdato,
        Instant tidspunkt) {}
