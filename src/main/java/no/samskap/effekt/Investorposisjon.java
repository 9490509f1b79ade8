package no.samskap.effekt;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Tranche;
import org.jspecify.annotations.Nullable;

/**
 * One investor's ledger: its terms, what it paid in and got back as dated cash flows, and the figures investors
 * judge a contract by — multiple on money (received / paid in), IRR on the dated flows (XIRR, a fraction: 0.15 =
 * 15 %), and the most it can still lose given its guarantee.
 */
public record Investorposisjon(
        UUID investorId,
        String navn,
        Tranche tranche,
        Kontraktsinnhold.@Nullable Instrument instrument,
        BigDecimal forpliktelse,
        BigDecimal maksUtbetaling,
        BigDecimal innbetalt,
        BigDecimal tilbakebetalt,
        BigDecimal mottatt,
        @Nullable BigDecimal mom,
        @Nullable BigDecimal irr,
        BigDecimal maksimaltTap,
        List<Kontantstromvisning> kontantstrommer) {}
