package no.samskap.effekt.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One claim as the engine sees it: its status, the checks' findings, the evaluator's decision, and the money —
 * {@code nominelt} is the rate card's price (price × achieved), {@code beregnet} what remains after the graded scale
 * and the caps (each cut in {@code justeringer}, so {@code nominelt − Σ justeringer = beregnet}), and
 * {@code tilUtbetaling} the part that is payable now (the computed amount once approved, otherwise zero).
 */
public record Kravresultat(
        Krav krav,
        Kravstatus status,
        List<Kontrollfunn> funn,
        @Nullable Vurdering vurdering,
        @Nullable PartId betaler,
        Penger nominelt,
        List<Justering> justeringer,
        Penger beregnet,
        Penger tilUtbetaling) {

    public Kravresultat {
        funn = List.copyOf(funn);
        justeringer = List.copyOf(justeringer);
    }

    /** Whether the automatic checks rejected the claim (as opposed to the evaluator). */
    public boolean avvistAutomatisk() {
        return funn.stream().anyMatch(f -> f.alvor() == Kontrollfunn.Alvor.AVVIS);
    }

    public Penger justert(Justeringsaarsak aarsak) {
        return justeringer.stream()
                .filter(j -> j.aarsak() == aarsak)
                .map(Justering::belop)
                .reduce(Penger.ingen(nominelt.valuta()), Penger::plus);
    }
}
