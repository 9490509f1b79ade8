package no.samskap.tiltak;

import java.util.List;
import java.util.Optional;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.NotFound;
import no.samskap.tiltak.domain.Tiltakstype;
import no.samskap.tiltak.persistence.TiltakstypeQueries;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measure types, read-only (they change only by migration). Implements {@link TiltakstypeKatalog} for other
 * modules; the reads for pages and the API require a logged-in user with any role.
 */
@Service
@Transactional(readOnly = true)
public class TiltakstypeService implements TiltakstypeKatalog {

    private final TiltakstypeQueries queries;
    private final TilgangService tilgang;

    TiltakstypeService(TiltakstypeQueries queries, TilgangService tilgang) {
        this.queries = queries;
        this.tilgang = tilgang;
    }

    @Override
    public Optional<TiltakstypeInfo> finn(String tiltakskode) {
        return queries.find(tiltakskode).map(TiltakstypeService::info);
    }

    @Override
    public Optional<String> beskrivelse(String tiltakskode) {
        return queries.find(tiltakskode).map(Tiltakstype::beskrivelse);
    }

    @Override
    public List<TiltakstypeInfo> alle() {
        return queries.list(null).stream().map(TiltakstypeService::info).toList();
    }

    @Override
    public Optional<String> delMedBrukerTekst(String tiltakskode) {
        return queries.find(tiltakskode).map(Tiltakstype::delMedBrukerTekst);
    }

    /** The measure types by name, or only those open to one need category. */
    public List<Tiltakstype> listTiltakstyper(@Nullable Innsatsgruppe innsatsgruppe) {
        tilgang.krev(Rolle.values());
        return queries.list(innsatsgruppe);
    }

    /** One measure type; {@link NotFound} if the code is unknown. */
    public Tiltakstype getTiltakstype(String tiltakskode) {
        tilgang.krev(Rolle.values());
        return queries.find(tiltakskode).orElseThrow(() -> new NotFound("tiltakstype", tiltakskode));
    }

    private static TiltakstypeInfo info(Tiltakstype t) {
        return new TiltakstypeInfo(
                t.tiltakskode(), t.navn(), t.arenakode(), t.avtaletyper(), t.innsatsgrupper(), t.systemPrismodell());
    }
}
