package no.samskap.effekt.domain;

/** Money paid by an outcome payer to a recipient in one payment run (what a run leaves behind to be stored). */
public record Utbetaling(Utbetalingsperiode periode, PartId betaler, PartId mottaker, Penger belop) {}
