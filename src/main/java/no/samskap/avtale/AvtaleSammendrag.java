package no.samskap.avtale;

import no.samskap.arrangor.ArrangorInfo;
import no.samskap.avtale.persistence.AvtaleRad;
import org.jspecify.annotations.Nullable;

/** One agreement in a list, with the names of its measure type and provider. */
public record AvtaleSammendrag(AvtaleRad rad, String tiltakstypeNavn, @Nullable ArrangorInfo arrangor) {}
