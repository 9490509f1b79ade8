package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/**
 * An amount of money in one currency, always at the currency's minor-unit scale (øre, pence: two decimals).
 *
 * <p>Amounts come in exact: more decimals than the currency has is refused, never silently rounded. The only places
 * that create fractions — a share of a price, a point on a proportional scale, a pro-rata split — round with
 * {@link #AVRUNDING} (HALF_EVEN, "banker's rounding", unbiased over many claims), and splits use the largest-remainder
 * method so the parts always add up to the whole. Arithmetic between currencies is refused.
 */
public record Penger(BigDecimal belop, Currency valuta) implements Comparable<Penger> {

    /** The rounding of every division or multiplication by a fraction in this module. */
    public static final RoundingMode AVRUNDING = RoundingMode.HALF_EVEN;

    public static final Currency NOK = Currency.getInstance("NOK");
    public static final Currency GBP = Currency.getInstance("GBP");

    public Penger {
        int skala = valuta.getDefaultFractionDigits();
        if (skala < 0) {
            throw new BusinessRuleViolation(EffektProblem.VALUTA_UGYLDIG, valuta.getCurrencyCode());
        }
        if (belop.stripTrailingZeros().scale() > skala) {
            throw new BusinessRuleViolation(EffektProblem.BELOP_FOR_MANGE_DESIMALER, belop.toPlainString(), valuta);
        }
        belop = belop.setScale(skala, RoundingMode.UNNECESSARY);
    }

    public static Penger of(String belop, Currency valuta) {
        return new Penger(new BigDecimal(belop), valuta);
    }

    public static Penger of(long belop, Currency valuta) {
        return new Penger(BigDecimal.valueOf(belop), valuta);
    }

    public static Penger nok(long kroner) {
        return of(kroner, NOK);
    }

    public static Penger gbp(long pund) {
        return of(pund, GBP);
    }

    public static Penger ingen(Currency valuta) {
        return new Penger(BigDecimal.ZERO, valuta);
    }

    public Penger plus(Penger annet) {
        return new Penger(belop.add(samme(annet).belop), valuta);
    }

    public Penger minus(Penger annet) {
        return new Penger(belop.subtract(samme(annet).belop), valuta);
    }

    public Penger ganger(long antall) {
        return new Penger(belop.multiply(BigDecimal.valueOf(antall)), valuta);
    }

    /** This amount times a factor (a share, a scale point), rounded HALF_EVEN to the minor unit. */
    public Penger ganger(BigDecimal faktor) {
        return new Penger(belop.multiply(faktor).setScale(valuta.getDefaultFractionDigits(), AVRUNDING), valuta);
    }

    /** This amount times {@code teller / nevner}, rounded once, HALF_EVEN, to the minor unit. */
    public Penger ganger(BigDecimal teller, BigDecimal nevner) {
        return new Penger(belop.multiply(teller).divide(nevner, valuta.getDefaultFractionDigits(), AVRUNDING), valuta);
    }

    public Penger min(Penger annet) {
        return compareTo(annet) <= 0 ? this : annet;
    }

    public Penger max(Penger annet) {
        return compareTo(annet) >= 0 ? this : annet;
    }

    /** This amount, but never below zero. */
    public Penger ikkeNegativ() {
        return erNegativ() ? ingen(valuta) : this;
    }

    public boolean erNull() {
        return belop.signum() == 0;
    }

    public boolean erNegativ() {
        return belop.signum() < 0;
    }

    public boolean erPositiv() {
        return belop.signum() > 0;
    }

    /** The ratio of this amount to another (e.g. a multiple on money), rounded HALF_EVEN to {@code skala} decimals. */
    public BigDecimal forhold(Penger nevner, int skala) {
        return belop.divide(samme(nevner).belop, skala, AVRUNDING);
    }

    /**
     * Splits this amount in proportion to the weights, so that the parts add up exactly: each part is rounded down
     * to the minor unit and the leftover units go to the largest remainders (ties to the earlier weight). Zero
     * weights get nothing; all weights zero gives all parts zero.
     */
    public List<Penger> fordel(List<BigDecimal> vekter) {
        if (erNegativ()) {
            return new Penger(belop.negate(), valuta).fordel(vekter).stream()
                    .map(p -> new Penger(p.belop.negate(), valuta))
                    .toList();
        }
        BigDecimal sum = vekter.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int skala = valuta.getDefaultFractionDigits();
        List<Penger> deler = new ArrayList<>();
        if (sum.signum() == 0) {
            vekter.forEach(v -> deler.add(ingen(valuta)));
            return deler;
        }
        BigDecimal enhet = BigDecimal.ONE.movePointLeft(skala);
        List<BigDecimal> rester = new ArrayList<>();
        BigDecimal fordelt = BigDecimal.ZERO;
        for (BigDecimal vekt : vekter) {
            BigDecimal eksakt = belop.multiply(vekt).divide(sum, skala + 10, RoundingMode.DOWN);
            BigDecimal del = eksakt.setScale(skala, RoundingMode.DOWN);
            deler.add(new Penger(del, valuta));
            rester.add(eksakt.subtract(del));
            fordelt = fordelt.add(del);
        }
        int igjen = belop.subtract(fordelt).divide(enhet, 0, RoundingMode.UNNECESSARY).intValueExact();
        List<Integer> rekkefolge = new ArrayList<>();
        for (int i = 0; i < vekter.size(); i++) {
            rekkefolge.add(i);
        }
        rekkefolge.sort(Comparator.comparing((Integer i) -> rester.get(i)).reversed().thenComparing(i -> i));
        for (int k = 0; k < igjen; k++) {
            int i = rekkefolge.get(k % rekkefolge.size());
            deler.set(i, deler.get(i).plus(new Penger(enhet, valuta)));
        }
        return deler;
    }

    @Override
    public int compareTo(Penger annet) {
        return belop.compareTo(samme(annet).belop);
    }

    private Penger samme(Penger annet) {
        if (!valuta.equals(annet.valuta)) {
            throw new BusinessRuleViolation(EffektProblem.VALUTA_ULIK, valuta, annet.valuta);
        }
        return annet;
    }

    @Override
    public String toString() {
        return belop.toPlainString() + " " + valuta.getCurrencyCode();
    }
}
