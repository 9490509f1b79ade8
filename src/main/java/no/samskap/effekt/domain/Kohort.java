package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/**
 * Aggregates of one cohort and its comparison group: how many people, and how many outcome events among them (people in
 * work, reconvictions, …). For a historical benchmark the comparison figures are the benchmark population's.
 */
public record Kohort(String navn, int antallTiltak, int utfallTiltak, int antallSammenligning, int utfallSammenligning) {

    static final int SKALA = 6;

    public Kohort {
        if (antallTiltak < 0 || utfallTiltak < 0 || antallSammenligning < 0 || utfallSammenligning < 0) {
            throw new BusinessRuleViolation(EffektProblem.ANTALL_UGYLDIG, navn);
        }
    }

    /** Outcome events per person in the cohort; empty when the cohort is empty. */
    public Optional<BigDecimal> rateTiltak() {
        return rate(utfallTiltak, antallTiltak);
    }

    /** Outcome events per person in the comparison group; empty when it is empty. */
    public Optional<BigDecimal> rateSammenligning() {
        return rate(utfallSammenligning, antallSammenligning);
    }

    private static Optional<BigDecimal> rate(int utfall, int antall) {
        return antall == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(utfall).divide(BigDecimal.valueOf(antall), SKALA, RoundingMode.HALF_EVEN));
    }
}
