package no.samskap.effekt;

/**
 * Why a participant is not in a contract's target group (the message key is {@code effekt.maalgruppe.<name>}).
 * A participant with any of these is not eligible: the checks reject claims for them as {@code IKKE_KVALIFISERT}.
 */
public enum Maalgruppeavvik {
    /** Younger at intake than the target group's lower age limit. */
    UNDER_MINSTE_ALDER,
    /** Older at intake than the upper age limit. */
    OVER_HOYESTE_ALDER,
    /** The target group has an age limit and the participant's birth date is unknown. */
    ALDER_UKJENT,
    /** The need category (innsatsgruppe) is not one the target group names, or unknown. */
    INNSATSGRUPPE,
    /** The participant is not in one of the implementations the contract covers. */
    GJENNOMFORING
}
