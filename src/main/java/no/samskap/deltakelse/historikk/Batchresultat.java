package no.samskap.deltakelse.historikk;

/**
 * What one batch did.
 *
 * @param gyldige valid rows (new or already in the history)
 * @param nye rows added
 * @param ugyldige invalid rows recorded
 */
record Batchresultat(long gyldige, long nye, long ugyldige) {}
