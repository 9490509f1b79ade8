package no.samskap.deltakelse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant started in an implementation (the enrolment moved to DELTAR). Ids and facts only: no name, no
 * fødselsnummer. Published in the writer's transaction through the event publication log; externalised to Kafka when
 * configured (docs/events/).
 */
public record DeltakelseStarted(UUID deltakelseId, UUID gjennomforingId, LocalDate startdato, Instant tidspunkt) {}
