package no.samskap.effekt.domain;

/** An outcome payer (NAV, a municipality, a fund) and its commitment: the most it will ever pay under the contract. */
public record Utfallsbetaler(PartId id, Penger forpliktelse) {}
