package no.samskap.deltakelse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * A participant started in an implementation (the enrolment moved to DELTAR). Ids and facts only: no name, no
 * fødselsnummer. Published in the writer's transaction through the event publication log; externalised to the Kafka
 * topic {@code samskap.deltakelse.deltakelse-started-v1} (key: the enrolment's id) when Kafka is configured
 * (docs/events/samskap.deltakelse.deltakelse-started-v1.md).
 *
 * @param hendelseId this event's identity: the same on every redelivery, so consumers can drop duplicates
 * @param versjon the enrolment's version after the change; grows with every change of one enrolment
 */
@Externalized(DeltakelseStarted.TOPIC + "::#{deltakelseId()}")
public record DeltakelseStarted(
        UUID hendelseId, UUID deltakelseId, long versjon, UUID gjennomforingId, LocalDate startdato, Instant tidspunkt) {

    public static final String TOPIC = "samskap.deltakelse.deltakelse-started-v1";
}
