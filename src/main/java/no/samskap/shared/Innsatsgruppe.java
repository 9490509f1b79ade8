package no.samskap.shared;

/** A person's need-of-assistance category, decided by NAV (glossary: innsatsgruppe). */
public enum Innsatsgruppe {
    STANDARD_INNSATS,
    SITUASJONSBESTEMT_INNSATS,
    SPESIELT_TILPASSET_INNSATS,
    GRADERT_VARIG_TILPASSET_INNSATS,
    VARIG_TILPASSET_INNSATS
}
