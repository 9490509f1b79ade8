package no.samskap.katalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.InvalidInput;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One catalog search: the URL query string of {@code /katalog} and {@code /api/v1/katalog}, parsed and checked.
 *
 * @param q free text (Norwegian full-text search over name, measure type, provider and description)
 * @param innsatsgruppe only measure types open to this need category
 * @param navEnheter offices or regions (enhetsnummer); empty = all
 * @param tiltakskoder measure types; empty = all
 * @param apentForPamelding only implementations open for enrolment
 * @param sortering the effective order (RELEVANS only with free text)
 * @param side 1-based page number
 * @param storrelse page size, 1 to {@value #MAKS_STORRELSE}
 */
public record KatalogFilter(
        @Nullable String q,
        @Nullable Innsatsgruppe innsatsgruppe,
        List<String> navEnheter,
        List<String> tiltakskoder,
        boolean apentForPamelding,
        @Nullable Oppstartstype oppstartstype,
        @Nullable LocalDate startFra,
        @Nullable LocalDate startTil,
        KatalogSortering sortering,
        int side,
        int storrelse) {

    public static final int STANDARD_STORRELSE = 20;
    public static final int MAKS_STORRELSE = 100;
    static final int MAKS_NAV_ENHETER = 50;
    static final int MAKS_Q = 200;

    public KatalogFilter {
        navEnheter = List.copyOf(navEnheter);
        tiltakskoder = List.copyOf(tiltakskoder);
    }

    /** Query parameters that take one value. */
    private static final List<String> ENKELTVERDIER = List.of(
            "q", "innsatsgruppe", "apentForPamelding", "oppstartstype", "startFra", "startTil", "sortering", "side",
            "storrelse");

    /**
     * Parses query parameters (blank values count as absent; unknown names are ignored).
     *
     * @param kjenteTiltakskoder the measure type codes that exist
     * @throws InvalidInput with every rejected parameter
     */
    public static KatalogFilter fra(Map<String, ? extends List<String>> parametre, Set<String> kjenteTiltakskoder) {
        var feil = InvalidInput.collector();
        for (String navn : ENKELTVERDIER) {
            if (verdier(parametre, navn).size() > 1) {
                feil.add(navn, KatalogProblem.FLERE_VERDIER);
            }
        }
        String q = en(parametre, "q");
        if (q != null && q.length() > MAKS_Q) {
            feil.add("q", KatalogProblem.Q_FOR_LANG, MAKS_Q);
        }
        Innsatsgruppe innsatsgruppe = enumVerdi(parametre, "innsatsgruppe", Innsatsgruppe.class,
                KatalogProblem.INNSATSGRUPPE_UKJENT, feil);
        List<String> navEnheter = new ArrayList<>(new LinkedHashSet<>(verdier(parametre, "navEnhet")));
        if (navEnheter.stream().anyMatch(e -> !e.matches("\\d{4}"))) {
            feil.add("navEnhet", KatalogProblem.NAV_ENHET_UGYLDIG);
        }
        if (navEnheter.size() > MAKS_NAV_ENHETER) {
            feil.add("navEnhet", KatalogProblem.NAV_ENHET_FOR_MANGE, MAKS_NAV_ENHETER);
        }
        List<String> tiltakskoder = new ArrayList<>(new LinkedHashSet<>(verdier(parametre, "tiltakskode")));
        if (!kjenteTiltakskoder.containsAll(tiltakskoder)) {
            feil.add("tiltakskode", KatalogProblem.TILTAKSKODE_UKJENT);
        }
        String apent = en(parametre, "apentForPamelding");
        if (apent != null && !apent.equals("true") && !apent.equals("false")) {
            feil.add("apentForPamelding", KatalogProblem.APENT_FOR_PAMELDING_UGYLDIG);
        }
        Oppstartstype oppstartstype = enumVerdi(parametre, "oppstartstype", Oppstartstype.class,
                KatalogProblem.OPPSTARTSTYPE_UKJENT, feil);
        LocalDate startFra = dato(parametre, "startFra", feil);
        LocalDate startTil = dato(parametre, "startTil", feil);
        if (startFra != null && startTil != null && startFra.isAfter(startTil)) {
            feil.add("startFra", KatalogProblem.START_FRA_ETTER_START_TIL);
        }
        KatalogSortering sortering = enumVerdi(parametre, "sortering", KatalogSortering.class,
                KatalogProblem.SORTERING_UKJENT, feil);
        int side = heltall(parametre, "side", 1, 1, Integer.MAX_VALUE / MAKS_STORRELSE, KatalogProblem.SIDE_UGYLDIG, feil);
        int storrelse = heltall(parametre, "storrelse", STANDARD_STORRELSE, 1, MAKS_STORRELSE,
                KatalogProblem.STORRELSE_UGYLDIG, feil);
        feil.throwIfAny();
        KatalogSortering standard = q == null ? KatalogSortering.NAVN : KatalogSortering.RELEVANS;
        KatalogSortering effektiv = sortering == null || (sortering == KatalogSortering.RELEVANS && q == null)
                ? standard
                : sortering;
        return new KatalogFilter(q, innsatsgruppe, navEnheter, tiltakskoder, "true".equals(apent), oppstartstype,
                startFra, startTil, effektiv, side, storrelse);
    }

    /** Where the page starts: row offset for SQL. */
    public long offset() {
        return (long) (side - 1) * storrelse;
    }

    /**
     * This filter as a query string without {@code ?} and without {@code side} (defaults left out): what a saved filter
     * or a link to the same list keeps.
     */
    public String sporring() {
        var b = UriComponentsBuilder.newInstance();
        if (q != null) {
            b.queryParam("q", q);
        }
        if (innsatsgruppe != null) {
            b.queryParam("innsatsgruppe", innsatsgruppe.name());
        }
        navEnheter.forEach(e -> b.queryParam("navEnhet", e));
        tiltakskoder.forEach(t -> b.queryParam("tiltakskode", t));
        if (apentForPamelding) {
            b.queryParam("apentForPamelding", "true");
        }
        if (oppstartstype != null) {
            b.queryParam("oppstartstype", oppstartstype.name());
        }
        if (startFra != null) {
            b.queryParam("startFra", startFra.toString());
        }
        if (startTil != null) {
            b.queryParam("startTil", startTil.toString());
        }
        if (sortering != (q == null ? KatalogSortering.NAVN : KatalogSortering.RELEVANS)) {
            b.queryParam("sortering", sortering.name());
        }
        if (storrelse != STANDARD_STORRELSE) {
            b.queryParam("storrelse", storrelse);
        }
        String query = b.encode().build().getQuery();
        return query == null ? "" : query;
    }

    private static List<String> verdier(Map<String, ? extends List<String>> parametre, String navn) {
        List<String> verdier = parametre.get(navn);
        if (verdier == null) {
            return List.of();
        }
        return verdier.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::trim)
                .toList();
    }

    private static @Nullable String en(Map<String, ? extends List<String>> parametre, String navn) {
        List<String> verdier = verdier(parametre, navn);
        return verdier.isEmpty() ? null : verdier.getFirst();
    }

    private static <E extends Enum<E>> @Nullable E enumVerdi(
            Map<String, ? extends List<String>> parametre,
            String navn,
            Class<E> type,
            KatalogProblem problem,
            InvalidInput.Collector feil) {
        String verdi = en(parametre, navn);
        if (verdi == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, verdi);
        } catch (IllegalArgumentException e) {
            feil.add(navn, problem);
            return null;
        }
    }

    private static @Nullable LocalDate dato(
            Map<String, ? extends List<String>> parametre, String navn, InvalidInput.Collector feil) {
        String verdi = en(parametre, navn);
        if (verdi == null) {
            return null;
        }
        try {
            return LocalDate.parse(verdi);
        } catch (DateTimeParseException e) {
            feil.add(navn, KatalogProblem.DATO_UGYLDIG);
            return null;
        }
    }

    private static int heltall(
            Map<String, ? extends List<String>> parametre,
            String navn,
            int standard,
            int min,
            int maks,
            KatalogProblem problem,
            InvalidInput.Collector feil) {
        String verdi = en(parametre, navn);
        if (verdi == null) {
            return standard;
        }
        try {
            int tall = Integer.parseInt(verdi);
            if (tall >= min && tall <= maks) {
                return tall;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        feil.add(navn, problem, min, maks);
        return standard;
    }
}
