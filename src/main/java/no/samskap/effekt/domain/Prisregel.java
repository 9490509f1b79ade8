package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * How much one achieved outcome pays. {@link #nominelt()} is "the price" of the rate card (what full achievement pays);
 * {@link #beregn} what the measured value earns. The difference, if any, is shown in the reconciliation as a
 * {@link Justeringsaarsak#MAALESKALA} adjustment.
 */
public sealed interface Prisregel {

    /** What the outcome pays at full achievement. */
    Penger nominelt();

    /**
     * What the outcome pays for the measured value; {@code null} when the value is missing but needed, or below what
     * pays anything (the claim is then rejected).
     */
    Beregnet beregn(@Nullable BigDecimal verdi);

    /** The result of pricing one claim: an amount, or why nothing is payable. */
    sealed interface Beregnet {
        record Belop(Penger belop) implements Beregnet {}

        record Avvist(Kontrollfunn funn) implements Beregnet {}
    }

    /** A fixed price per outcome per participant (the rate card's plain line). */
    record FastPris(Penger pris) implements Prisregel {
        public FastPris {
            ikkeNegativ(pris);
        }

        @Override
        public Penger nominelt() {
            return pris;
        }

        @Override
        public Beregnet beregn(@Nullable BigDecimal verdi) {
            return new Beregnet.Belop(pris);
        }
    }

    /**
     * A share of a price per participant: a 20/40/40 split is three metrics with shares 0.20, 0.40 and 0.40 of the same
     * price. Rounded HALF_EVEN to the minor unit.
     */
    record Andel(Penger prisPerDeltaker, BigDecimal andel) implements Prisregel {
        public Andel {
            ikkeNegativ(prisPerDeltaker);
            if (andel.signum() < 0 || andel.compareTo(BigDecimal.ONE) > 0) {
                throw new BusinessRuleViolation(EffektProblem.ANDEL_UGYLDIG, andel);
            }
        }

        @Override
        public Penger nominelt() {
            return prisPerDeltaker.ganger(andel);
        }

        @Override
        public Beregnet beregn(@Nullable BigDecimal verdi) {
            return new Beregnet.Belop(nominelt());
        }
    }

    /**
     * A graded scale of bands: the highest band whose threshold the value reaches pays its amount (earnings bands,
     * levels of a language test). A value below the lowest band pays nothing. Full achievement is the top band.
     */
    record Trinnskala(List<Trinn> trinn) implements Prisregel {
        public Trinnskala {
            trinn = trinn.stream().sorted(Comparator.comparing(Trinn::fraVerdi)).toList();
            if (trinn.isEmpty()) {
                throw new BusinessRuleViolation(EffektProblem.PRISREGEL_UGYLDIG);
            }
            for (int i = 0; i < trinn.size(); i++) {
                ikkeNegativ(trinn.get(i).belop());
                if (i > 0 && (trinn.get(i).fraVerdi().compareTo(trinn.get(i - 1).fraVerdi()) == 0
                        || trinn.get(i).belop().compareTo(trinn.get(i - 1).belop()) < 0)) {
                    throw new BusinessRuleViolation(EffektProblem.PRISREGEL_UGYLDIG);
                }
            }
        }

        @Override
        public Penger nominelt() {
            return trinn.getLast().belop();
        }

        @Override
        public Beregnet beregn(@Nullable BigDecimal verdi) {
            if (verdi == null) {
                return new Beregnet.Avvist(Kontrollfunn.VERDI_MANGLER);
            }
            Trinn naadd = null;
            for (Trinn t : trinn) {
                if (verdi.compareTo(t.fraVerdi()) >= 0) {
                    naadd = t;
                }
            }
            return naadd == null ? new Beregnet.Avvist(Kontrollfunn.UNDER_TERSKEL) : new Beregnet.Belop(naadd.belop());
        }
    }

    /** One band of a graded scale: from this value (inclusive) the outcome pays this amount. */
    record Trinn(BigDecimal fraVerdi, Penger belop) {}

    /**
     * Payment proportional to an effect size between a floor and a ceiling: nothing at or below the floor, the full
     * price at or above the ceiling, linear in between (rounded once, HALF_EVEN).
     */
    record Proporsjonal(BigDecimal gulv, BigDecimal tak, Penger fullPris) implements Prisregel {
        public Proporsjonal {
            ikkeNegativ(fullPris);
            if (gulv.compareTo(tak) >= 0) {
                throw new BusinessRuleViolation(EffektProblem.PRISREGEL_UGYLDIG);
            }
        }

        @Override
        public Penger nominelt() {
            return fullPris;
        }

        @Override
        public Beregnet beregn(@Nullable BigDecimal verdi) {
            if (verdi == null) {
                return new Beregnet.Avvist(Kontrollfunn.VERDI_MANGLER);
            }
            if (verdi.compareTo(gulv) <= 0) {
                return new Beregnet.Avvist(Kontrollfunn.UNDER_TERSKEL);
            }
            if (verdi.compareTo(tak) >= 0) {
                return new Beregnet.Belop(fullPris);
            }
            return new Beregnet.Belop(fullPris.ganger(verdi.subtract(gulv), tak.subtract(gulv)));
        }
    }

    private static void ikkeNegativ(Penger belop) {
        if (belop.erNegativ()) {
            throw new BusinessRuleViolation(EffektProblem.PRISREGEL_UGYLDIG);
        }
    }
}
