package no.samskap.tiltak;

import java.util.Set;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/**
 * A measure type as other modules see it.
 *
 * @param tiltakskode stable code, e.g. {@code OPPFOLGING}
 * @param arenakode legacy Arena code, e.g. {@code INDOPPFAG}
 * @param avtaletyper which kinds of agreement it may be bought under
 * @param innsatsgrupper which need categories may use it
 * @param systemPrismodell the fixed price model a FORHANDSGODKJENT agreement gets; null if it cannot be forhåndsgodkjent
 */
public record TiltakstypeInfo(
        String tiltakskode,
        String navn,
        String arenakode,
        Set<Avtaletype> avtaletyper,
        Set<Innsatsgruppe> innsatsgrupper,
        @Nullable Prismodelltype systemPrismodell) {}
