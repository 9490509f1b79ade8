package no.samskap.deltakelse;

/** Why an enrolment ended or never started. ANNET needs a description. */
public enum Aarsakstype {
    FATT_JOBB,
    SYK,
    IKKE_MOTT,
    TRENGER_ANNEN_STOTTE,
    UTDANNING,
    FERDIG,
    FIKK_IKKE_PLASS,
    GJENNOMFORING_AVLYST,
    ANNET
}
