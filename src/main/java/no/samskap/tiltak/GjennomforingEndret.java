package no.samskap.tiltak;

import java.util.UUID;

/**
 * An implementation was created or changed (content, status, publishing, enrolment), published by every write use case
 * of {@link GjennomforingService} in its transaction. Listeners read the current state by id.
 */
public record GjennomforingEndret(UUID id) {}
