package no.samskap.katalog;

import java.util.List;
import java.util.Set;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tiltak.GjennomforingDetails;
import org.jspecify.annotations.Nullable;

/**
 * One implementation as the catalog's detail page shows it: the implementation (with provider, contact persons and
 * offices), the measure type's description and who it is for, its free places and waiting list, and what became of
 * the participants who ended it.
 */
public record KatalogDetaljer(
        GjennomforingDetails gjennomforing,
        @Nullable String tiltakstypeBeskrivelse,
        List<Innsatsgruppe> innsatsgrupper,
        Plasser plasser,
        Deltakerresultater resultater) {

    public KatalogDetaljer {
        innsatsgrupper = List.copyOf(innsatsgrupper);
    }

    static List<Innsatsgruppe> sortert(Set<Innsatsgruppe> grupper) {
        return grupper.stream().sorted().toList();
    }
}
