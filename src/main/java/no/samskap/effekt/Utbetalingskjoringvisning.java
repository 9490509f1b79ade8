package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment run: what each payer paid each recipient for the period (what the pair earned to date, what earlier runs
 * paid, what this run pays, and the caps that cut it), and how the investors' share went through the waterfall.
 */
public record Utbetalingskjoringvisning(
        UUID id,
        LocalDate fra,
        LocalDate til,
        LocalDate utbetalingsdato,
        String kjortAv,
        Instant tidspunkt,
        String valuta,
        BigDecimal totalt,
        List<Linje> linjer,
        List<Investorutdeling> tilInvestorer) {

    public record Linje(
            UUID betalerId,
            String betaler,
            UUID mottakerId,
            String mottaker,
            BigDecimal opptjent,
            BigDecimal tidligereUtbetalt,
            BigDecimal belop,
            List<Kutt> justeringer) {}

    /** What the run's waterfall gave one investor: principal back and return. */
    public record Investorutdeling(UUID investorId, String investor, BigDecimal hovedstol, BigDecimal avkastning) {}
}
