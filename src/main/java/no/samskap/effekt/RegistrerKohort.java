package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The evaluator records (or, with {@code kohortId} and {@code version}, corrects) a cohort's aggregates: how many
 * people and outcome events among participants and in the comparison group (for a historical benchmark, the benchmark
 * population's). No person is named.
 *
 * @param dato when the cohort was measured: an effect payment it triggers is earned from this date
 */
public record RegistrerKohort(
        UUID kontraktId,
        @Nullable UUID kohortId,
        @Nullable Long version,
        @Nullable String navn,
        @Nullable LocalDate dato,
        @Nullable Integer antallTiltak,
        @Nullable Integer utfallTiltak,
        @Nullable Integer antallSammenligning,
        @Nullable Integer utfallSammenligning) {}
