package no.samskap.katalog.filter;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A catalog query string as a saved filter keeps it: only the catalog's own parameters (see the design page) with
 * values of the right form, empty values and {@code side} dropped, re-encoded in the order given.
 */
final class Sporring {

    static final int MAKS_LENGDE = 2000;
    private static final Pattern ENHETSNUMMER = Pattern.compile("\\d{4}");
    private static final Pattern TILTAKSKODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final Map<String, Predicate<String>> PARAMETRE = Map.ofEntries(
            Map.entry("q", v -> v.length() <= 200),
            Map.entry("innsatsgruppe", v -> Arrays.stream(Innsatsgruppe.values()).anyMatch(i -> i.name().equals(v))),
            Map.entry("navEnhet", v -> ENHETSNUMMER.matcher(v).matches()),
            Map.entry("tiltakskode", v -> TILTAKSKODE.matcher(v).matches()),
            Map.entry("apentForPamelding", v -> v.equals("true") || v.equals("false")),
            Map.entry("oppstartstype", v -> erEnum(v, List.of("LOPENDE", "FELLES"))),
            Map.entry("startFra", Sporring::erDato),
            Map.entry("startTil", Sporring::erDato),
            Map.entry("sortering", v -> erEnum(v, List.of("RELEVANS", "NAVN", "STARTDATO", "TILTAKSTYPE"))),
            Map.entry("storrelse", Sporring::erStorrelse));

    private Sporring() {}

    /**
     * The normalised query string, or null after adding the field error for {@code felt} to the collector.
     * A leading {@code ?} is ignored.
     */
    static @Nullable String normaliser(@Nullable String tekst, String felt, InvalidInput.Collector feil) {
        String s = tekst == null ? "" : tekst.strip();
        if (s.startsWith("?")) {
            s = s.substring(1);
        }
        if (s.length() > 2 * MAKS_LENGDE) {
            feil.add(felt, LagretFilterProblem.SPORRING_FOR_LANG, MAKS_LENGDE);
            return null;
        }
        List<String> deler = new ArrayList<>();
        for (String par : s.split("&")) {
            if (par.isEmpty()) {
                continue;
            }
            int er = par.indexOf('=');
            String navn;
            String verdi;
            try {
                navn = URLDecoder.decode(er < 0 ? par : par.substring(0, er), StandardCharsets.UTF_8);
                verdi = er < 0 ? "" : URLDecoder.decode(par.substring(er + 1), StandardCharsets.UTF_8).strip();
            } catch (IllegalArgumentException e) {
                feil.add(felt, LagretFilterProblem.SPORRING_UGYLDIG);
                return null;
            }
            if (navn.equals("side") || verdi.isEmpty()) {
                continue;
            }
            Predicate<String> gyldig = PARAMETRE.get(navn);
            if (gyldig == null || !gyldig.test(verdi)) {
                feil.add(felt, LagretFilterProblem.SPORRING_UGYLDIG);
                return null;
            }
            deler.add(navn + "=" + URLEncoder.encode(verdi, StandardCharsets.UTF_8));
        }
        String resultat = String.join("&", deler);
        if (resultat.isEmpty()) {
            feil.add(felt, LagretFilterProblem.SPORRING_TOM);
            return null;
        }
        if (resultat.length() > MAKS_LENGDE) {
            feil.add(felt, LagretFilterProblem.SPORRING_FOR_LANG, MAKS_LENGDE);
            return null;
        }
        return resultat;
    }

    private static boolean erEnum(String verdi, List<String> navn) {
        return navn.contains(verdi);
    }

    private static boolean erDato(String verdi) {
        try {
            LocalDate.parse(verdi);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean erStorrelse(String verdi) {
        try {
            int n = Integer.parseInt(verdi);
            return n >= 1 && n <= 100;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
