package no.samskap.organisasjon.domain;

import no.samskap.organisasjon.NavEnhetType;
import org.jspecify.annotations.Nullable;

/** Filters of the NAV unit list; null or blank means "any". {@code q} searches in the name and enhetsnummer. */
public record NavEnhetFilter(@Nullable NavEnhetType type, @Nullable String region, @Nullable String q) {

    public NavEnhetFilter {
        region = blankToNull(region);
        q = blankToNull(q);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
