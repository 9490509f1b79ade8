package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samskap.effekt.domain.Kontrollfunn;
import no.samskap.effekt.domain.Kravstatus;
import org.jspecify.annotations.Nullable;

/**
 * The reconciliation: per metric and per participant, "price × achieved" against what is payable, and which rule or
 * cap cut what. For achieved claims always {@code prisGangerOppnaadd − Σ justeringer = beregnet}; {@code godkjent} is
 * the part the evaluator approved. A provider sees the lines of its own claims (the caps still count every claim).
 *
 * @param beregnetPer the date whose terms were used
 */
public record Avstemmingsrapport(
        String valuta, LocalDate beregnetPer, Linje totalt, List<Linje> perResultatmaal, List<Linje> perDeltaker) {

    /**
     * One line.
     *
     * @param nokkel the metric code, or the participant's reference
     * @param deltakerId the participant of a per-participant line
     * @param krav the claims behind a per-participant line
     */
    public record Linje(
            String nokkel,
            @Nullable UUID deltakerId,
            int krevd,
            int oppnaadd,
            int avvist,
            BigDecimal prisGangerOppnaadd,
            List<Kutt> justeringer,
            BigDecimal beregnet,
            BigDecimal godkjent,
            Map<Kontrollfunn, Integer> funn,
            List<Kravlinje> krav) {}

    /** One claim behind a line. */
    public record Kravlinje(
            UUID kravId, String maal, LocalDate utfallsdato, Kravstatus status, List<Kontrollfunn> funn,
            BigDecimal nominelt, List<Kutt> justeringer, BigDecimal beregnet, BigDecimal tilUtbetaling) {}
}
