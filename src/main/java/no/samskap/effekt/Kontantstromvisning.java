package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.samskap.effekt.domain.Kontantstrom;
import org.jspecify.annotations.Nullable;

/** One dated cash flow of an investor; {@code kjoringId} when a payment run's waterfall made it. */
public record Kontantstromvisning(
        @Nullable UUID id, UUID investorId, LocalDate dato, Kontantstrom.Type type, BigDecimal belop,
        @Nullable UUID kjoringId) {}
