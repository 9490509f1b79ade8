package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Effektutlosning;
import no.samskap.effekt.domain.Evalueringsmetode;
import org.jspecify.annotations.Nullable;

/**
 * The effect against the comparison group per cohort and over all cohorts (the last line, {@code SAMLET}), and the
 * payments it triggers. In an investor's view the counts of a cohort with fewer than five participants are suppressed.
 */
public record Effektrapport(
        Evalueringsmetode metode,
        Effektform form,
        BigDecimal kohortterskel,
        BigDecimal samletTerskel,
        String valuta,
        List<Kohortlinje> kohorter) {

    /**
     * One cohort, or all of them ({@code id} null).
     *
     * @param prikket whether the counts, rates and effect are suppressed (fewer than five participants)
     */
    public record Kohortlinje(
            @Nullable UUID id,
            String kohort,
            @Nullable LocalDate dato,
            @Nullable Integer antallTiltak,
            @Nullable Integer utfallTiltak,
            @Nullable Integer antallSammenligning,
            @Nullable Integer utfallSammenligning,
            @Nullable BigDecimal rateTiltak,
            @Nullable BigDecimal rateSammenligning,
            @Nullable BigDecimal effekt,
            Effektutlosning.Status status,
            BigDecimal belop,
            boolean prikket,
            long version) {}
}
