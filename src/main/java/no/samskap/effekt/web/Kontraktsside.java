package no.samskap.effekt.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.Innsyn;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;

/**
 * What every page of one contract shows at the top — its name, period and version — and the tabs to its other pages
 * that the user's relation to it allows: NAV and the evaluator all, a provider the measuring, claims and payments of
 * its own, an investor the terms, the aggregated view and its ledger.
 */
record Kontraktsside(EffektkontraktDetaljer kontrakt, List<Fane> faner) {

    static final String STI = "/effektkontrakter/";

    /** A tab: its path under the contract (empty for the overview), its text and whether it is the current page. */
    record Fane(String href, String tekstnokkel, boolean aktiv) {}

    /** Puts the contract and its tabs into the model, with {@code aktiv} (a tab's path part) as the current page. */
    static void fyll(Model model, EffektkontraktDetaljer k, String aktiv) {
        model.addAttribute("kontraktsside", av(k, aktiv));
        model.addAttribute("k", k);
        model.addAttribute("innsyn", k.innsyn());
    }

    static Kontraktsside av(EffektkontraktDetaljer k, String aktiv) {
        Innsyn innsyn = k.innsyn();
        List<String> faner = new ArrayList<>();
        faner.add("");
        if (innsyn.serDeltakere()) {
            faner.addAll(List.of("deltakere", "utfall", "sjekkpunkter", "krav", "avstemming"));
        }
        if (k.innhold().effektmaaling() != null) {
            faner.add("effekt");
        }
        if (innsyn.serDeltakere()) {
            faner.add("utbetalinger");
        }
        if (innsyn != Innsyn.LEVERANDOR) {
            faner.add("investorvisning");
            if (!k.innhold().parter(Partsrolle.INVESTOR).isEmpty()) {
                faner.add("investorer");
            }
        }
        faner.add("versjoner");
        String base = STI + k.id();
        return new Kontraktsside(k, faner.stream()
                .map(f -> new Fane(f.isEmpty() ? base : base + "/" + f,
                        "effekt.fane." + (f.isEmpty() ? "oversikt" : f), f.equals(aktiv)))
                .toList());
    }

    /** Amounts as people type them ("21 500,50" as well as "21500.50"), read back with a decimal comma. */
    static void tillatNorskeTall(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(@Nullable String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                setValue(new BigDecimal(text.replaceAll("[\\s\u00a0]", "").replace(',', '.')));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString().replace('.', ',') : "";
            }
        });
    }
}
