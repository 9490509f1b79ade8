package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Contracts, claims and decisions for the engine's tests. */
final class EffektFixtures {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate SLUTT = LocalDate.of(2027, 12, 31);
    static final LocalDate DAG = LocalDate.of(2025, 6, 2);
    static final PartId NAV = PartId.random();
    static final PartId KOMMUNE = PartId.random();
    static final PartId LEVERANDOR = PartId.random();
    static final String ARRANGOR_IDENT = "A100001";
    static final String EVALUATOR_IDENT = "E200002";
    static final List<Bevis> ALT_BEVIS = Arrays.stream(Bevistype.values())
            .map(t -> new Bevis(t, "ref-" + t))
            .toList();

    private static final AtomicLong SEKUNDER = new AtomicLong();

    private EffektFixtures() {}

    static Vilkar vilkar(Currency valuta) {
        return new Vilkar(valuta);
    }

    /** A metric with a fixed price for the whole contract, paid by NAV, proved by any evidence. */
    static Resultatmaal fast(String kode, Penger pris) {
        return Resultatmaal.enkel(kode, START, new Prisregel.FastPris(pris), NAV, Bevistype.values());
    }

    static Resultatmaal regel(String kode, Prisregel regel) {
        return Resultatmaal.enkel(kode, START, regel, NAV, Bevistype.values());
    }

    static Krav krav(DeltakerId deltaker, String maal, LocalDate dato) {
        return krav(deltaker, maal, dato, null);
    }

    static Krav krav(DeltakerId deltaker, String maal, LocalDate dato, @Nullable BigDecimal verdi) {
        return new Krav(KravId.random(), deltaker, maal, dato, verdi, ALT_BEVIS, null, LEVERANDOR, ARRANGOR_IDENT,
                Instant.ofEpochSecond(1_700_000_000L + SEKUNDER.incrementAndGet()));
    }

    static Krav medBevis(Krav k, List<Bevis> bevis) {
        return new Krav(k.id(), k.deltaker(), k.maal(), k.utfallsdato(), k.verdi(), bevis, k.jobbforlop(), k.mottaker(),
                k.innsendtAv(), k.innsendt());
    }

    static Krav medJobbforlop(Krav k, String jobbforlop) {
        return new Krav(k.id(), k.deltaker(), k.maal(), k.utfallsdato(), k.verdi(), k.bevis(), jobbforlop,
                k.mottaker(), k.innsendtAv(), k.innsendt());
    }

    static Krav medMottaker(Krav k, PartId mottaker) {
        return new Krav(k.id(), k.deltaker(), k.maal(), k.utfallsdato(), k.verdi(), k.bevis(), k.jobbforlop(), mottaker,
                k.innsendtAv(), k.innsendt());
    }

    static BigDecimal verdi(String v) {
        return new BigDecimal(v);
    }

    static Instant tid(LocalDate dato) {
        return dato.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** Checks and prices the claims with every participant eligible and no decisions yet. */
    static Avstemming beregn(Kontraktsvilkar vilkar, Collection<Krav> krav) {
        return Avstemming.beregn(vilkar, (d, dato) -> true, krav, List.of());
    }

    /** Checks the claims, then lets the evaluator approve every claim the checks did not reject, on {@code dato}. */
    static Avstemming godkjennAlle(Kontraktsvilkar vilkar, Collection<Krav> krav, LocalDate dato) {
        Avstemming forst = beregn(vilkar, krav);
        List<Vurdering> vurderinger = forst.resultater().stream()
                .filter(r -> !r.avvistAutomatisk())
                .map(r -> Vurdering.av(r, Vurdering.Beslutning.GODKJENT, EVALUATOR_IDENT, "Dokumentert", dato))
                .toList();
        return Avstemming.beregn(vilkar, (d, x) -> true, krav, vurderinger);
    }

    /** A small builder of contract terms: one payer (NAV) unless told otherwise. */
    static final class Vilkar {
        private final Currency valuta;
        private final List<Utfallsbetaler> betalere = new ArrayList<>();
        private final List<Resultatmaal> maal = new ArrayList<>();
        private final List<Stige> stiger = new ArrayList<>();
        private final List<Alternativer> alternativer = new ArrayList<>();
        private @Nullable Penger kontraktstak;
        private @Nullable Penger takPerDeltaker;

        Vilkar(Currency valuta) {
            this.valuta = valuta;
        }

        Vilkar betaler(PartId id, Penger forpliktelse) {
            betalere.add(new Utfallsbetaler(id, forpliktelse));
            return this;
        }

        Vilkar maal(Resultatmaal... m) {
            maal.addAll(List.of(m));
            return this;
        }

        Vilkar stige(String navn, String... trinn) {
            stiger.add(new Stige(navn, List.of(trinn)));
            return this;
        }

        Vilkar alternativer(String navn, String... koder) {
            alternativer.add(new Alternativer(navn, java.util.Set.of(koder)));
            return this;
        }

        Vilkar kontraktstak(Penger tak) {
            kontraktstak = tak;
            return this;
        }

        Vilkar takPerDeltaker(Penger tak) {
            takPerDeltaker = tak;
            return this;
        }

        Kontraktsvilkar bygg() {
            List<Utfallsbetaler> b = betalere.isEmpty()
                    ? List.of(new Utfallsbetaler(NAV, Penger.of(1_000_000_000, valuta)))
                    : betalere;
            return new Kontraktsvilkar(valuta, START, SLUTT, b, kontraktstak, takPerDeltaker, maal, stiger,
                    alternativer);
        }
    }
}
