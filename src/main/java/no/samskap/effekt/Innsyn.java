package no.samskap.effekt;

/**
 * How the current user sees one outcome contract, strongest first. NAV (TILTAKSADMIN) and the contract's evaluator
 * see everything of it; a provider its own participants, claims and payments; an investor only aggregated figures and
 * its own ledger — never a participant.
 */
public enum Innsyn {
    NAV,
    EVALUATOR,
    LEVERANDOR,
    INVESTOR;

    /** Whether participant-level data (participants, outcome events, claims) may be shown at all. */
    public boolean serDeltakere() {
        return this != INVESTOR;
    }

    /** Whether everything of the contract is visible (not only the user's own part of it). */
    public boolean serAlt() {
        return this == NAV || this == EVALUATOR;
    }
}
