package no.samskap.tiltak;

import org.jspecify.annotations.Nullable;

/**
 * How long a person can expect to wait for a place, e.g. 3 UKER. As input both parts may be missing (then there is no
 * estimate); a stored estimate has both.
 */
public record EstimertVentetid(@Nullable Integer verdi, @Nullable Enhet enhet) {

    /** The unit of the estimate. */
    public enum Enhet {
        UKER,
        MANEDER
    }

    public boolean erTom() {
        return verdi == null && enhet == null;
    }
}
