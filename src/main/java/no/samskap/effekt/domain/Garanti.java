package no.samskap.effekt.domain;

import java.math.BigDecimal;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/** A guarantee that covers part of an investor's capital if outcomes are not achieved (a first-loss or grant cover). */
public sealed interface Garanti {

    /** How much of the commitment the guarantee covers (never more than the commitment). */
    Penger dekning(Penger forpliktelse);

    record Ingen() implements Garanti {
        @Override
        public Penger dekning(Penger forpliktelse) {
            return Penger.ingen(forpliktelse.valuta());
        }
    }

    /** A fixed amount. */
    record Belop(Penger belop) implements Garanti {
        @Override
        public Penger dekning(Penger forpliktelse) {
            return belop.min(forpliktelse).ikkeNegativ();
        }
    }

    /** A share of the commitment (0.5 = half). */
    record Andel(BigDecimal andel) implements Garanti {
        public Andel {
            if (andel.signum() < 0 || andel.compareTo(BigDecimal.ONE) > 0) {
                throw new BusinessRuleViolation(EffektProblem.ANDEL_UGYLDIG, andel);
            }
        }

        @Override
        public Penger dekning(Penger forpliktelse) {
            return forpliktelse.ganger(andel);
        }
    }
}
