package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How the effect is computed from the rate among participants ({@code t}) and in the comparison group ({@code s}).
 * Rounded HALF_EVEN to six decimals.
 */
public enum Effektform {
    /** {@code 1 − t/s}: the relative reduction of a bad outcome (reconviction, benefit dependency). */
    REDUKSJON,
    /** {@code t/s − 1}: the relative increase of a good outcome (in work, passed test). */
    OKNING,
    /** {@code t − s}: the difference in percentage points. */
    DIFFERANSE;

    /** The effect, or empty when it is undefined (an empty group, or a relative form over a zero comparison rate). */
    public Optional<BigDecimal> effekt(Kohort k) {
        var t = k.rateTiltak();
        var s = k.rateSammenligning();
        if (t.isEmpty() || s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal tiltak = t.get();
        BigDecimal sammenligning = s.get();
        return switch (this) {
            case REDUKSJON -> relativ(tiltak, sammenligning).map(BigDecimal.ONE::subtract);
            case OKNING -> relativ(tiltak, sammenligning).map(r -> r.subtract(BigDecimal.ONE));
            case DIFFERANSE -> Optional.of(tiltak.subtract(sammenligning));
        };
    }

    private static Optional<BigDecimal> relativ(BigDecimal tiltak, BigDecimal sammenligning) {
        return sammenligning.signum() == 0
                ? Optional.empty()
                : Optional.of(tiltak.divide(sammenligning, Kohort.SKALA, RoundingMode.HALF_EVEN));
    }
}
