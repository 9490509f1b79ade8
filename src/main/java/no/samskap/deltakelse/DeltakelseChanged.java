package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment was created or changed in any other way than starting or ending: a status on the way (draft, applied,
 * waiting list, waiting to start), dates or participation percentage. Ids and facts only: no name, no fødselsnummer.
 *
 * @param fraStatus the status before the change; null when the enrolment was created
 */
public record DeltakelseChanged(
        UUID deltakelseId,
        UUID gjennomforingId,
        @Nullable DeltakelseStatus fraStatus,
        DeltakelseStatus status,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        Instant tidspunkt) {}
