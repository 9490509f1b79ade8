package no.samskap.deltakelse.historikk;

import java.util.List;

/**
 * What one batch did.
 *
 * @param gyldige valid rows (new or already in the history)
 * @param nye rows added
 * @param ugyldige invalid rows recorded
 * @param personer the fødselsnumre of the persons whose history got rows (for the audit log only)
 */
record Batchresultat(long gyldige, long nye, long ugyldige, List<String> personer) {}
