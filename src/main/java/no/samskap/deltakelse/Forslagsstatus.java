package no.samskap.deltakelse;

/** Where a provider's proposal is: waiting for the counsellor, approved (and applied) or rejected with a reason. */
public enum Forslagsstatus {
    VENTER,
    GODKJENT,
    AVVIST
}
