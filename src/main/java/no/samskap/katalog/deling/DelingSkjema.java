package no.samskap.katalog.deling;

import java.util.UUID;

/** What the share form shows: the implementation's name and the measure type's prefilled message. */
public record DelingSkjema(UUID gjennomforingId, String navn, String melding) {}
