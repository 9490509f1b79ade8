package no.samskap.deltakelse;

/** What a provider proposes to change in an enrolment. */
public enum Forslagstype {
    /** A later end date. */
    FORLENG,
    /** End the participation, with a reason and an end date. */
    AVSLUTT,
    ENDRE_STARTDATO,
    ENDRE_SLUTTDATO,
    ENDRE_DELTAKELSESPROSENT
}
