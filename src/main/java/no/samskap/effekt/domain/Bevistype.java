package no.samskap.effekt.domain;

/** The kinds of evidence an outcome claim can carry; each metric says which kinds prove it. */
public enum Bevistype {
    /** A certificate or diploma (a passed test, a qualification). */
    SERTIFIKAT,
    /** A confirmation from the employer (job start, hours, still employed). */
    ARBEIDSGIVERBEKREFTELSE,
    /** The provider's attendance register. */
    OPPMOTEREGISTER,
    /** A lookup in a public register (e.g. the employer and employee register, a-ordningen). */
    REGISTEROPPSLAG
}
