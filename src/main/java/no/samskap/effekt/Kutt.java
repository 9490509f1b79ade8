package no.samskap.effekt;

import java.math.BigDecimal;
import no.samskap.effekt.domain.Justeringsaarsak;

/** What one rule or cap cut from "price × achieved" (message key {@code effekt.justering.<aarsak>}). */
public record Kutt(Justeringsaarsak aarsak, BigDecimal belop) {}
