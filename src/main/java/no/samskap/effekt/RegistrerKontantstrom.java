package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.samskap.effekt.domain.Kontantstrom;
import org.jspecify.annotations.Nullable;

/**
 * NAV registers an investor's cash flow: a drawdown (paid in; never beyond the commitment), or a repayment or return
 * paid outside a payment run. Commitments come from the contract terms.
 */
public record RegistrerKontantstrom(
        UUID kontraktId,
        @Nullable UUID investor,
        @Nullable LocalDate dato,
        Kontantstrom.@Nullable Type type,
        @Nullable BigDecimal belop) {}
