package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A provider's claim that a participant achieved an outcome.
 *
 * @param maal the metric code
 * @param utfallsdato when the outcome was achieved
 * @param verdi the measured value where the metric needs one (earnings, job percentage, test level, effect size)
 * @param jobbforlop the job spell the outcome belongs to, for mutually exclusive alternatives (null: one spell)
 * @param mottaker the provider to be paid
 * @param innsendtAv the ident of the person who claimed (four eyes: never the evaluator)
 * @param innsendt when it was claimed; orders claims with the same outcome date
 */
public record Krav(
        KravId id,
        DeltakerId deltaker,
        String maal,
        LocalDate utfallsdato,
        @Nullable BigDecimal verdi,
        List<Bevis> bevis,
        @Nullable String jobbforlop,
        PartId mottaker,
        String innsendtAv,
        Instant innsendt) {

    public Krav {
        bevis = List.copyOf(bevis);
    }
}
