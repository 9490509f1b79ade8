package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider proposes a change. Which fields are needed depends on the type: FORLENG and ENDRE_SLUTTDATO a sluttdato,
 * AVSLUTT a sluttdato and a reason, ENDRE_STARTDATO a startdato, ENDRE_DELTAKELSESPROSENT a percentage.
 */
public record NyttForslag(
        UUID deltakelseId,
        @Nullable Forslagstype type,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        @Nullable Aarsakstype aarsak,
        @Nullable String aarsakBeskrivelse,
        @Nullable String begrunnelse) {}
