package no.samskap.katalog;

/** How catalog results are ordered. RELEVANS only applies with free text; it falls back to NAVN without. */
public enum KatalogSortering {
    RELEVANS,
    NAVN,
    STARTDATO,
    TILTAKSTYPE
}
