package no.samskap.deltakelse;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the places of implementations are used, for read models that show free places and waiting lists (the catalog's
 * rebuild). Counts only: no person's data, so no access check and no audit entry.
 */
@Service
public class Plassoversikt {

    private final DeltakelseRepository repository;

    Plassoversikt(DeltakelseRepository repository) {
        this.repository = repository;
    }

    /** The place use of each given implementation; one without enrolments is missing from the map. */
    @Transactional(readOnly = true)
    public Map<UUID, Plassbruk> plassbruk(Collection<UUID> gjennomforingIds) {
        return repository.plassbruk(gjennomforingIds);
    }
}
