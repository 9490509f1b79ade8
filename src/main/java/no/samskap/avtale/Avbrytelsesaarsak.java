package no.samskap.avtale;

/** Why an agreement was aborted. */
public enum Avbrytelsesaarsak {
    BUDSJETT_HANDLINGSROM,
    ENDRING_HOS_ARRANGOR,
    FEILREGISTRERING,
    AVBRUTT_I_ARENA,
    ANNET
}
