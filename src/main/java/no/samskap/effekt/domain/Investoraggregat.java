package no.samskap.effekt.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an investor may see of a contract's outcomes: per metric, how many participants achieved it and what is
 * approved for it — suppressed by {@link Prikking} — and the contract's totals. It holds no participant ids, names or
 * claims: an investor view built from it cannot leak personal data.
 */
public record Investoraggregat(List<Linje> linjer, Prikking.Tall<Integer> deltakere, Prikking.Tall<Penger> godkjent) {

    /** One metric: participants who achieved it and the approved amount, each suppressed below five participants. */
    public record Linje(String maal, Prikking.Tall<Integer> deltakere, Prikking.Tall<Penger> godkjent) {}

    public static Investoraggregat av(Avstemming avstemming) {
        List<Prikking.Celle<Integer>> antall = new ArrayList<>();
        List<Prikking.Celle<Penger>> belop = new ArrayList<>();
        for (Map.Entry<String, Avstemming.Avstemmingslinje> e : avstemming.perResultatmaal().entrySet()) {
            int n = deltakere(e.getValue().krav());
            antall.add(new Prikking.Celle<>(e.getKey(), n, n));
            belop.add(new Prikking.Celle<>(e.getKey(), e.getValue().godkjent(), n));
        }
        List<Prikking.Tall<Integer>> antallVist = Prikking.tabell(antall);
        List<Prikking.Tall<Penger>> belopVist = Prikking.tabell(belop);
        List<Linje> linjer = new ArrayList<>();
        for (int i = 0; i < antall.size(); i++) {
            linjer.add(new Linje(antall.get(i).nokkel(), antallVist.get(i), belopVist.get(i)));
        }
        int alle = deltakere(avstemming.resultater());
        return new Investoraggregat(linjer, Prikking.vis(alle, alle), Prikking.vis(avstemming.totalt().godkjent(), alle));
    }

    /** Distinct participants with an achieved (not rejected) claim. */
    private static int deltakere(List<Kravresultat> krav) {
        Set<DeltakerId> ider = krav.stream()
                .filter(r -> r.status().teller())
                .map(r -> r.krav().deltaker())
                .collect(Collectors.toSet());
        return ider.size();
    }
}
