package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * NAV made the payment run of a period. Ids and amounts only — no participant. Published in the run's transaction
 * through the event publication log; externalised to the Kafka topic {@value #TOPIC} (key: the contract's id) when
 * Kafka is configured (docs/events/samskap.effekt.utbetalingskjoring-gjennomfort-v1.md).
 *
 * @param hendelseId this event's identity: the same on every redelivery, so consumers can drop duplicates
 * @param utbetalinger what each payer pays each recipient in this run (pairs paying nothing left out)
 */
@Externalized(UtbetalingskjoringGjennomfort.TOPIC + "::#{kontraktId()}")
public record UtbetalingskjoringGjennomfort(
        UUID hendelseId,
        UUID kontraktId,
        UUID kjoringId,
        LocalDate fra,
        LocalDate til,
        LocalDate utbetalingsdato,
        String valuta,
        BigDecimal totalt,
        List<Betaling> utbetalinger,
        Instant tidspunkt) {

    public static final String TOPIC = "samskap.effekt.utbetalingskjoring-gjennomfort-v1";

    /** One payment: {@code utbetalingId} is the run's line. */
    public record Betaling(UUID utbetalingId, UUID betalerId, UUID mottakerId, BigDecimal belop) {}
}
