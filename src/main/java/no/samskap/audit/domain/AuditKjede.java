package no.samskap.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a chain of entries given in sekvens order, one at a time: each must follow the previous without a gap, link
 * to its hash, and still match its own hash.
 */
public final class AuditKjede {

    /** Why an entry breaks the chain. */
    public enum Brudd {
        /** An entry before this one is missing (or the sequence was changed). */
        SEKVENS_BRUTT,
        /** {@code forrige_hash} is not the previous entry's hash: an entry before it was changed or removed. */
        FORRIGE_HASH_STEMMER_IKKE,
        /** The entry's content no longer matches its hash: the entry was changed. */
        INNHOLD_ENDRET,
        /** The persons stored beside an entry about many persons were changed, added or removed. */
        PERSONER_ENDRET
    }

    private long forventetSekvens = 1;
    private String forventetForrigeHash = AuditEntry.START_HASH;
    private long kontrollert;

    /** Checks the next entry (one about one person or none); empty if it is intact. */
    public Optional<Brudd> kontroller(AuditEntry entry) {
        return kontroller(entry, List.of());
    }

    /**
     * Checks the next entry; for an entry about many persons, {@code personer} are the references stored beside it.
     * Empty if it is intact.
     */
    public Optional<Brudd> kontroller(AuditEntry entry, List<String> personer) {
        kontrollert++;
        Optional<Brudd> brudd = brudd(entry, personer);
        forventetSekvens = entry.sekvens() + 1;
        forventetForrigeHash = entry.hash();
        return brudd;
    }

    /**
     * Checks the next entry with its persons as stored: by group ({@link AuditHash#gruppe}). A person stored in
     * another group than its own could not be found by a lookup, so it breaks the entry like a changed person.
     * Empty if it is intact.
     */
    public Optional<Brudd> kontroller(AuditEntry entry, Map<Integer, List<String>> grupper) {
        var personer = new ArrayList<String>();
        boolean iRiktigGruppe = true;
        var md5 = AuditHash.md5();
        for (var gruppe : grupper.entrySet()) {
            for (String person : gruppe.getValue()) {
                iRiktigGruppe &= AuditHash.gruppe(person, md5) == gruppe.getKey();
                personer.add(person);
            }
        }
        Optional<Brudd> brudd = kontroller(entry, personer);
        return brudd.isEmpty() && !iRiktigGruppe ? Optional.of(Brudd.PERSONER_ENDRET) : brudd;
    }

    public long kontrollert() {
        return kontrollert;
    }

    private Optional<Brudd> brudd(AuditEntry entry, List<String> personer) {
        if (entry.sekvens() != forventetSekvens) {
            return Optional.of(Brudd.SEKVENS_BRUTT);
        }
        if (!entry.forrigeHash().equals(forventetForrigeHash)) {
            return Optional.of(Brudd.FORRIGE_HASH_STEMMER_IKKE);
        }
        if (!entry.hash().equals(AuditHash.beregn(entry))) {
            return Optional.of(Brudd.INNHOLD_ENDRET);
        }
        String personerHash = entry.personerHash();
        boolean personerStemmer = personerHash == null
                ? personer.isEmpty()
                : personerHash.equals(AuditHash.personer(personer))
                        && Objects.equals(entry.antallPersoner(), personer.size());
        return personerStemmer ? Optional.empty() : Optional.of(Brudd.PERSONER_ENDRET);
    }
}
