package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * An outcome metric of a contract and its line of the rate card (prisliste for utfall).
 *
 * @param kode stable code, unique in the contract (e.g. {@code JOBB_13_UKER})
 * @param gjentakelse once per participant, or once per period
 * @param priser the price rules by validity period (not overlapping)
 * @param bevis the evidence kinds that prove the outcome: a claim needs at least one of them (empty: none needed)
 * @param minsteVerdi a qualifying threshold on the measured value (a job of at least 50 %, earnings of at least 768);
 *     below it the outcome is not achieved
 * @param tak the cap on all payments for this metric, if any
 * @param betaler the outcome payer that pays this metric; null when all payers pay it together from the pool, pro rata
 *     to their commitments
 */
public record Resultatmaal(
        String kode,
        Gjentakelse gjentakelse,
        List<Prisperiode> priser,
        Set<Bevistype> bevis,
        @Nullable BigDecimal minsteVerdi,
        @Nullable Penger tak,
        @Nullable PartId betaler) {

    public Resultatmaal {
        priser = priser.stream().sorted(Comparator.comparing(Prisperiode::fra)).toList();
        bevis = Set.copyOf(bevis);
        if (priser.isEmpty()) {
            throw new BusinessRuleViolation(EffektProblem.PRISPERIODE_UGYLDIG, kode);
        }
        for (int i = 1; i < priser.size(); i++) {
            LocalDate forrigeTil = priser.get(i - 1).til();
            if (forrigeTil == null || !forrigeTil.isBefore(priser.get(i).fra())) {
                throw new BusinessRuleViolation(EffektProblem.PRISPERIODE_UGYLDIG, kode);
            }
        }
        if (tak != null && tak.erNegativ()) {
            throw new BusinessRuleViolation(EffektProblem.TAK_UGYLDIG, kode);
        }
    }

    /** A metric with one price rule for the whole contract, paid once per participant, with no cap or threshold. */
    public static Resultatmaal enkel(
            String kode, LocalDate fra, Prisregel regel, @Nullable PartId betaler, Bevistype... bevis) {
        return new Resultatmaal(
                kode, Gjentakelse.EN_GANG_PER_DELTAKER, List.of(Prisperiode.fra(fra, regel)), Set.of(bevis), null, null,
                betaler);
    }

    public Resultatmaal medGjentakelse(Gjentakelse ny) {
        return new Resultatmaal(kode, ny, priser, bevis, minsteVerdi, tak, betaler);
    }

    public Resultatmaal medMinsteVerdi(BigDecimal ny) {
        return new Resultatmaal(kode, gjentakelse, priser, bevis, ny, tak, betaler);
    }

    public Resultatmaal medTak(Penger nytt) {
        return new Resultatmaal(kode, gjentakelse, priser, bevis, minsteVerdi, nytt, betaler);
    }

    public Resultatmaal medPriser(List<Prisperiode> nye) {
        return new Resultatmaal(kode, gjentakelse, nye, bevis, minsteVerdi, tak, betaler);
    }

    /** The price rule valid on the date. */
    public Optional<Prisregel> prisPaa(LocalDate dato) {
        return priser.stream().filter(p -> p.gjelder(dato)).map(Prisperiode::regel).findFirst();
    }
}
