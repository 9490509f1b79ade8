package no.samskap.shared;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid fødselsnumre made with the MOD11 rule, for tests: real-form, D-numbers and synthetic ones (Dolly, Tenor). */
public final class FodselsnummerFixtures {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private FodselsnummerFixtures() {}

    /** A random synthetic (Dolly, month + 40) number of an adult born in 1940–1999, different on every call. */
    public static String randomSyntetisk() {
        var random = ThreadLocalRandom.current();
        LocalDate dato = LocalDate.of(1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        return lag(dato, 0, 40, random.nextInt(0, 499));
    }

    /**
     * The first valid number from {@code individnummer} upwards for the birth date, with {@code dagTillegg} (40 for a
     * D-number) and {@code maanedTillegg} (40 Dolly, 80 Tenor) added. The individnummer must suit the century.
     */
    public static String lag(LocalDate dato, int dagTillegg, int maanedTillegg, int individnummer) {
        String start = "%02d%02d%02d".formatted(
                dato.getDayOfMonth() + dagTillegg, dato.getMonthValue() + maanedTillegg, dato.getYear() % 100);
        for (int ind = individnummer; ind < individnummer + 1000; ind++) {
            String ni = start + "%03d".formatted(ind % 1000);
            int k1 = kontroll(ni, K1);
            if (k1 < 0) {
                continue;
            }
            int k2 = kontroll(ni + k1, K2);
            if (k2 >= 0) {
                return ni + k1 + k2;
            }
        }
        throw new IllegalStateException("no valid number");
    }

    private static int kontroll(String digits, int[] vekter) {
        int sum = 0;
        for (int i = 0; i < vekter.length; i++) {
            sum += (digits.charAt(i) - '0') * vekter[i];
        }
        int rest = sum % 11;
        return rest == 0 ? 0 : rest == 1 ? -1 : 11 - rest;
    }
}
