package no.samskap.katalog;

import java.util.Optional;

/** The owner's default saved filter as a catalog query string (without '?'), if any. */
public interface KatalogStandardfilter {

    /** The owner's default saved filter as a catalog query string (without '?'), if any. */
    Optional<String> standardsporring(String ident);
}
