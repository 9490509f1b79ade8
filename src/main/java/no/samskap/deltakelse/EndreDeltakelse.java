package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A counsellor changes an enrolment's dates, participation percentage or content directly. */
public record EndreDeltakelse(
        UUID id,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        @Nullable String innhold,
        @Nullable Long version) {}
