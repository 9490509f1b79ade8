package no.samskap.deltakelse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.Externalized;

/**
 * An enrolment ended: it moved to a final status (HAR_SLUTTET, FULLFORT, AVBRUTT, IKKE_AKTUELL, FEILREGISTRERT).
 * Ids and facts only: no name, no fødselsnummer, never the free-text description of an ANNET reason. Externalised to
 * {@code samskap.deltakelse.deltakelse-ended-v1} (key: the enrolment's id) when Kafka is configured
 * (docs/events/samskap.deltakelse.deltakelse-ended-v1.md).
 *
 * @param hendelseId this event's identity: the same on every redelivery, so consumers can drop duplicates
 * @param versjon the enrolment's version after the change; grows with every change of one enrolment
 * @param fraStatus the status it ended from (DELTAR when the participant had started)
 * @param aarsak the reason given, when the status needs one
 */
@Externalized(DeltakelseEnded.TOPIC + "::#{deltakelseId()}")
public record DeltakelseEnded(
        UUID hendelseId,
        UUID deltakelseId,
        long versjon,
        UUID gjennomforingId,
        DeltakelseStatus fraStatus,
        DeltakelseStatus status,
        @Nullable Aarsakstype aarsak,
        @Nullable LocalDate sluttdato,
        Instant tidspunkt) {

    public static final String TOPIC = "samskap.deltakelse.deltakelse-ended-v1";
}
