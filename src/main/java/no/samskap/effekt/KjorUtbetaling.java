package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * NAV makes the payment run of a period: {@code periode} is a month ({@code 2026-03}) or a quarter ({@code 2026-K1})
 * as the contract's payment frequency says; {@code utbetalingsdato} is when the money is paid (default today).
 */
public record KjorUtbetaling(UUID kontraktId, @Nullable String periode, @Nullable LocalDate utbetalingsdato) {}
