package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider registers that a participant achieved (or was measured at) an outcome metric on a date.
 *
 * @param verdi the measured value where the metric needs one (earnings, job percentage, test level)
 * @param jobbforlop the job spell the outcome belongs to (for mutually exclusive alternatives)
 */
public record RegistrerUtfall(
        UUID kontraktId,
        @Nullable UUID deltakerId,
        @Nullable String maal,
        @Nullable LocalDate dato,
        @Nullable BigDecimal verdi,
        @Nullable String jobbforlop,
        @Nullable List<Bevisreferanse> bevis) {}
