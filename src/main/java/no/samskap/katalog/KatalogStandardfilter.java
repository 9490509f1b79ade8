package no.samskap.katalog;

import java.util.Optional;

/**
 * A counsellor's default filter, applied when the catalog page opens without a query string. Implemented by the saved
 * filters ({@code katalog.filter}); without an implementation the page falls back to the counsellor's office.
 */
public interface KatalogStandardfilter {

    /** The default filter of this user as a query string without {@code ?} and without {@code side}, if any. */
    Optional<String> standardsporring(String ident);
}
