package no.samskap.effekt.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Whether a participant belongs to the contract's target group on a date. The module's service builds it from the
 * target-group rules and enrolments; the engine only asks.
 */
@FunctionalInterface
public interface Kvalifisering {

    boolean erKvalifisert(DeltakerId deltaker, LocalDate dato);

    /** Exactly these participants qualify, on any date. */
    static Kvalifisering av(Set<DeltakerId> deltakere) {
        Set<DeltakerId> kopi = Set.copyOf(deltakere);
        return (deltaker, dato) -> kopi.contains(deltaker);
    }
}
