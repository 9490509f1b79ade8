package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/**
 * The investor ledger of a contract: the investors and their dated cash flows (commitments, drawdowns, repayments,
 * returns), with the figures investors judge a contract by — multiple on money, XIRR and the maximum loss.
 *
 * <p>A drawdown beyond an investor's commitment is refused; what an investor receives is bounded by its contracted
 * maximum through the {@link Fossefall waterfall}.
 */
public record Investorregnskap(List<Investor> investorer, List<Kontantstrom> kontantstrommer) {

    /** MoM is given with three decimals (1.576). */
    public static final int MOM_SKALA = 3;

    public Investorregnskap {
        investorer = List.copyOf(investorer);
        kontantstrommer = kontantstrommer.stream().sorted(Comparator.comparing(Kontantstrom::dato)).toList();
        for (Investor i : investorer) {
            Penger trukket = sum(kontantstrommer, i.id(), Kontantstrom.Type.TREKK, i.forpliktelse());
            if (trukket.compareTo(i.forpliktelse()) > 0) {
                throw new BusinessRuleViolation(EffektProblem.TREKK_OVER_FORPLIKTELSE, i.id());
            }
        }
    }

    public Investor investor(PartId id) {
        return investorer.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** The ledger with more cash flows (a drawdown, a distribution). */
    public Investorregnskap med(List<Kontantstrom> nye) {
        List<Kontantstrom> alle = new ArrayList<>(kontantstrommer);
        alle.addAll(nye);
        return new Investorregnskap(investorer, alle);
    }

    /** The ledger as it stood at the end of a date. */
    public Investorregnskap per(LocalDate dato) {
        return new Investorregnskap(investorer, kontantstrommer.stream().filter(k -> !k.dato().isAfter(dato)).toList());
    }

    public Penger innbetalt(PartId id) {
        return sum(kontantstrommer, id, Kontantstrom.Type.TREKK, investor(id).forpliktelse());
    }

    public Penger tilbakebetalt(PartId id) {
        return sum(kontantstrommer, id, Kontantstrom.Type.TILBAKEBETALING, investor(id).forpliktelse());
    }

    public Penger mottatt(PartId id) {
        return tilbakebetalt(id).plus(sum(kontantstrommer, id, Kontantstrom.Type.AVKASTNING, investor(id).forpliktelse()));
    }

    /** Multiple on money: received / paid in, three decimals; empty while nothing is paid in. */
    public Optional<BigDecimal> mom(PartId id) {
        Penger inn = innbetalt(id);
        return inn.erNull() ? Optional.empty() : Optional.of(mottatt(id).forhold(inn, MOM_SKALA));
    }

    /** XIRR of the investor's drawdowns and receipts (a fraction: 0.15 = 15 %); see {@link Xirr}. */
    public Optional<BigDecimal> irr(PartId id) {
        return Xirr.beregn(kontantstrommer.stream()
                .filter(k -> k.investor().equals(id) && k.type() != Kontantstrom.Type.FORPLIKTELSE)
                .map(k -> new Xirr.Flyt(k.dato(), k.medFortegn()))
                .toList());
    }

    /**
     * The most the investor can still lose: its whole commitment (it may be drawn in full and nothing come back) less
     * what the guarantee covers and what it has already received; never below zero.
     */
    public Penger maksimaltTap(PartId id) {
        Investor i = investor(id);
        return i.forpliktelse().minus(i.garanti().dekning(i.forpliktelse())).minus(mottatt(id)).ikkeNegativ();
    }

    /** Where the investor stands for the waterfall: principal still owed and what it has received in all. */
    public Fossefall.Posisjon posisjon(PartId id) {
        return new Fossefall.Posisjon(investor(id), innbetalt(id).minus(tilbakebetalt(id)).ikkeNegativ(), mottatt(id));
    }

    public List<Fossefall.Posisjon> posisjoner() {
        return investorer.stream().map(i -> posisjon(i.id())).toList();
    }

    private static Penger sum(List<Kontantstrom> strommer, PartId id, Kontantstrom.Type type, Penger null0) {
        return strommer.stream()
                .filter(k -> k.investor().equals(id) && k.type() == type)
                .map(Kontantstrom::belop)
                .reduce(Penger.ingen(null0.valuta()), Penger::plus);
    }
}
