package no.samskap.audit;

import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import no.samskap.audit.domain.AuditHash;

/**
 * The persons of an audit entry about many persons, made ready for {@link AuditLog#registrerForPersoner}: without
 * duplicates in a fixed order, hashed as the entry's hash covers them, and split into the groups they are stored and
 * looked up in. Making one is computation only (no database, no user), so a bulk writer can prepare it on another
 * thread while its transaction writes.
 */
public final class AuditPersoner {

    private final List<String> personer;
    private final String hash;
    private final SortedMap<Integer, List<String>> grupper;

    private AuditPersoner(List<String> personer) {
        this.personer = personer;
        this.hash = AuditHash.personer(personer);
        this.grupper = AuditHash.iGrupper(personer);
    }

    /** The given person references (duplicates are ignored). */
    public static AuditPersoner av(Collection<String> personRefs) {
        return new AuditPersoner(AuditHash.sortert(personRefs));
    }

    public int antall() {
        return personer.size();
    }

    public boolean erTom() {
        return personer.isEmpty();
    }

    String hash() {
        return hash;
    }

    SortedMap<Integer, List<String>> grupper() {
        return grupper;
    }
}
