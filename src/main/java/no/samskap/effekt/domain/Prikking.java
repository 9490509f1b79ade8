package no.samskap.effekt.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Suppression of small figures (prikking): a figure that counts fewer than {@link #MINSTE_ANTALL} participants is never
 * shown, so no one can be recognised in an aggregate. Views for investors (and any other aggregated view) show figures
 * only through this class.
 *
 * <p>For a table whose total is shown, suppressing a single cell is not enough — it could be worked out as the total
 * minus the others — so {@link #tabell} also suppresses the next smallest cell (secondary suppression) whenever exactly
 * one cell was suppressed for being small.
 */
public final class Prikking {

    /** The least number of participants a shown figure may count. */
    public static final int MINSTE_ANTALL = 5;

    private Prikking() {}

    /** A figure that may be suppressed: {@code verdi} is null exactly when {@code skjult}. */
    public record Tall<T>(@Nullable T verdi, int antallDeltakere, boolean skjult) {}

    /** A cell of a table: a key, its figure and how many participants it counts. */
    public record Celle<T>(String nokkel, T verdi, int antallDeltakere) {}

    /** The figure, or a suppressed figure when it counts fewer than five participants. */
    public static <T> Tall<T> vis(T verdi, int antallDeltakere) {
        return antallDeltakere < MINSTE_ANTALL
                ? new Tall<>(null, antallDeltakere, true)
                : new Tall<>(verdi, antallDeltakere, false);
    }

    /** Suppresses the cells of a table with a shown total: small cells, and a second one when only one is small. */
    public static <T> List<Tall<T>> tabell(List<Celle<T>> celler) {
        List<Boolean> skjul = new ArrayList<>(celler.stream().map(c -> c.antallDeltakere() < MINSTE_ANTALL).toList());
        if (skjul.stream().filter(b -> b).count() == 1 && celler.size() > 1) {
            IntStream.range(0, celler.size())
                    .filter(i -> !skjul.get(i))
                    .boxed()
                    .min(Comparator.comparingInt(i -> celler.get(i).antallDeltakere()))
                    .ifPresent(i -> skjul.set(i, true));
        }
        List<Tall<T>> tall = new ArrayList<>();
        for (int i = 0; i < celler.size(); i++) {
            Celle<T> c = celler.get(i);
            tall.add(skjul.get(i)
                    ? new Tall<>(null, c.antallDeltakere(), true)
                    : new Tall<>(c.verdi(), c.antallDeltakere(), false));
        }
        return tall;
    }
}
