package no.samskap.shared;

/** The kinds of agreement between NAV and a provider (glossary: avtale). */
public enum Avtaletype {
    AVTALE,
    RAMMEAVTALE,
    FORHANDSGODKJENT,
    OFFENTLIG_OFFENTLIG;

    /** AVTALE and RAMMEAVTALE are procured and need a case number (sakarkivnummer). */
    public boolean kreverSakarkivnummer() {
        return switch (this) {
            case AVTALE, RAMMEAVTALE -> true;
            case FORHANDSGODKJENT, OFFENTLIG_OFFENTLIG -> false;
        };
    }
}
