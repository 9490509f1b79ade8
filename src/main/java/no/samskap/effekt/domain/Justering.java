package no.samskap.effekt.domain;

import java.util.List;

/** One cut of a claim: why, and how much was taken off. */
public record Justering(Justeringsaarsak aarsak, Penger belop) {

    /** The amount cut to the room left under a cap; the cut, if any, is added to {@code justeringer}. */
    static Penger kutt(Penger belop, Penger rom, Justeringsaarsak aarsak, List<Justering> justeringer) {
        Penger tillatt = rom.ikkeNegativ();
        if (belop.compareTo(tillatt) <= 0) {
            return belop;
        }
        justeringer.add(new Justering(aarsak, belop.minus(tillatt)));
        return tillatt;
    }
}
