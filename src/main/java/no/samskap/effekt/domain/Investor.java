package no.samskap.effekt.domain;

/**
 * An investor's position in a contract.
 *
 * @param forpliktelse the commitment: the most it can be asked to pay in (drawdowns)
 * @param maksUtbetaling the contracted maximum it can receive back in all (principal and return)
 * @param garanti what a guarantee covers of its capital
 */
public record Investor(PartId id, Tranche tranche, Penger forpliktelse, Penger maksUtbetaling, Garanti garanti) {}
