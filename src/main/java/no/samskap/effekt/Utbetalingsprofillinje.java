package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of the planned payment profile against what the runs paid, with both accumulated. */
public record Utbetalingsprofillinje(
        LocalDate fra,
        LocalDate til,
        BigDecimal planlagt,
        BigDecimal faktisk,
        BigDecimal avvik,
        BigDecimal kumulativtPlanlagt,
        BigDecimal kumulativtFaktisk) {}
