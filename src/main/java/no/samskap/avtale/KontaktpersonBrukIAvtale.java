package no.samskap.avtale;

import java.util.UUID;
import no.samskap.arrangor.KontaktpersonBruk;
import no.samskap.avtale.persistence.AvtaleQueries;
import org.springframework.stereotype.Component;

/** A provider contact person linked to any agreement is in use and cannot be deleted. */
@Component
class KontaktpersonBrukIAvtale implements KontaktpersonBruk {

    private final AvtaleQueries queries;

    KontaktpersonBrukIAvtale(AvtaleQueries queries) {
        this.queries = queries;
    }

    @Override
    public boolean erIBruk(UUID kontaktpersonId) {
        return queries.kontaktpersonIBruk(kontaktpersonId);
    }
}
