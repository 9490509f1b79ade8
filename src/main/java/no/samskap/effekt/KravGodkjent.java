package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.events.Externalized;

/**
 * The evaluator approved an outcome claim. Ids and facts only — no participant, no name, no fødselsnummer. Published
 * in the approving transaction through the event publication log; externalised to the Kafka topic
 * {@value #TOPIC} (key: the contract's id) when Kafka is configured (docs/events/samskap.effekt.krav-godkjent-v1.md).
 *
 * @param hendelseId this event's identity: the same on every redelivery, so consumers can drop duplicates
 * @param mottakerId the provider party to be paid
 * @param belop what the claim is worth now, after the graded scale and the caps (later claims or amendments may change
 *     it; payment runs pay what it is worth at the time)
 * @param dato the date of the decision
 */
@Externalized(KravGodkjent.TOPIC + "::#{kontraktId()}")
public record KravGodkjent(
        UUID hendelseId,
        UUID kontraktId,
        UUID kravId,
        String maal,
        UUID mottakerId,
        BigDecimal belop,
        String valuta,
        LocalDate dato,
        Instant tidspunkt) {

    public static final String TOPIC = "samskap.effekt.krav-godkjent-v1";
}
