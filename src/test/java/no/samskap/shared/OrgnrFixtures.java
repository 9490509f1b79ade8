package no.samskap.shared;

import java.util.concurrent.ThreadLocalRandom;

/** Valid organisation numbers for tests (MOD11, weights 3,2,7,6,5,4,3,2), random so tests never clash. */
public final class OrgnrFixtures {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrgnrFixtures() {}

    public static String random() {
        var random = ThreadLocalRandom.current();
        while (true) {
            var digits = new StringBuilder();
            digits.append(8 + random.nextInt(2)); // 8xx/9xx like real ones
            for (int i = 1; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            if (remainder == 1) {
                continue;
            }
            int check = remainder == 0 ? 0 : 11 - remainder;
            return digits.append(check).toString();
        }
    }

    /** A 9-digit number whose check digit is wrong. */
    public static String withWrongCheckDigit() {
        String valid = random();
        char last = valid.charAt(8);
        char wrong = last == '9' ? '0' : (char) (last + 1);
        return valid.substring(0, 8) + wrong;
    }
}
