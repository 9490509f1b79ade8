package no.samskap.effekt.domain;

import java.util.Set;

/**
 * Mutually exclusive metrics: for one participant and one job spell only one of them is payable (part-time or
 * full-time, not both). Claims without a job spell count as one spell.
 */
public record Alternativer(String navn, Set<String> maal) {

    public Alternativer {
        maal = Set.copyOf(maal);
    }
}
