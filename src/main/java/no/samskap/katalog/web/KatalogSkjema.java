package no.samskap.katalog.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The filter form's values as the user sent them (also when some are invalid, so the form keeps what was typed).
 */
record KatalogSkjema(
        @Nullable String q,
        @Nullable String innsatsgruppe,
        Set<String> navEnheter,
        Set<String> tiltakskoder,
        boolean apentForPamelding,
        @Nullable String oppstartstype,
        @Nullable String startFra,
        @Nullable String startTil,
        @Nullable String sortering,
        @Nullable String storrelse) {

    static KatalogSkjema fra(MultiValueMap<String, String> p) {
        return new KatalogSkjema(
                en(p, "q"),
                en(p, "innsatsgruppe"),
                alle(p, "navEnhet"),
                alle(p, "tiltakskode"),
                "true".equals(en(p, "apentForPamelding")),
                en(p, "oppstartstype"),
                en(p, "startFra"),
                en(p, "startTil"),
                en(p, "sortering"),
                en(p, "storrelse"));
    }

    private static @Nullable String en(MultiValueMap<String, String> p, String navn) {
        List<String> verdier = p.get(navn);
        return verdier == null ? null : verdier.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static Set<String> alle(MultiValueMap<String, String> p, String navn) {
        List<String> verdier = p.get(navn);
        var set = new LinkedHashSet<String>();
        if (verdier != null) {
            verdier.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).forEach(set::add);
        }
        return set;
    }
}
