package no.samskap.deltakelse.historikk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.Organisasjonsnummer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lines of a legacy enrolment file (docs/import-deltakelser.md): a header naming the six columns, then one
 * enrolment per line, fields separated by the header's separator ({@code ;} or {@code ,}), optionally in double
 * quotes. Checks each field on its own (fødselsnummer with both check digits, organisation number with its check
 * digit, ISO dates, end not before start, a known status) and never throws for a bad line.
 */
final class Linjetolker {

    static final List<String> KOLONNER =
            List.of("fodselsnummer", "tiltakskode", "arrangor_orgnr", "startdato", "sluttdato", "status");
    private static final int MAKS_KODE = 40;

    private final char skilletegn;
    private final boolean tillatSyntetiske;
    private final List<String> felt = new ArrayList<>(8);
    private final StringBuilder verdi = new StringBuilder(64);

    private Linjetolker(char skilletegn, boolean tillatSyntetiske) {
        this.skilletegn = skilletegn;
        this.tillatSyntetiske = tillatSyntetiske;
    }

    /**
     * The reader for a file with this header line, or empty when it is not the expected header (column names in this
     * order, any letter case, separated by {@code ;} or {@code ,}).
     */
    static Optional<Linjetolker> forOverskrift(@Nullable String overskrift, boolean tillatSyntetiske) {
        if (overskrift == null || overskrift == Linjeleser.FOR_LANG) {
            return Optional.empty();
        }
        for (char skilletegn : new char[] {';', ','}) {
            var tolker = new Linjetolker(skilletegn, tillatSyntetiske);
            List<String> navn = tolker.del(overskrift);
            if (navn.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList().equals(KOLONNER)) {
                return Optional.of(tolker);
            }
        }
        return Optional.empty();
    }

    char skilletegn() {
        return skilletegn;
    }

    /** Whether a line holds nothing to import (empty or only blanks): such lines are skipped. */
    static boolean tom(String tekst) {
        return tekst != Linjeleser.FOR_LANG && tekst.isBlank();
    }

    /** Checks one data line. */
    Rad tolk(long linje, String tekst) {
        if (tekst == Linjeleser.FOR_LANG) {
            return new Rad(linje, null, null, null, null, null, null, List.of(Importfeil.LINJE_FOR_LANG));
        }
        List<String> f = del(tekst);
        if (f.size() != KOLONNER.size()) {
            return new Rad(linje, null, null, null, null, null, null, List.of(Importfeil.ANTALL_KOLONNER));
        }
        var feil = new ArrayList<Importfeil>(2);
        String fnr = fodselsnummer(f.get(0), feil);
        String kode = kode(f.get(1), feil);
        String orgnr = orgnr(f.get(2), feil);
        LocalDate start = dato(f.get(3), Importfeil.STARTDATO_UGYLDIG, feil);
        LocalDate slutt = dato(f.get(4), Importfeil.SLUTTDATO_UGYLDIG, feil);
        if (start != null && slutt != null && slutt.isBefore(start)) {
            feil.add(Importfeil.SLUTTDATO_FOR_STARTDATO);
        }
        Arenastatus status = status(f.get(5), feil);
        return new Rad(linje, fnr, kode, orgnr, start, slutt, status, feil.isEmpty() ? List.of() : List.copyOf(feil));
    }

    private @Nullable String fodselsnummer(String tekst, List<Importfeil> feil) {
        if (tekst.isEmpty()) {
            feil.add(Importfeil.FODSELSNUMMER_MANGLER);
            return null;
        }
        Optional<Fodselsnummer> fnr = Fodselsnummer.tolk(tekst, tillatSyntetiske);
        if (fnr.isEmpty()) {
            feil.add(Importfeil.FODSELSNUMMER_UGYLDIG);
            return null;
        }
        return fnr.get().verdi();
    }

    /** Upper case; anything but letters A–Z, digits and '_' cannot be a code. */
    private static @Nullable String kode(String tekst, List<Importfeil> feil) {
        if (tekst.isEmpty()) {
            feil.add(Importfeil.TILTAKSKODE_MANGLER);
            return null;
        }
        String kode = tekst.toUpperCase(Locale.ROOT);
        boolean mulig = kode.length() <= MAKS_KODE;
        for (int i = 0; mulig && i < kode.length(); i++) {
            char c = kode.charAt(i);
            mulig = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (!mulig) {
            feil.add(Importfeil.TILTAKSKODE_UKJENT);
            return null;
        }
        return kode;
    }

    private static @Nullable String orgnr(String tekst, List<Importfeil> feil) {
        if (tekst.isEmpty()) {
            feil.add(Importfeil.ORGNR_MANGLER);
            return null;
        }
        String orgnr = tekst.replace(" ", "");
        if (!Organisasjonsnummer.isValid(orgnr)) {
            feil.add(Importfeil.ORGNR_UGYLDIG);
            return null;
        }
        return orgnr;
    }

    /** An ISO date ({@code åååå-mm-dd}) or nothing; anything else is {@code ugyldig}. */
    private static @Nullable LocalDate dato(String tekst, Importfeil ugyldig, List<Importfeil> feil) {
        if (tekst.isEmpty()) {
            return null;
        }
        if (tekst.length() != 10 || tekst.charAt(4) != '-' || tekst.charAt(7) != '-') {
            feil.add(ugyldig);
            return null;
        }
        int aar = tall(tekst, 0, 4);
        int maaned = tall(tekst, 5, 7);
        int dag = tall(tekst, 8, 10);
        if (aar < 1900 || aar > 2200 || maaned < 0 || dag < 0) {
            feil.add(ugyldig);
            return null;
        }
        try {
            return LocalDate.of(aar, maaned, dag);
        } catch (DateTimeException e) {
            feil.add(ugyldig);
            return null;
        }
    }

    /** The digits from {@code fra} to {@code til} as a number, or -1 when one is not a digit. */
    private static int tall(String tekst, int fra, int til) {
        int n = 0;
        for (int i = fra; i < til; i++) {
            char c = tekst.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static @Nullable Arenastatus status(String tekst, List<Importfeil> feil) {
        if (tekst.isEmpty()) {
            feil.add(Importfeil.STATUS_MANGLER);
            return null;
        }
        Optional<Arenastatus> status = Arenastatus.tolk(tekst);
        if (status.isEmpty()) {
            feil.add(Importfeil.STATUS_UKJENT);
            return null;
        }
        return status.get();
    }

    /**
     * The fields of a line, each stripped of surrounding blanks; a field in double quotes may hold the separator, and
     * {@code ""} inside quotes is one quote.
     */
    private List<String> del(String tekst) {
        felt.clear();
        if (tekst.indexOf('"') < 0) { // no quotes (the usual line): cut at each separator
            int fra = 0;
            while (true) {
                int til = tekst.indexOf(skilletegn, fra);
                if (til < 0) {
                    felt.add(tekst.substring(fra).strip());
                    return felt;
                }
                felt.add(tekst.substring(fra, til).strip());
                fra = til + 1;
            }
        }
        int i = 0;
        int n = tekst.length();
        while (true) {
            verdi.setLength(0);
            while (i < n && tekst.charAt(i) == ' ') {
                i++;
            }
            if (i < n && tekst.charAt(i) == '"') {
                i++;
                while (i < n) {
                    char c = tekst.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && tekst.charAt(i + 1) == '"') {
                            verdi.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    verdi.append(c);
                    i++;
                }
                while (i < n && tekst.charAt(i) != skilletegn) {
                    verdi.append(tekst.charAt(i)); // text after the closing quote belongs to the field
                    i++;
                }
            } else {
                while (i < n && tekst.charAt(i) != skilletegn) {
                    verdi.append(tekst.charAt(i));
                    i++;
                }
            }
            felt.add(verdi.toString().strip());
            if (i >= n) {
                return felt;
            }
            i++; // the separator
        }
    }
}
