package no.samskap.effekt.domain;

/** One cut of a claim: why, and how much was taken off. */
public record Justering(Justeringsaarsak aarsak, Penger belop) {}
