package no.samskap.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Norwegian fødselsnummer or D-number: eleven digits, a birth date ({@code ddmmyy}), a three-digit individnummer
 * that also gives the century, and two MOD11 check digits (k1 with weights 3,7,6,1,8,9,4,5,2; k2 with weights
 * 5,4,3,2,7,6,5,4,3,2; remainder 0 gives 0, remainder 1 makes the number invalid). A D-number has 40 added to the day.
 *
 * <p>Synthetic test numbers, as NAV's test environments use them, add 40 to the month (NAV's test data tool Dolly; the
 * same rule marks an H-number) or 80 (Skatteetaten's Tenor / Test-Norge); their check digits follow the normal rule.
 * Sources: navikt/veilarbaktivitet {@code FødselsnummerType} (first month digit +4 = DOLLY, +8 = TEST_NORGE) and
 * navikt's familie libraries' {@code Fødselsnummer} ({@code erNAVSyntetisk}: month digit 4–7, {@code erSkattSyntetisk}:
 * month digit 8–9, month minus 40 or 80); fnrinfo.no on H-numbers (month + 40). They are accepted only where the
 * caller allows them ({@code samskap.fodselsnummer.tillat-syntetiske}, never in production).
 *
 * <p>This is personal data: {@link #toString()} returns the masked form, so the number never reaches a log or an
 * exception message by accident; {@link #verdi()} is for storage and audit only.
 */
public final class Fodselsnummer {

    /** The stable problem codes (= message keys) of a rejected fødselsnummer. Messages never repeat the input. */
    public enum Problem implements ProblemCode {
        PAAKREVD("fodselsnummer.paakrevd"),
        UGYLDIG("fodselsnummer.ugyldig");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private final String verdi;
    private final LocalDate fodselsdato;
    private final boolean dNummer;
    private final boolean syntetisk;

    private Fodselsnummer(String verdi, LocalDate fodselsdato, boolean dNummer, boolean syntetisk) {
        this.verdi = verdi;
        this.fodselsdato = fodselsdato;
        this.dNummer = dNummer;
        this.syntetisk = syntetisk;
    }

    /**
     * The number if the text is a valid one (surrounding blanks and inner spaces ignored), else empty.
     *
     * @param tillatSyntetiske whether synthetic test numbers (month + 40 or + 80) are accepted
     */
    public static Optional<Fodselsnummer> tolk(@Nullable String tekst, boolean tillatSyntetiske) {
        if (tekst == null) {
            return Optional.empty();
        }
        String digits = tekst.strip().replace(" ", "");
        if (digits.length() != 11 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (kontrollsiffer(digits, K1, 9) != digits.charAt(9) - '0'
                || kontrollsiffer(digits, K2, 10) != digits.charAt(10) - '0') {
            return Optional.empty();
        }
        int dag = tall(digits, 0);
        int maaned = tall(digits, 2);
        boolean dNummer = dag > 40;
        if (dNummer) {
            dag -= 40;
        }
        boolean syntetisk = maaned > 40;
        if (maaned > 80) {
            maaned -= 80;
        } else if (maaned > 40) {
            maaned -= 40;
        }
        if (syntetisk && !tillatSyntetiske) {
            return Optional.empty();
        }
        Integer aar = aar(tall(digits, 4), Integer.parseInt(digits.substring(6, 9)));
        if (aar == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fodselsnummer(digits, LocalDate.of(aar, maaned, dag), dNummer, syntetisk));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks a form or request field: adds {@code fodselsnummer.paakrevd} or {@code fodselsnummer.ugyldig} for
     * {@code felt} to the collector and returns null, or returns the number.
     */
    public static @Nullable Fodselsnummer kontroller(
            @Nullable String tekst, boolean tillatSyntetiske, String felt, InvalidInput.Collector feil) {
        if (tekst == null || tekst.isBlank()) {
            feil.add(felt, Problem.PAAKREVD);
            return null;
        }
        Optional<Fodselsnummer> fnr = tolk(tekst, tillatSyntetiske);
        if (fnr.isEmpty()) {
            feil.add(felt, Problem.UGYLDIG);
            return null;
        }
        return fnr.get();
    }

    /** The eleven digits, for storage and the audit log only: never for logs, URLs or messages. */
    public String verdi() {
        return verdi;
    }

    /** The birth date as six digits and the rest hidden, e.g. {@code 150576*****}: for lists and receipts. */
    public String maskert() {
        return verdi.substring(0, 6) + "*****";
    }

    /** The real birth date (D-number and synthetic offsets removed). */
    public LocalDate fodselsdato() {
        return fodselsdato;
    }

    public boolean erDNummer() {
        return dNummer;
    }

    /** A synthetic test number (month + 40 or + 80). */
    public boolean erSyntetisk() {
        return syntetisk;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Fodselsnummer other && verdi.equals(other.verdi);
    }

    @Override
    public int hashCode() {
        return verdi.hashCode();
    }

    /** The masked form: the number itself must never end up in a log line or exception message. */
    @Override
    public String toString() {
        return maskert();
    }

    /** The check digit for the first {@code antall} digits; -1 when the remainder is 1 (no valid digit). */
    static int kontrollsiffer(String digits, int[] vekter, int antall) {
        int sum = 0;
        for (int i = 0; i < antall; i++) {
            sum += (digits.charAt(i) - '0') * vekter[i];
        }
        int rest = sum % 11;
        if (rest == 0) {
            return 0;
        }
        return rest == 1 ? -1 : 11 - rest;
    }

    /** The full year from the two-digit year and the individnummer (Skatteetaten's century ranges); null if none. */
    private static @Nullable Integer aar(int aa, int individnummer) {
        if (individnummer <= 499) {
            return 1900 + aa;
        }
        if (individnummer <= 749 && aa >= 54) {
            return 1800 + aa;
        }
        if (aa <= 39) {
            return 2000 + aa;
        }
        if (individnummer >= 900) {
            return 1900 + aa;
        }
        return null;
    }

    private static int tall(String digits, int fra) {
        return (digits.charAt(fra) - '0') * 10 + (digits.charAt(fra + 1) - '0');
    }
}
