package no.samskap.avtale.domain;

/** The derived status of an agreement: never stored or posted, computed from the data and today's date. */
public enum AvtaleStatus {
    /** No provider yet. */
    UTKAST,
    AKTIV,
    /** From the day after the end date. */
    AVSLUTTET,
    /** Aborted; sticky. */
    AVBRUTT
}
