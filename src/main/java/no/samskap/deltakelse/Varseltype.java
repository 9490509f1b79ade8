package no.samskap.deltakelse;

/** What a counsellor is notified about. */
public enum Varseltype {
    /** The first on the waiting list got a freed place (now VENTER_PA_OPPSTART). */
    PLASS_TILBUDT,
    /** The provider proposed a change that waits for the counsellor's answer. */
    NYTT_FORSLAG
}
