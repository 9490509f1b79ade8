package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A job-retention checkpoint scheduled from an outcome event: when it falls due, from when the provider is reminded,
 * and whether it is fulfilled (PLANLAGT, VARSLET, FORFALT, OPPFYLT).
 */
public record Sjekkpunktstatus(
        UUID id,
        UUID deltakerId,
        String deltakerReferanse,
        UUID utlosendeUtfallId,
        int antall,
        Kontraktsinnhold.Tidsenhet enhet,
        @Nullable String maal,
        LocalDate forfallsdato,
        LocalDate varslesFra,
        String status,
        @Nullable UUID oppfyltUtfallId) {}
