package no.samskap.deltakelse;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an enrolment list. Personal data (the name; the fødselsnummer masked): each listed enrolment is an
 * audited read.
 */
public record DeltakelseSummary(
        UUID id,
        UUID gjennomforingId,
        @Nullable String gjennomforingNavn,
        @Nullable String arrangorNavn,
        String fodselsnummerMaskert,
        String navn,
        DeltakelseStatus status,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        int apneForslag) {}
