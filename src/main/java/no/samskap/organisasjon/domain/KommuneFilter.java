package no.samskap.organisasjon.domain;

import org.jspecify.annotations.Nullable;

/** Filters of the municipality list; null or blank means "any". {@code q} searches in the names and number. */
public record KommuneFilter(@Nullable String fylkesnummer, @Nullable String q) {

    public KommuneFilter {
        fylkesnummer = NavEnhetFilter.blankToNull(fylkesnummer);
        q = NavEnhetFilter.blankToNull(q);
    }
}
