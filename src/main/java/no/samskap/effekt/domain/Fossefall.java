package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The waterfall that distributes money available to investors (outcome payments after the provider's share), tranche
 * by tranche in order of seniority: each tranche first gets its outstanding principal back, then its return, before the
 * next tranche gets anything. Within a tranche the money is shared pro rata to what each investor is owed (largest
 * remainder, so the parts add up). No investor ever gets more than its contracted maximum ({@code maksUtbetaling}); what
 * is left when every tranche is satisfied is the rest ({@code rest}), which stays with the contract.
 */
public final class Fossefall {

    private Fossefall() {}

    /**
     * Where an investor stands.
     *
     * @param utestaendeHovedstol principal paid in and not yet repaid
     * @param mottatt what it has received in all (principal and return)
     */
    public record Posisjon(Investor investor, Penger utestaendeHovedstol, Penger mottatt) {

        /** The return it can still receive: its contracted maximum less what it has received and the principal owed. */
        public Penger avkastningsrom() {
            return investor.maksUtbetaling().minus(mottatt).minus(utestaendeHovedstol).ikkeNegativ();
        }

        /** The principal it can still receive, bounded by its contracted maximum. */
        Penger hovedstolsrom() {
            return utestaendeHovedstol.min(investor.maksUtbetaling().minus(mottatt).ikkeNegativ());
        }
    }

    /** What one investor gets from a distribution. */
    public record Andel(PartId investor, Tranche tranche, Penger hovedstol, Penger avkastning) {
        public Penger totalt() {
            return hovedstol.plus(avkastning);
        }
    }

    /** A distribution: each investor's share and what is left over. */
    public record Fordeling(List<Andel> andeler, Penger rest) {

        /** The distribution as the investors' cash flows on a date (parts that are zero left out). */
        public List<Kontantstrom> somKontantstrommer(LocalDate dato) {
            List<Kontantstrom> strommer = new ArrayList<>();
            for (Andel a : andeler) {
                if (a.hovedstol().erPositiv()) {
                    strommer.add(new Kontantstrom(a.investor(), dato, Kontantstrom.Type.TILBAKEBETALING, a.hovedstol()));
                }
                if (a.avkastning().erPositiv()) {
                    strommer.add(new Kontantstrom(a.investor(), dato, Kontantstrom.Type.AVKASTNING, a.avkastning()));
                }
            }
            return strommer;
        }
    }

    public static Fordeling fordel(Penger tilgjengelig, List<Posisjon> posisjoner) {
        Penger igjen = tilgjengelig.ikkeNegativ();
        Map<PartId, Penger[]> perInvestor = new LinkedHashMap<>();
        Penger null0 = Penger.ingen(tilgjengelig.valuta());
        posisjoner.forEach(p -> perInvestor.put(p.investor().id(), new Penger[] {null0, null0}));
        List<Posisjon> sortert = posisjoner.stream()
                .sorted(Comparator.comparing((Posisjon p) -> p.investor().tranche()))
                .toList();
        for (Tranche tranche : Tranche.values()) {
            List<Posisjon> iTranche = sortert.stream().filter(p -> p.investor().tranche() == tranche).toList();
            if (iTranche.isEmpty()) {
                continue;
            }
            igjen = steg(igjen, iTranche, iTranche.stream().map(Posisjon::hovedstolsrom).toList(), perInvestor, 0);
            igjen = steg(igjen, iTranche, iTranche.stream().map(Posisjon::avkastningsrom).toList(), perInvestor, 1);
        }
        List<Andel> andeler = posisjoner.stream()
                .map(p -> {
                    Penger[] a = perInvestor.get(p.investor().id());
                    return new Andel(p.investor().id(), p.investor().tranche(), a[0], a[1]);
                })
                .toList();
        return new Fordeling(andeler, igjen);
    }

    /** Pays the investors of a tranche up to what each is owed in one step; returns what is left. */
    private static Penger steg(
            Penger igjen, List<Posisjon> iTranche, List<Penger> skyldig, Map<PartId, Penger[]> perInvestor, int del) {
        Penger sum = skyldig.stream().reduce(Penger.ingen(igjen.valuta()), Penger::plus);
        if (sum.erNull() || igjen.erNull()) {
            return igjen;
        }
        List<Penger> deler;
        if (igjen.compareTo(sum) >= 0) {
            deler = skyldig;
        } else {
            List<BigDecimal> vekter = skyldig.stream().map(Penger::belop).toList();
            deler = igjen.fordel(vekter);
        }
        for (int i = 0; i < iTranche.size(); i++) {
            Penger[] a = perInvestor.get(iTranche.get(i).investor().id());
            a[del] = a[del].plus(deler.get(i));
            igjen = igjen.minus(deler.get(i));
        }
        return igjen;
    }
}
