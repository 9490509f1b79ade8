package no.samskap.shared;

/**
 * A Norwegian organisation number: nine digits, the last a MOD11 check digit with weights 3,2,7,6,5,4,3,2.
 */
public record Organisasjonsnummer(String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public Organisasjonsnummer {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid organisasjonsnummer");
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 9 || !candidate.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check != 10 && check == candidate.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
