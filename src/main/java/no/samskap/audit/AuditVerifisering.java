package no.samskap.audit;

import java.util.UUID;
import no.samskap.audit.domain.AuditKjede.Brudd;
import org.jspecify.annotations.Nullable;

/**
 * The result of walking the audit chain.
 *
 * @param kontrollert how many entries were checked (up to and including the first broken one)
 * @param forsteBrudd the first entry that breaks the chain; null if the chain is intact
 */
public record AuditVerifisering(long kontrollert, @Nullable BruttEntry forsteBrudd) {

    public boolean gyldig() {
        return forsteBrudd == null;
    }

    /**
     * An entry that breaks the chain.
     *
     * @param sekvens the entry's place in the chain (0 when a person row names an entry that does not exist)
     * @param aarsak SEKVENS_BRUTT (an entry before it is missing), FORRIGE_HASH_STEMMER_IKKE (an entry before it was
     *     changed or removed), INNHOLD_ENDRET (this entry was changed) or PERSONER_ENDRET (the persons stored beside
     *     it were changed, added or removed)
     */
    public record BruttEntry(UUID id, long sekvens, String aarsak) {

        static BruttEntry av(UUID id, long sekvens, Brudd brudd) {
            return new BruttEntry(id, sekvens, brudd.name());
        }
    }
}
