package no.samskap.tiltak.web;

import java.util.List;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.Prismodelltype;
import no.samskap.tiltak.domain.Tiltakstype;
import org.jspecify.annotations.Nullable;

/**
 * A measure type in the API. Lists are in the enums' order (innsatsgrupper from least to most need).
 *
 * @param systemPrismodell the fixed price model of a FORHANDSGODKJENT agreement; absent if it cannot be forhåndsgodkjent
 */
public record TiltakstypeResponse(
        String tiltakskode,
        String navn,
        String arenakode,
        String beskrivelse,
        String delMedBrukerTekst,
        List<Avtaletype> avtaletyper,
        List<Innsatsgruppe> innsatsgrupper,
        @Nullable Prismodelltype systemPrismodell) {

    static TiltakstypeResponse fra(Tiltakstype t) {
        return new TiltakstypeResponse(
                t.tiltakskode(),
                t.navn(),
                t.arenakode(),
                t.beskrivelse(),
                t.delMedBrukerTekst(),
                t.avtaletyper().stream().sorted().toList(),
                t.innsatsgrupper().stream().sorted().toList(),
                t.systemPrismodell());
    }
}
