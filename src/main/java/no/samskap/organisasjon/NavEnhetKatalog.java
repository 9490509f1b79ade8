package no.samskap.organisasjon;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Read-only access to NAV units for other modules. */
public interface NavEnhetKatalog {

    Optional<NavEnhetInfo> finn(String enhetsnummer);

    /** The units with these numbers that exist, in enhetsnummer order. */
    List<NavEnhetInfo> hent(Collection<String> enhetsnumre);

    /** All NAV regions (type FYLKE), by name. */
    List<NavEnhetInfo> regioner();

    /** The local offices (type LOKAL) of a region, by name. */
    List<NavEnhetInfo> kontorer(String regionEnhetsnummer);
}
