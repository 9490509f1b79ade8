package no.samskap.katalog;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a text shown with search matches highlighted: {@code treff} pieces matched the search. Pages render each
 * piece as escaped text (matches inside {@code <mark>}); the API returns the pieces, so no markup ever comes from data.
 */
public record Tekstdel(String tekst, boolean treff) {

    /** Start and stop markers the search asks {@code ts_headline} to put around matches (control characters). */
    public static final char START = '\u0002';
    public static final char STOPP = '\u0003';

    /** Splits a {@code ts_headline} result at the markers; any other text stays plain. */
    public static List<Tekstdel> fraMarkert(String markert) {
        var deler = new ArrayList<Tekstdel>();
        var tekst = new StringBuilder();
        boolean treff = false;
        for (int i = 0; i < markert.length(); i++) {
            char c = markert.charAt(i);
            if (c == START || c == STOPP) {
                if (!tekst.isEmpty()) {
                    deler.add(new Tekstdel(tekst.toString(), treff));
                    tekst.setLength(0);
                }
                treff = c == START;
            } else {
                tekst.append(c);
            }
        }
        if (!tekst.isEmpty()) {
            deler.add(new Tekstdel(tekst.toString(), treff));
        }
        return List.copyOf(deler);
    }
}
