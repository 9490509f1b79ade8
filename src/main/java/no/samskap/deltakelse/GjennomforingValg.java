package no.samskap.deltakelse;

import java.util.UUID;

/** An implementation to filter an enrolment list by: its id and name. */
public record GjennomforingValg(UUID id, String navn) {}
