package no.samskap.arrangor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samskap.arrangor.persistence.ArrangorQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@link ArrangorKatalog} other modules use: reads straight from the provider tables, no access check. */
@Component
@Transactional(readOnly = true)
class Arrangorregister implements ArrangorKatalog {

    private final ArrangorQueries queries;

    Arrangorregister(ArrangorQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<ArrangorInfo> finn(UUID id) {
        return queries.finn(id);
    }

    @Override
    public List<ArrangorInfo> hent(Collection<UUID> ids) {
        return queries.hent(ids);
    }

    @Override
    public List<ArrangorInfo> underenheter(UUID hovedenhetId) {
        return queries.underenheter(hovedenhetId);
    }

    @Override
    public List<UUID> idsForOrganisasjonsnumre(Collection<String> organisasjonsnumre) {
        return queries.idsForOrganisasjonsnumre(organisasjonsnumre);
    }

    @Override
    public List<ArrangorInfo> finnForOrganisasjonsnumre(Collection<String> organisasjonsnumre) {
        return queries.finnForOrganisasjonsnumre(organisasjonsnumre);
    }

    @Override
    public Optional<KontaktpersonInfo> kontaktperson(UUID id) {
        return queries.kontaktperson(id);
    }

    @Override
    public List<KontaktpersonInfo> kontaktpersoner(UUID arrangorId) {
        return queries.kontaktpersoner(arrangorId);
    }
}
