package no.samskap.effekt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import no.samskap.platform.Historikk;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The before/after of an amendment: both versions flattened to field paths (lists of things with a code keyed by
 * the code, e.g. {@code resultatmaal[JOBBSTART].priser[0].belop}, so a reordered list is not a change) and compared.
 */
final class Endringslogg {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Endringslogg() {}

    /** The fields that differ, by path; {@code fra} is null for a field added and {@code til} for one removed. */
    static List<Historikk.Endring> endringer(Kontraktsinnhold foer, Kontraktsinnhold etter) {
        Map<String, String> a = flat(foer);
        Map<String, String> b = flat(etter);
        var felter = new TreeSet<String>();
        felter.addAll(a.keySet());
        felter.addAll(b.keySet());
        List<Historikk.Endring> endringer = new ArrayList<>();
        for (String felt : felter) {
            if (!Objects.equals(a.get(felt), b.get(felt))) {
                endringer.add(new Historikk.Endring(felt, a.get(felt), b.get(felt)));
            }
        }
        return endringer;
    }

    static Map<String, String> flat(Kontraktsinnhold innhold) {
        Map<String, String> felter = new TreeMap<>();
        flat("", JSON.valueToTree(innhold), felter);
        return felter;
    }

    private static void flat(String sti, JsonNode node, Map<String, String> felter) {
        if (node.isObject()) {
            for (var e : node.properties()) {
                // party ids are Samskap's, not the contract's terms; the code identifies a party
                if (!"id".equals(e.getKey())) {
                    flat(sti.isEmpty() ? e.getKey() : sti + "." + e.getKey(), e.getValue(), felter);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                JsonNode kode = element.isObject() ? element.get("kode") : null;
                String nokkel = kode != null && kode.isString() ? kode.asString() : Integer.toString(i);
                flat(sti + "[" + nokkel + "]", element, felter);
            }
        } else if (!node.isNull() && !node.isMissingNode()) {
            felter.put(sti, node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString() : node.asString());
        }
    }
}
