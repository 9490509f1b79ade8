package no.samskap.audit;

/** Why a person's data was read or written: the "why" of an audit entry. */
public enum Formaal {
    /** A counsellor following up the person (enrolment, sharing a measure with them). */
    OPPFOLGING,
    /** A provider running the measure the person takes part in. */
    GJENNOMFORING,
    /** The person looking at their own data. */
    EGEN_INNSYN,
    /** An administrator importing history from the legacy system. */
    IMPORT,
    /** An administrator checking who has seen or changed the person's data. */
    KONTROLL,
    /** Samskap itself, e.g. giving a freed place to the first on the waiting list. */
    SYSTEM
}
