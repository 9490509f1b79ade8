package no.samskap.deltakelse;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One enrolment as the counsellor sees it. Personal data: the service audits every read. */
public record DeltakelseDetails(
        UUID id,
        UUID gjennomforingId,
        String fodselsnummer,
        String navn,
        DeltakelseStatus status,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable String innhold,
        String opprettetAv,
        @Nullable String navEnhet,
        long version) {}
