package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A payment run: for one period, what each outcome payer pays each recipient for the claims approved up to the end of
 * the period.
 *
 * <p>Each line pays the difference between what the approved claims of the pair (payer, recipient) are worth to date
 * and what earlier runs paid the pair. A difference below zero (a claim paid earlier was later rejected, or cut by a
 * recomputation) pays nothing and is offset in later runs, because they again pay the cumulative difference. Claims of
 * pooled metrics are split between the payers pro rata to their commitments. As a safety net against terms amended
 * after earlier runs, a line is cut at what is left of the contract cap and then of the payer's commitment, and the
 * cut is shown: nothing is ever paid beyond a cap.
 */
public record Utbetalingskjoring(Utbetalingsperiode periode, Currency valuta, List<Utbetalingslinje> linjer) {

    public Utbetalingskjoring {
        linjer = List.copyOf(linjer);
    }

    /**
     * One payer-recipient pair in a run.
     *
     * @param opptjent what the approved claims of the pair are worth to the end of the period
     * @param tidligereUtbetalt what earlier runs paid the pair
     * @param belop what this run pays
     * @param justeringer the caps that cut this run's payment
     */
    public record Utbetalingslinje(
            PartId betaler, PartId mottaker, Penger opptjent, Penger tidligereUtbetalt, Penger belop,
            List<Justering> justeringer) {

        public Utbetalingslinje {
            justeringer = List.copyOf(justeringer);
        }
    }

    /** Makes the run for a period from the reconciliation and all earlier payments of the contract. */
    public static Utbetalingskjoring beregn(
            Avstemming avstemming, Utbetalingsperiode periode, Collection<Utbetaling> tidligere) {
        return beregn(avstemming, periode, tidligere, List.of());
    }

    /**
     * Something else earned to the end of the period besides approved claims — a payment triggered by the effect
     * against a comparison group: cumulative, like the claims, so a run pays only what earlier runs did not.
     *
     * @param betaler the payer, or null when all payers pay it from the pool, pro rata to their commitments
     */
    public record AnnenOpptjening(@org.jspecify.annotations.Nullable PartId betaler, PartId mottaker, Penger belop) {}

    /**
     * As {@link #beregn(Avstemming, Utbetalingsperiode, Collection)}, with other earnings (effect payments) added to
     * what the pairs have earned; they are capped like the claims.
     */
    public static Utbetalingskjoring beregn(
            Avstemming avstemming, Utbetalingsperiode periode, Collection<Utbetaling> tidligere,
            List<AnnenOpptjening> annen) {
        Kontraktsvilkar vilkar = avstemming.vilkar();
        Penger null0 = Penger.ingen(vilkar.valuta());
        Map<List<PartId>, Penger> opptjent = opptjent(avstemming, periode);
        List<BigDecimal> vekter = vilkar.betalere().stream().map(b -> b.forpliktelse().belop()).toList();
        for (AnnenOpptjening a : annen) {
            PartId betaler = a.betaler();
            if (betaler != null) {
                opptjent.merge(List.of(betaler, a.mottaker()), a.belop(), Penger::plus);
            } else {
                List<Penger> deler = a.belop().fordel(vekter);
                for (int i = 0; i < deler.size(); i++) {
                    opptjent.merge(List.of(vilkar.betalere().get(i).id(), a.mottaker()), deler.get(i), Penger::plus);
                }
            }
        }
        Map<List<PartId>, Penger> betaltPar = new HashMap<>();
        Map<PartId, Penger> betaltAvBetaler = new HashMap<>();
        Penger betaltTotalt = null0;
        for (Utbetaling u : tidligere) {
            betaltPar.merge(List.of(u.betaler(), u.mottaker()), u.belop(), Penger::plus);
            betaltAvBetaler.merge(u.betaler(), u.belop(), Penger::plus);
            betaltTotalt = betaltTotalt.plus(u.belop());
        }
        List<Utbetalingslinje> linjer = new ArrayList<>();
        for (var e : opptjent.entrySet()) {
            PartId betaler = e.getKey().get(0);
            PartId mottaker = e.getKey().get(1);
            Penger tidligereUtbetalt = betaltPar.getOrDefault(e.getKey(), null0);
            Penger belop = e.getValue().minus(tidligereUtbetalt).ikkeNegativ();
            List<Justering> justeringer = new ArrayList<>();
            Penger kontraktsrom = vilkar.samletTak().minus(betaltTotalt);
            belop = Justering.kutt(belop, kontraktsrom, Justeringsaarsak.TAK_KONTRAKT, justeringer);
            Penger betalerrom =
                    vilkar.betaler(betaler).forpliktelse().minus(betaltAvBetaler.getOrDefault(betaler, null0));
            belop = Justering.kutt(belop, betalerrom, Justeringsaarsak.TAK_BETALER, justeringer);
            betaltTotalt = betaltTotalt.plus(belop);
            betaltAvBetaler.merge(betaler, belop, Penger::plus);
            linjer.add(new Utbetalingslinje(betaler, mottaker, e.getValue(), tidligereUtbetalt, belop, justeringer));
        }
        return new Utbetalingskjoring(periode, vilkar.valuta(), linjer);
    }

    /** What the run pays, as payments to be stored (lines paying nothing left out). */
    public List<Utbetaling> utbetalinger() {
        return linjer.stream()
                .filter(l -> l.belop().erPositiv())
                .map(l -> new Utbetaling(periode, l.betaler(), l.mottaker(), l.belop()))
                .toList();
    }

    /** The statement of one party: the lines it pays or receives. */
    public List<Utbetalingslinje> oppgjorFor(PartId part) {
        return linjer.stream().filter(l -> l.betaler().equals(part) || l.mottaker().equals(part)).toList();
    }

    public Penger totalt() {
        return linjer.stream().map(Utbetalingslinje::belop).reduce(Penger.ingen(valuta), Penger::plus);
    }

    /** Approved claims to the end of the period, per (payer, recipient) in the order payers and recipients appear. */
    private static Map<List<PartId>, Penger> opptjent(Avstemming avstemming, Utbetalingsperiode periode) {
        Kontraktsvilkar vilkar = avstemming.vilkar();
        Map<List<PartId>, Penger> perPar = new LinkedHashMap<>();
        Map<PartId, Penger> pottPerMottaker = new LinkedHashMap<>();
        for (Kravresultat r : avstemming.resultater()) {
            Vurdering v = r.vurdering();
            if (r.status() != Kravstatus.GODKJENT || v == null || v.dato().isAfter(periode.til())) {
                continue;
            }
            if (r.betaler() == null) {
                pottPerMottaker.merge(r.krav().mottaker(), r.tilUtbetaling(), Penger::plus);
            } else {
                perPar.merge(List.of(Objects.requireNonNull(r.betaler()), r.krav().mottaker()), r.tilUtbetaling(),
                        Penger::plus);
            }
        }
        List<BigDecimal> vekter = vilkar.betalere().stream().map(b -> b.forpliktelse().belop()).toList();
        pottPerMottaker.forEach((mottaker, sum) -> {
            List<Penger> deler = sum.fordel(vekter);
            for (int i = 0; i < deler.size(); i++) {
                perPar.merge(List.of(vilkar.betalere().get(i).id(), mottaker), deler.get(i), Penger::plus);
            }
        });
        return perPar;
    }

}
