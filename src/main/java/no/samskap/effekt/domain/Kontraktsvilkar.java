package no.samskap.effekt.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * The payment terms of one version of an outcome contract: currency, period, outcome payers and their commitments, the
 * caps, the metrics with their rate card, the ladders and the sets of mutually exclusive alternatives. Everything the
 * engine needs to price and check claims; parties' names, target-group text and history live outside the engine.
 *
 * @param kontraktstak the cap on all payments; when null (or higher), the sum of the payers' commitments
 * @param takPerDeltaker the cap on all payments for one participant, if any
 */
public record Kontraktsvilkar(
        Currency valuta,
        LocalDate fra,
        LocalDate til,
        List<Utfallsbetaler> betalere,
        @Nullable Penger kontraktstak,
        @Nullable Penger takPerDeltaker,
        List<Resultatmaal> maal,
        List<Stige> stiger,
        List<Alternativer> alternativer) {

    public Kontraktsvilkar {
        betalere = List.copyOf(betalere);
        maal = List.copyOf(maal);
        stiger = List.copyOf(stiger);
        alternativer = List.copyOf(alternativer);
        if (til.isBefore(fra)) {
            throw new BusinessRuleViolation(EffektProblem.PERIODE_UGYLDIG);
        }
        Set<PartId> betalerIder = new HashSet<>();
        for (Utfallsbetaler b : betalere) {
            sjekkTak(valuta, b.forpliktelse());
            betalerIder.add(b.id());
        }
        if (kontraktstak != null) {
            sjekkTak(valuta, kontraktstak);
        }
        if (takPerDeltaker != null) {
            sjekkTak(valuta, takPerDeltaker);
        }
        Set<String> koder = new HashSet<>();
        for (Resultatmaal m : maal) {
            if (!koder.add(m.kode())) {
                throw new BusinessRuleViolation(EffektProblem.RESULTATMAAL_DUPLIKAT, m.kode());
            }
            PartId betaler = m.betaler();
            if (betaler != null && !betalerIder.contains(betaler)) {
                throw new BusinessRuleViolation(EffektProblem.BETALER_UKJENT, m.kode());
            }
            for (Prisperiode p : m.priser()) {
                sjekkValuta(valuta, p.regel().nominelt());
            }
            if (m.tak() != null) {
                sjekkValuta(valuta, m.tak());
            }
        }
        if (maal.stream().anyMatch(m -> m.betaler() == null) && maal.stream().anyMatch(m -> m.betaler() != null)) {
            throw new BusinessRuleViolation(EffektProblem.BETALER_BLANDET);
        }
        sjekkGrupper(koder, stiger.stream().map(Stige::trinn).toList());
        sjekkGrupper(koder, alternativer.stream().map(a -> List.copyOf(a.maal())).toList());
    }

    /**
     * The cap on all payments of the contract: the sum of the payers' commitments, or the explicit cap when it is lower
     * (the contract can never pay more than its payers committed).
     */
    public Penger samletTak() {
        Penger sum = betalere.stream().map(Utfallsbetaler::forpliktelse).reduce(Penger.ingen(valuta), Penger::plus);
        return kontraktstak == null ? sum : kontraktstak.min(sum);
    }

    /** Whether the metrics are paid from the pool of all payers (pro rata to commitments) rather than one payer each. */
    public boolean fellesPott() {
        return maal.stream().anyMatch(m -> m.betaler() == null);
    }

    public Optional<Resultatmaal> resultatmaal(String kode) {
        return maal.stream().filter(m -> m.kode().equals(kode)).findFirst();
    }

    public Utfallsbetaler betaler(PartId id) {
        return betalere.stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    public boolean innenforPerioden(LocalDate dato) {
        return !dato.isBefore(fra) && !dato.isAfter(til);
    }

    /** The rung below this metric in its ladder, if it is a rung above the first. */
    public Optional<String> forutgaendeTrinn(String kode) {
        for (Stige s : stiger) {
            int i = s.trinn().indexOf(kode);
            if (i > 0) {
                return Optional.of(s.trinn().get(i - 1));
            }
        }
        return Optional.empty();
    }

    /** The position of the metric in its ladder (0 when it is in none): orders same-day claims bottom rung first. */
    public int trinnposisjon(String kode) {
        return stiger.stream().mapToInt(s -> Math.max(0, s.trinn().indexOf(kode))).max().orElse(0);
    }

    /** The set of alternatives the metric belongs to, if any. */
    public Optional<Alternativer> alternativerFor(String kode) {
        return alternativer.stream().filter(a -> a.maal().contains(kode)).findFirst();
    }

    /** The commitments per payer, in the order the payers were given. */
    public Map<PartId, Penger> forpliktelser() {
        Map<PartId, Penger> m = new LinkedHashMap<>();
        betalere.forEach(b -> m.put(b.id(), b.forpliktelse()));
        return m;
    }

    private static void sjekkTak(Currency valuta, Penger tak) {
        sjekkValuta(valuta, tak);
        if (tak.erNegativ()) {
            throw new BusinessRuleViolation(EffektProblem.TAK_UGYLDIG);
        }
    }

    private static void sjekkValuta(Currency valuta, Penger p) {
        if (!p.valuta().equals(valuta)) {
            throw new BusinessRuleViolation(EffektProblem.VALUTA_ULIK, p.valuta(), valuta);
        }
    }

    /** Every metric of the groups (ladders, or sets of alternatives) is known and in at most one group. */
    private static void sjekkGrupper(Set<String> koder, List<List<String>> grupper) {
        Set<String> brukt = new HashSet<>();
        for (List<String> gruppe : grupper) {
            for (String kode : gruppe) {
                if (!koder.contains(kode)) {
                    throw new BusinessRuleViolation(EffektProblem.RESULTATMAAL_UKJENT, kode);
                }
                if (!brukt.add(kode)) {
                    throw new BusinessRuleViolation(EffektProblem.RESULTATMAAL_I_FLERE_GRUPPER, kode);
                }
            }
        }
    }
}
