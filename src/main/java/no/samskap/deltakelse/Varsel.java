package no.samskap.deltakelse;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification to a counsellor about an enrolment: a place was given from the waiting list, or the provider made a
 * proposal. Carries no personal data; the counsellor opens the enrolment to see who.
 */
public record Varsel(
        UUID id, UUID deltakelseId, Varseltype type, @Nullable String gjennomforingNavn, boolean lest, Instant opprettet) {}
