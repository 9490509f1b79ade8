package no.samskap.shared;

/** How a provider is paid (glossary: prismodell). */
public enum Prismodelltype {
    /** The state's fixed rate per used place per month (forhåndsgodkjente tiltak). */
    FAST_SATS_PER_TILTAKSPLASS_PER_MANED,
    AVTALT_PRIS_PER_MANEDSVERK,
    AVTALT_PRIS_PER_UKESVERK,
    AVTALT_PRIS_PER_TIME_OPPFOLGING,
    ANNEN_AVTALT_PRIS
}
