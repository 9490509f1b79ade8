package no.samskap.effekt.domain;

/** Where a claim stands after the automatic checks and the evaluator. */
public enum Kravstatus {
    /** Passed the checks, waits for the evaluator. */
    TIL_VURDERING,
    /** Has findings the evaluator must look at, waits for the evaluator. */
    FLAGGET,
    /** Approved by the evaluator: payable. */
    GODKJENT,
    /** Rejected by the checks or by the evaluator: never payable. */
    AVVIST;

    /** Whether the claim counts as achieved (for duplicates, ladders and the caps it reserves). */
    public boolean teller() {
        return this != AVVIST;
    }
}
