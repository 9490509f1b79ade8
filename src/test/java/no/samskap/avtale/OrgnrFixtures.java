package no.samskap.avtale;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random organisation numbers (MOD11, weights 3,2,7,6,5,4,3,2) so tests never clash. */
final class OrgnrFixtures {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrgnrFixtures() {}

    static String random() {
        var random = ThreadLocalRandom.current();
        while (true) {
            var digits = new StringBuilder().append(8 + random.nextInt(2));
            for (int i = 1; i < 8; i++) {
                digits.append(random.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (digits.charAt(i) - '0') * WEIGHTS[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits.append(remainder == 0 ? 0 : 11 - remainder).toString();
            }
        }
    }
}
