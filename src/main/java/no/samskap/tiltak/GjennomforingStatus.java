package no.samskap.tiltak;

/** Where an implementation is in its life: running, ended on its end date, stopped early, or cancelled before start. */
public enum GjennomforingStatus {
    GJENNOMFORES,
    AVSLUTTET,
    AVBRUTT,
    AVLYST
}
