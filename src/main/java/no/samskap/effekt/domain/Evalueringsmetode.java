package no.samskap.effekt.domain;

/** How the evaluator establishes what would have happened without the measure. */
public enum Evalueringsmetode {
    /** Participants are assigned to the measure or the comparison group by lot. */
    RANDOMISERT,
    /** A comparison group matched on characteristics (propensity score matching and the like). */
    MATCHET_SAMMENLIGNING,
    /** A historical benchmark: the rate of an earlier, comparable population. */
    HISTORISK_REFERANSE
}
