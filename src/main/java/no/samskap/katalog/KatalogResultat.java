package no.samskap.katalog;

import java.util.List;

/**
 * One page of catalog results for a filter.
 *
 * @param totalt how many implementations match over all pages
 */
public record KatalogResultat(KatalogFilter filter, List<KatalogTreff> treff, long totalt) {

    public KatalogResultat {
        treff = List.copyOf(treff);
    }

    public int antallSider() {
        return (int) Math.max(1, (totalt + filter.storrelse() - 1) / filter.storrelse());
    }

    public boolean harForrige() {
        return filter.side() > 1;
    }

    public boolean harNeste() {
        return filter.side() < antallSider();
    }
}
