package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * An enrolment was created or changed in any other way than starting or ending: a status on the way (draft, applied,
 * waiting list, waiting to start), dates or participation percentage. Ids and facts only: no name, no fødselsnummer,
 * no content text. Externalised to {@code samskap.deltakelse.deltakelse-changed-v1} (key: the enrolment's id) when
 * Kafka is configured (docs/events/samskap.deltakelse.deltakelse-changed-v1.md).
 *
 * @param hendelseId this event's identity: the same on every redelivery, so consumers can drop duplicates
 * @param versjon the enrolment's version after the change (0 when created); grows with every change of one enrolment
 * @param fraStatus the status before the change; null when the enrolment was created
 */
@Externalized(DeltakelseChanged.TOPIC + "::#{deltakelseId()}")
public record DeltakelseChanged(
        UUID hendelseId,
        UUID deltakelseId,
        long versjon,
        UUID gjennomforingId,
        @Nullable DeltakelseStatus fraStatus,
        DeltakelseStatus status,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        Instant tidspunkt) {

    public static final String TOPIC = "samskap.deltakelse.deltakelse-changed-v1";
}
