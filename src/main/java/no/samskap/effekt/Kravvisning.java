package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Bevis;
import no.samskap.effekt.domain.Kontrollfunn;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Vurdering;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the engine sees it now (personal data; never shown to investors): the outcome event, what the checks
 * found, the evaluator's decision, and the money — {@code nominelt} is the rate card's price, {@code justeringer} what
 * the graded scale and each cap cut, {@code beregnet} what is left, {@code tilUtbetaling} the approved part.
 *
 * @param kanVurderes whether the current user may decide on it now
 */
public record Kravvisning(
        UUID id,
        UUID utfallId,
        UUID deltakerId,
        String deltakerReferanse,
        String maal,
        LocalDate utfallsdato,
        @Nullable BigDecimal verdi,
        List<Bevis> bevis,
        @Nullable String jobbforlop,
        UUID mottakerId,
        String innsendtAv,
        Instant innsendt,
        Kravstatus status,
        List<Kontrollfunn> funn,
        @Nullable Avgjorelse vurdering,
        String valuta,
        BigDecimal nominelt,
        List<Kutt> justeringer,
        BigDecimal beregnet,
        BigDecimal tilUtbetaling,
        boolean kanVurderes) {

    /** The evaluator's decision. */
    public record Avgjorelse(Vurdering.Beslutning beslutning, String evaluator, String begrunnelse, LocalDate dato) {}
}
