package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The engine and its result: every claim of a contract checked, priced and capped, and the reconciliation that explains,
 * per metric and per participant, the difference between "price × achieved" and what is payable.
 *
 * <p>{@link #beregn} is a pure function of the terms, the target group, all claims and all of the evaluator's
 * decisions; it is recomputed whenever one of them changes, so a rejection later in the process frees the cap room and
 * ladder rungs that depended on it. Claims are taken in the order of their outcome dates (same day: lower ladder rung
 * first, then by time claimed, then by id), and each claim runs through, in this fixed order:
 *
 * <ol>
 *   <li>the checks: known metric, contract period, eligibility, duplicate, ladder prerequisite, mutually exclusive
 *       alternative, valid price, threshold and graded scale (all of these reject) and evidence (flags);
 *   <li>the evaluator's decision, if any (an automatically rejected claim stays rejected);
 *   <li>the price: the rate card's price, less any partial payment of a graded scale ({@code MAALESKALA});
 *   <li>the caps, each cutting what exceeds the room left: per participant, per metric, per contract, per payer (the
 *       payer cap only for metrics with a named payer; pooled metrics are within every payer's commitment once within
 *       the contract cap, see {@link Kontraktsvilkar#samletTak()}).
 * </ol>
 *
 * Claims that are not rejected — approved or still waiting for the evaluator — use up cap room; only approved claims
 * are payable.
 */
public record Avstemming(Kontraktsvilkar vilkar, List<Kravresultat> resultater) {

    public Avstemming {
        resultater = List.copyOf(resultater);
    }

    /**
     * Checks, prices and caps all claims of a contract.
     *
     * @throws BusinessRuleViolation {@code FIRE_OYNE} for a decision by the claimant, {@code KRAV_ALLEREDE_VURDERT} for
     *     two decisions on one claim
     */
    public static Avstemming beregn(
            Kontraktsvilkar vilkar, Kvalifisering kvalifisering, Collection<Krav> krav, Collection<Vurdering> vurderinger) {
        Map<KravId, Vurdering> vurderingPerKrav = vurderinger.stream()
                .collect(Collectors.toMap(Vurdering::krav, Function.identity(), (a, b) -> {
                    throw new BusinessRuleViolation(EffektProblem.KRAV_ALLEREDE_VURDERT);
                }));
        List<Krav> rekkefolge = krav.stream()
                .sorted(Comparator.comparing(Krav::utfallsdato)
                        .thenComparingInt(k -> vilkar.trinnposisjon(k.maal()))
                        .thenComparing(Krav::innsendt)
                        .thenComparing(k -> k.id().value()))
                .toList();
        var motor = new Motor(vilkar, kvalifisering);
        List<Kravresultat> resultater = new ArrayList<>();
        for (Krav k : rekkefolge) {
            resultater.add(motor.vurder(k, vurderingPerKrav.get(k.id())));
        }
        return new Avstemming(vilkar, resultater);
    }

    /**
     * The same computation seen through a filter (a provider sees its own claims): the results are not recomputed,
     * so the caps and ladders still reflect every claim of the contract; only the lines are made from fewer claims.
     */
    public Avstemming utvalg(java.util.function.Predicate<Kravresultat> filter) {
        return new Avstemming(vilkar, resultater.stream().filter(filter).toList());
    }

    public Optional<Kravresultat> resultat(KravId id) {
        return resultater.stream().filter(r -> r.krav().id().equals(id)).findFirst();
    }

    /** The reconciliation per metric, in the contract's order of metrics (then unknown codes). */
    public Map<String, Avstemmingslinje> perResultatmaal() {
        Map<String, List<Kravresultat>> gruppert = new LinkedHashMap<>();
        vilkar.maal().forEach(m -> gruppert.put(m.kode(), new ArrayList<>()));
        resultater.forEach(r -> gruppert.computeIfAbsent(r.krav().maal(), k -> new ArrayList<>()).add(r));
        Map<String, Avstemmingslinje> linjer = new LinkedHashMap<>();
        gruppert.forEach((kode, liste) -> linjer.put(kode, Avstemmingslinje.av(liste, vilkar.valuta())));
        return linjer;
    }

    /** The reconciliation per participant, in the order each participant's first outcome was processed. */
    public Map<DeltakerId, Avstemmingslinje> perDeltaker() {
        Map<DeltakerId, List<Kravresultat>> gruppert = new LinkedHashMap<>();
        resultater.forEach(r -> gruppert.computeIfAbsent(r.krav().deltaker(), k -> new ArrayList<>()).add(r));
        Map<DeltakerId, Avstemmingslinje> linjer = new LinkedHashMap<>();
        gruppert.forEach((id, liste) -> linjer.put(id, Avstemmingslinje.av(liste, vilkar.valuta())));
        return linjer;
    }

    /** The reconciliation of the whole contract. */
    public Avstemmingslinje totalt() {
        return Avstemmingslinje.av(resultater, vilkar.valuta());
    }

    /**
     * One line of the reconciliation.
     *
     * @param krevd claims made
     * @param oppnaadd claims not rejected (approved or waiting for the evaluator)
     * @param avvist claims rejected, by the checks or the evaluator
     * @param prisGangerOppnaadd the rate card's price summed over the achieved claims
     * @param justeringer what each rule and cap cut, summed per reason, in the order they are applied (only cuts)
     * @param beregnet what the achieved claims are worth after the cuts ({@code prisGangerOppnaadd − Σ justeringer})
     * @param godkjent the part of it that is approved and so payable
     * @param funn how many claims had each finding of the checks
     * @param krav the claims behind the line, for drilling down
     */
    public record Avstemmingslinje(
            int krevd,
            int oppnaadd,
            int avvist,
            Penger prisGangerOppnaadd,
            List<Justering> justeringer,
            Penger beregnet,
            Penger godkjent,
            Map<Kontrollfunn, Integer> funn,
            List<Kravresultat> krav) {

        public Avstemmingslinje {
            justeringer = List.copyOf(justeringer);
            funn = Collections.unmodifiableMap(funn.isEmpty() ? new EnumMap<>(Kontrollfunn.class) : new EnumMap<>(funn));
            krav = List.copyOf(krav);
        }

        static Avstemmingslinje av(List<Kravresultat> liste, Currency valuta) {
            Penger null0 = Penger.ingen(valuta);
            List<Kravresultat> teller = liste.stream().filter(r -> r.status().teller()).toList();
            Map<Justeringsaarsak, Penger> sum = new EnumMap<>(Justeringsaarsak.class);
            teller.forEach(r -> r.justeringer().forEach(j -> sum.merge(j.aarsak(), j.belop(), Penger::plus)));
            Map<Kontrollfunn, Integer> funn = new EnumMap<>(Kontrollfunn.class);
            liste.forEach(r -> r.funn().forEach(f -> funn.merge(f, 1, Integer::sum)));
            return new Avstemmingslinje(
                    liste.size(),
                    teller.size(),
                    liste.size() - teller.size(),
                    teller.stream().map(Kravresultat::nominelt).reduce(null0, Penger::plus),
                    sum.entrySet().stream().map(e -> new Justering(e.getKey(), e.getValue())).toList(),
                    teller.stream().map(Kravresultat::beregnet).reduce(null0, Penger::plus),
                    liste.stream().map(Kravresultat::tilUtbetaling).reduce(null0, Penger::plus),
                    funn,
                    liste);
        }

        public Penger justert(Justeringsaarsak aarsak) {
            return justeringer.stream()
                    .filter(j -> j.aarsak() == aarsak)
                    .map(Justering::belop)
                    .findFirst()
                    .orElse(Penger.ingen(prisGangerOppnaadd.valuta()));
        }
    }

    /** The running state while claims are processed in order. */
    private static final class Motor {
        private final Kontraktsvilkar vilkar;
        private final Kvalifisering kvalifisering;
        private final Penger null0;
        private final Set<String> brukt = new HashSet<>();
        private final Map<String, LocalDate> oppnaadd = new HashMap<>();
        private final Map<String, String> alternativBrukt = new HashMap<>();
        private final Map<DeltakerId, Penger> perDeltaker = new HashMap<>();
        private final Map<String, Penger> perMaal = new HashMap<>();
        private final Map<PartId, Penger> perBetaler = new HashMap<>();
        private Penger totalt;

        Motor(Kontraktsvilkar vilkar, Kvalifisering kvalifisering) {
            this.vilkar = vilkar;
            this.kvalifisering = kvalifisering;
            this.null0 = Penger.ingen(vilkar.valuta());
            this.totalt = null0;
        }

        Kravresultat vurder(Krav k, @Nullable Vurdering vurdering) {
            if (vurdering != null
                    && Vurdering.normaliser(vurdering.evaluator()).equals(Vurdering.normaliser(k.innsendtAv()))) {
                throw new BusinessRuleViolation(EffektProblem.FIRE_OYNE);
            }
            Resultatmaal m = vilkar.resultatmaal(k.maal()).orElse(null);
            if (m == null) {
                return new Kravresultat(k, Kravstatus.AVVIST, List.of(Kontrollfunn.UKJENT_RESULTATMAAL), vurdering, null,
                        null0, List.of(), null0, null0);
            }
            List<Kontrollfunn> funn = new ArrayList<>();
            LocalDate dato = k.utfallsdato();
            if (!vilkar.innenforPerioden(dato)) {
                funn.add(Kontrollfunn.UTENFOR_KONTRAKTSPERIODE);
            }
            if (!kvalifisering.erKvalifisert(k.deltaker(), dato)) {
                funn.add(Kontrollfunn.IKKE_KVALIFISERT);
            }
            String bruktNokkel = k.deltaker() + "|" + m.kode() + "|" + m.gjentakelse().periodenokkel(dato);
            if (brukt.contains(bruktNokkel)) {
                funn.add(Kontrollfunn.DUPLIKAT);
            }
            vilkar.forutgaendeTrinn(m.kode()).ifPresent(forrige -> {
                LocalDate naadd = oppnaadd.get(k.deltaker() + "|" + forrige);
                if (naadd == null || naadd.isAfter(dato)) {
                    funn.add(Kontrollfunn.MANGLER_FORUTGAENDE_TRINN);
                }
            });
            String alternativNokkel = vilkar.alternativerFor(m.kode())
                    .map(a -> k.deltaker() + "|" + a.navn() + "|" + (k.jobbforlop() == null ? "" : k.jobbforlop()))
                    .orElse(null);
            if (alternativNokkel != null) {
                String annet = alternativBrukt.get(alternativNokkel);
                if (annet != null && !annet.equals(m.kode())) {
                    funn.add(Kontrollfunn.GJENSIDIG_UTELUKKENDE);
                }
            }
            Prisregel regel = m.prisPaa(dato).orElse(null);
            Penger nominelt = null0;
            Penger pris = null0;
            if (regel == null) {
                if (!funn.contains(Kontrollfunn.UTENFOR_KONTRAKTSPERIODE)) {
                    funn.add(Kontrollfunn.INGEN_GYLDIG_PRIS);
                }
            } else {
                nominelt = regel.nominelt();
                BigDecimal minste = m.minsteVerdi();
                BigDecimal verdi = k.verdi();
                if (minste != null && verdi == null) {
                    funn.add(Kontrollfunn.VERDI_MANGLER);
                } else if (minste != null && verdi.compareTo(minste) < 0) {
                    funn.add(Kontrollfunn.UNDER_TERSKEL);
                } else {
                    switch (regel.beregn(verdi)) {
                        case Prisregel.Beregnet.Belop b -> pris = b.belop();
                        case Prisregel.Beregnet.Avvist a -> funn.add(a.funn());
                    }
                }
            }
            if (!m.bevis().isEmpty() && k.bevis().stream().noneMatch(b -> m.bevis().contains(b.type()))) {
                funn.add(Kontrollfunn.BEVIS_MANGLER);
            }

            Kravstatus status = status(funn, vurdering);
            if (!status.teller()) {
                return new Kravresultat(k, status, funn, vurdering, m.betaler(), nominelt, List.of(), null0, null0);
            }
            brukt.add(bruktNokkel);
            oppnaadd.merge(k.deltaker() + "|" + m.kode(), dato, (a, b) -> a.isBefore(b) ? a : b);
            if (alternativNokkel != null) {
                alternativBrukt.putIfAbsent(alternativNokkel, m.kode());
            }

            List<Justering> justeringer = new ArrayList<>();
            if (pris.compareTo(nominelt) < 0) {
                justeringer.add(new Justering(Justeringsaarsak.MAALESKALA, nominelt.minus(pris)));
            }
            Penger belop = pris;
            Penger takDeltaker = vilkar.takPerDeltaker();
            if (takDeltaker != null) {
                belop = Justering.kutt(belop, takDeltaker.minus(perDeltaker.getOrDefault(k.deltaker(), null0)),
                        Justeringsaarsak.TAK_DELTAKER, justeringer);
            }
            Penger takMaal = m.tak();
            if (takMaal != null) {
                belop = Justering.kutt(belop, takMaal.minus(perMaal.getOrDefault(m.kode(), null0)),
                        Justeringsaarsak.TAK_RESULTATMAAL, justeringer);
            }
            belop = Justering.kutt(belop, vilkar.samletTak().minus(totalt), Justeringsaarsak.TAK_KONTRAKT, justeringer);
            PartId betaler = m.betaler();
            if (betaler != null) {
                Penger rom = vilkar.betaler(betaler).forpliktelse().minus(perBetaler.getOrDefault(betaler, null0));
                belop = Justering.kutt(belop, rom, Justeringsaarsak.TAK_BETALER, justeringer);
                perBetaler.merge(betaler, belop, Penger::plus);
            }

            perDeltaker.merge(k.deltaker(), belop, Penger::plus);
            perMaal.merge(m.kode(), belop, Penger::plus);
            totalt = totalt.plus(belop);
            Penger tilUtbetaling = status == Kravstatus.GODKJENT ? belop : null0;
            return new Kravresultat(k, status, funn, vurdering, m.betaler(), nominelt, justeringer, belop, tilUtbetaling);
        }

        private static Kravstatus status(List<Kontrollfunn> funn, @Nullable Vurdering vurdering) {
            if (funn.stream().anyMatch(f -> f.alvor() == Kontrollfunn.Alvor.AVVIS)) {
                return Kravstatus.AVVIST;
            }
            if (vurdering != null) {
                return switch (vurdering.beslutning()) {
                    case GODKJENT -> Kravstatus.GODKJENT;
                    case AVVIST -> Kravstatus.AVVIST;
                };
            }
            return funn.isEmpty() ? Kravstatus.TIL_VURDERING : Kravstatus.FLAGGET;
        }

    }
}
