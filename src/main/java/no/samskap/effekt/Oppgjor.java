package no.samskap.effekt;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A party's statement: every payment-run line it paid or received, the totals, and (for an investor) its cash flows.
 */
public record Oppgjor(
        UUID partId,
        String navn,
        Kontraktsinnhold.Partsrolle rolle,
        String valuta,
        List<Oppgjorslinje> linjer,
        BigDecimal betalt,
        BigDecimal mottatt,
        List<Kontantstromvisning> kontantstrommer) {

    public record Oppgjorslinje(
            UUID kjoringId,
            java.time.LocalDate fra,
            java.time.LocalDate til,
            java.time.LocalDate utbetalingsdato,
            UUID betalerId,
            String betaler,
            UUID mottakerId,
            String mottaker,
            BigDecimal belop,
            List<Kutt> justeringer) {}
}
