package no.samskap.effekt.domain;

/** The seniority of an investor's money in the waterfall: senior is repaid before mezzanine, mezzanine before junior. */
public enum Tranche {
    SENIOR,
    MEZZANIN,
    JUNIOR
}
