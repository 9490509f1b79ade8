package no.samskap.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, the 0-based page number, the page size and the total count over all pages.
 */
public record Side<T>(List<T> innhold, int side, int storrelse, long totalt) {

    public Side {
        innhold = List.copyOf(innhold);
    }

    public int antallSider() {
        return storrelse == 0 ? 0 : (int) Math.max(1, (totalt + storrelse - 1) / storrelse);
    }

    public boolean harForrige() {
        return side > 0;
    }

    public boolean harNeste() {
        return side + 1 < antallSider();
    }

    public <R> Side<R> map(Function<T, R> mapper) {
        return new Side<>(innhold.stream().map(mapper).toList(), side, storrelse, totalt);
    }

    /** Clamps requested paging to sane bounds: page ≥ 0, 1 ≤ size ≤ 200. */
    public static Sideforesporsel foresporsel(Integer side, Integer storrelse) {
        int s = side == null || side < 0 ? 0 : side;
        int st = storrelse == null || storrelse < 1 ? 25 : Math.min(storrelse, 200);
        return new Sideforesporsel(s, st);
    }

    /** A requested page; {@link #offset()} for SQL. */
    public record Sideforesporsel(int side, int storrelse) {
        public long offset() {
            return (long) side * storrelse;
        }
    }
}
