package no.samskap.organisasjon.domain;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How the NAV unit list is sorted: a column, ascending unless {@code synkende}. */
public record NavEnhetSortering(Felt felt, boolean synkende) {

    public enum Felt {
        NAVN,
        ENHETSNUMMER,
        TYPE,
        REGION
    }

    public static final NavEnhetSortering STANDARD = new NavEnhetSortering(Felt.NAVN, false);

    /** Parses a sort parameter such as {@code navn} or {@code -region}; unknown values give the default order. */
    public static NavEnhetSortering fra(@Nullable String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return STANDARD;
        }
        boolean synkende = parameter.startsWith("-");
        String navn = (synkende ? parameter.substring(1) : parameter).toUpperCase(Locale.ROOT);
        for (Felt felt : Felt.values()) {
            if (felt.name().equals(navn)) {
                return new NavEnhetSortering(felt, synkende);
            }
        }
        return STANDARD;
    }
}
