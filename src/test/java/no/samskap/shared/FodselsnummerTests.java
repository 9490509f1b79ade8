package no.samskap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FodselsnummerTests {

    /** 15.05.1976, individnummer 123: check digits 3 and 6. */
    private static final String VANLIG = "15057612336";

    @Test
    void acceptsANumberWithBothCheckDigitsAndAValidDate() {
        Fodselsnummer fnr = Fodselsnummer.tolk(VANLIG, false).orElseThrow();

        assertThat(fnr.verdi()).isEqualTo(VANLIG);
        assertThat(fnr.fodselsdato()).isEqualTo(LocalDate.of(1976, 5, 15));
        assertThat(fnr.erDNummer()).isFalse();
        assertThat(fnr.erSyntetisk()).isFalse();
    }

    @Test
    void ignoresSurroundingBlanksAndInnerSpaces() {
        assertThat(Fodselsnummer.tolk(" 150576 12336 ", false)).hasValueSatisfying(f -> assertThat(f.verdi()).isEqualTo(VANLIG));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "15057612337", // k2 wrong
        "15057612346", // k1 wrong
        "1505761233", // ten digits
        "150576123366", // twelve digits
        "1505761233a", // not a digit
        "",
    })
    void rejectsWrongLengthCharactersOrCheckDigits(String tekst) {
        assertThat(Fodselsnummer.tolk(tekst, true)).isEmpty();
    }

    @Test
    void rejectsANumberWhoseCheckDigitWouldBeTen() {
        // 150576 + individnummer 125: k1 remainder is 1, so no number with these nine digits is valid
        for (int k1 = 0; k1 <= 9; k1++) {
            for (int k2 = 0; k2 <= 9; k2++) {
                assertThat(Fodselsnummer.tolk("150576125" + k1 + k2, true)).isEmpty();
            }
        }
        assertThat(Fodselsnummer.kontrollsiffer("150576125", new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2}, 9)).isEqualTo(-1);
    }

    @Test
    void rejectsAnImpossibleDateEvenWithCorrectCheckDigits() {
        // 29.02.1900 (individnummer 100 → 1900, not a leap year)
        assertThat(Fodselsnummer.tolk("29020010027", true)).isEmpty();
        // 29.02.2000 (individnummer 555 → 2000, a leap year)
        assertThat(Fodselsnummer.tolk("29020055640", true)).hasValueSatisfying(
                f -> assertThat(f.fodselsdato()).isEqualTo(LocalDate.of(2000, 2, 29)));
        // day 32 and month 13
        assertThat(Fodselsnummer.tolk(FodselsnummerFixtures.lag(LocalDate.of(1976, 5, 15), 17, 0, 123), true)).isEmpty();
        assertThat(Fodselsnummer.tolk(FodselsnummerFixtures.lag(LocalDate.of(1976, 5, 15), 0, 8, 123), true)).isEmpty();
    }

    @Test
    void derivesTheCenturyFromTheIndividnummer() {
        assertThat(Fodselsnummer.tolk("01010551265", false).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(2005, 1, 1));
        assertThat(Fodselsnummer.tolk("01016060085", false).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(1860, 1, 1));
        // individnummer 750–899 with a year 40–99 belongs to no century
        assertThat(Fodselsnummer.tolk(FodselsnummerFixtures.lag(LocalDate.of(1976, 5, 15), 0, 0, 800), true)).isEmpty();
    }

    @Test
    void acceptsADNumberWithFortyAddedToTheDay() {
        Fodselsnummer fnr = Fodselsnummer.tolk("55057612400", false).orElseThrow();

        assertThat(fnr.erDNummer()).isTrue();
        assertThat(fnr.fodselsdato()).isEqualTo(LocalDate.of(1976, 5, 15));
    }

    @Test
    void acceptsSyntheticDollyAndTenorNumbersOnlyWhenAllowed() {
        String dolly = "15457612319"; // month + 40
        String tenor = "15857612482"; // month + 80

        assertThat(Fodselsnummer.tolk(dolly, false)).isEmpty();
        assertThat(Fodselsnummer.tolk(tenor, false)).isEmpty();
        assertThat(Fodselsnummer.tolk(dolly, true)).hasValueSatisfying(f -> {
            assertThat(f.erSyntetisk()).isTrue();
            assertThat(f.fodselsdato()).isEqualTo(LocalDate.of(1976, 5, 15));
        });
        assertThat(Fodselsnummer.tolk(tenor, true)).hasValueSatisfying(
                f -> assertThat(f.fodselsdato()).isEqualTo(LocalDate.of(1976, 5, 15)));
    }

    @Test
    void acceptsTheDollyNumbersOfNavsOwnTests() {
        // synthetic persons from navikt's familie libraries' tests: fødselsnummer and D-number of the same person
        assertThat(Fodselsnummer.tolk("15507600333", true).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(1976, 10, 15));
        assertThat(Fodselsnummer.tolk("55507608360", true).orElseThrow().erDNummer()).isTrue();
        assertThat(Fodselsnummer.tolk("29422059278", true).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(Fodselsnummer.tolk("69422056629", true).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void theReadmesTestNumbersAreValidSyntheticOnes() {
        assertThat(Fodselsnummer.tolk("15457612319", true).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(1976, 5, 15));
        assertThat(Fodselsnummer.tolk("21898534682", true).orElseThrow().fodselsdato()).isEqualTo(LocalDate.of(1985, 9, 21));
        assertThat(Fodselsnummer.tolk("15457612319", false)).isEmpty();
        assertThat(Fodselsnummer.tolk("21898534682", false)).isEmpty();
    }

    @Test
    void acceptsASyntheticDNumber() {
        String syntetiskDNummer = FodselsnummerFixtures.lag(LocalDate.of(2020, 2, 29), 40, 40, 500);

        assertThat(Fodselsnummer.tolk(syntetiskDNummer, true)).hasValueSatisfying(f -> {
            assertThat(f.erDNummer()).isTrue();
            assertThat(f.erSyntetisk()).isTrue();
            assertThat(f.fodselsdato()).isEqualTo(LocalDate.of(2020, 2, 29));
        });
    }

    @Test
    void fixturesMakeValidNumbers() {
        for (int i = 0; i < 200; i++) {
            String fnr = FodselsnummerFixtures.randomSyntetisk();
            assertThat(Fodselsnummer.tolk(fnr, true)).as(fnr).isPresent();
            assertThat(Fodselsnummer.tolk(fnr, false)).as(fnr).isEmpty();
        }
    }

    @Test
    void neverRevealsTheNumberThroughToString() {
        Fodselsnummer fnr = Fodselsnummer.tolk(VANLIG, false).orElseThrow();

        assertThat(fnr.maskert()).isEqualTo("150576*****");
        assertThat(fnr.toString()).isEqualTo("150576*****").doesNotContain("12336");
        assertThat("" + fnr).doesNotContain(VANLIG);
    }

    @Test
    void reportsAFieldErrorWithoutTheNumber() {
        var feil = InvalidInput.collector();

        assertThat(Fodselsnummer.kontroller("15057612337", false, "fnr", feil)).isNull();
        assertThat(Fodselsnummer.kontroller("  ", false, "annet", feil)).isNull();

        assertThat(feil.violations()).extracting(v -> v.field() + ":" + v.problem().code())
                .containsExactly("fnr:fodselsnummer.ugyldig", "annet:fodselsnummer.paakrevd");
        assertThat(feil.violations()).allSatisfy(v -> assertThat(v.args()).isEmpty());
        var exception = new InvalidInput(feil.violations());
        assertThat(exception.getMessage()).doesNotContain("15057612337");
    }

    @Test
    void equalNumbersAreEqual() {
        assertThat(Fodselsnummer.tolk(VANLIG, false)).isEqualTo(Fodselsnummer.tolk(VANLIG, false));
    }
}
