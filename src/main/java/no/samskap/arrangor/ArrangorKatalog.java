package no.samskap.arrangor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read-only access to providers and their contact persons for other modules (no access check: callers decide). */
public interface ArrangorKatalog {

    Optional<ArrangorInfo> finn(UUID id);

    /** The providers with these ids that exist. */
    List<ArrangorInfo> hent(Collection<UUID> ids);

    /** The underenheter of a hovedenhet, by name. */
    List<ArrangorInfo> underenheter(UUID hovedenhetId);

    /**
     * The ids of the organisations with these numbers, and of all underenheter of those that are hovedenheter — what a
     * provider user acting for these numbers may see.
     */
    List<UUID> idsForOrganisasjonsnumre(Collection<String> organisasjonsnumre);

    /** The organisations with exactly these numbers that are registered (hovedenheter and underenheter alike). */
    List<ArrangorInfo> finnForOrganisasjonsnumre(Collection<String> organisasjonsnumre);

    Optional<KontaktpersonInfo> kontaktperson(UUID id);

    /** The contact persons of this organisation, by name. */
    List<KontaktpersonInfo> kontaktpersoner(UUID arrangorId);
}
