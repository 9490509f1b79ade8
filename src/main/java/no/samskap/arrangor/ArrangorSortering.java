package no.samskap.arrangor;

import org.jspecify.annotations.Nullable;

/** Sort orders of the provider list; the request value is {@code navn}, {@code -navn}, {@code organisasjonsnummer}... */
public enum ArrangorSortering {
    NAVN("navn"),
    NAVN_SYNKENDE("-navn"),
    ORGANISASJONSNUMMER("organisasjonsnummer"),
    ORGANISASJONSNUMMER_SYNKENDE("-organisasjonsnummer");

    private final String verdi;

    ArrangorSortering(String verdi) {
        this.verdi = verdi;
    }

    public String verdi() {
        return verdi;
    }

    /** The order for a request value; by name when missing or unknown. */
    public static ArrangorSortering fra(@Nullable String verdi) {
        for (ArrangorSortering s : values()) {
            if (s.verdi.equals(verdi)) {
                return s;
            }
        }
        return NAVN;
    }
}
