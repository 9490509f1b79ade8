package no.samskap.effekt;

import no.samskap.effekt.domain.Prikking;
import org.jspecify.annotations.Nullable;

/**
 * A figure in an aggregated view: its value, or none when it counts fewer than five participants (prikking). The
 * count itself is never shown, so a suppressed cell reveals nothing.
 */
public record Prikket<T>(@Nullable T verdi, boolean prikket) {

    static <T> Prikket<T> av(Prikking.Tall<T> tall) {
        return tall.skjult() ? new Prikket<>(null, true) : new Prikket<>(tall.verdi(), false);
    }

    static <T> Prikket<T> vis(T verdi, int antallDeltakere) {
        return av(Prikking.vis(verdi, antallDeltakere));
    }
}
