package no.samskap.deltakelse.domain;

import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseProblem;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A reason for ending an enrolment: a type and, for {@link Aarsakstype#ANNET} only, a free-text description.
 *
 * @param beskrivelse required for ANNET (at most {@value #MAKS_BESKRIVELSE} characters), absent otherwise
 */
public record Aarsak(Aarsakstype type, @Nullable String beskrivelse) {

    public static final int MAKS_BESKRIVELSE = 200;
    private static final String FELT = "aarsak.beskrivelse";

    public Aarsak {
        String tekst = beskrivelse == null || beskrivelse.isBlank() ? null : beskrivelse.strip();
        var feil = InvalidInput.collector();
        feil.check(type != Aarsakstype.ANNET || tekst != null, FELT, DeltakelseProblem.AARSAK_BESKRIVELSE_PAAKREVD);
        feil.check(type == Aarsakstype.ANNET || tekst == null, FELT, DeltakelseProblem.AARSAK_BESKRIVELSE_IKKE_TILLATT);
        feil.check(tekst == null || tekst.length() <= MAKS_BESKRIVELSE, FELT, DeltakelseProblem.AARSAK_BESKRIVELSE_FOR_LANG,
                MAKS_BESKRIVELSE);
        feil.throwIfAny();
        beskrivelse = tekst;
    }

    public static Aarsak av(Aarsakstype type) {
        return new Aarsak(type, null);
    }
}
