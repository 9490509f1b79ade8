package no.samskap.deltakelse;

import java.time.LocalDate;
import java.util.UUID;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * What the enrol form shows for one implementation: name, provider and intake, whether it is open for enrolment, how
 * many places are taken and how many wait, and the values to prefill. No personal data.
 *
 * @param opptatt enrolments taking a place (VENTER_PA_OPPSTART or DELTAR)
 * @param venteliste enrolments on the waiting list
 * @param innhold the content to prefill: the implementation's description, else the measure type's
 * @param startdato the start date to prefill (LOPENDE intake only): today, or the implementation's start if later
 */
public record PameldingSkjema(
        UUID gjennomforingId,
        String navn,
        @Nullable String arrangorNavn,
        Oppstartstype oppstartstype,
        boolean apen,
        int antallPlasser,
        int opptatt,
        int venteliste,
        @Nullable String innhold,
        @Nullable LocalDate startdato) {

    public int ledige() {
        return Math.max(0, antallPlasser - opptatt);
    }
}
