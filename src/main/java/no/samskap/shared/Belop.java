package no.samskap.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amount of money in NOK with øre precision. Never a double. */
public record Belop(BigDecimal kroner) implements Comparable<Belop> {

    public static final Belop NULL = new Belop(BigDecimal.ZERO);

    public Belop {
        if (kroner.scale() > 2) {
            throw new IllegalArgumentException("NOK has at most two decimals (øre)");
        }
        kroner = kroner.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Belop of(String kroner) {
        return new Belop(new BigDecimal(kroner));
    }

    public Belop plus(Belop other) {
        return new Belop(kroner.add(other.kroner));
    }

    public Belop times(long n) {
        return new Belop(kroner.multiply(BigDecimal.valueOf(n)));
    }

    public boolean isNegative() {
        return kroner.signum() < 0;
    }

    @Override
    public int compareTo(Belop other) {
        return kroner.compareTo(other.kroner);
    }

    @Override
    public String toString() {
        return kroner.toPlainString();
    }
}
