package no.samskap.tiltak.domain;

import java.util.Set;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/**
 * A measure type with everything screens show: the catalog description for counsellors and the text that prefills
 * a "share with the person" message.
 *
 * @param systemPrismodell the fixed price model a FORHANDSGODKJENT agreement gets; null if it cannot be forhåndsgodkjent
 */
public record Tiltakstype(
        String tiltakskode,
        String navn,
        String arenakode,
        String beskrivelse,
        String delMedBrukerTekst,
        Set<Avtaletype> avtaletyper,
        Set<Innsatsgruppe> innsatsgrupper,
        @Nullable Prismodelltype systemPrismodell) {

    public Tiltakstype {
        avtaletyper = Set.copyOf(avtaletyper);
        innsatsgrupper = Set.copyOf(innsatsgrupper);
    }

    /** May a person in this need category take part? */
    public boolean aapenFor(Innsatsgruppe innsatsgruppe) {
        return innsatsgrupper.contains(innsatsgruppe);
    }
}
