package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Numbers as the outcome-contract pages show them, in Norwegian notation: amounts grouped with a no-break space and a
 * decimal comma ({@code 1 234 567 NOK}, {@code 1 234,50 NOK}: decimals only when there are any), shares and rates as
 * per cent. Templates call it as {@code ${@effektformat.belop(x, valuta)}}.
 */
@Component("effektformat")
public class Formatering {

    static final char MELLOMROM = '\u00a0';

    /** An amount with its currency code; empty for none. */
    public String belop(@Nullable BigDecimal belop, String valuta) {
        return belop == null ? "" : tall(belop) + MELLOMROM + valuta;
    }

    /** A number grouped in thousands, with its decimals (at most four) only when it has any. */
    public String tall(@Nullable BigDecimal tall) {
        if (tall == null) {
            return "";
        }
        BigDecimal t = tall.stripTrailingZeros();
        int desimaler = Math.min(Math.max(t.scale(), 0), 4);
        if (desimaler > 0 && desimaler < 2) {
            desimaler = 2;
        }
        return format(desimaler).format(t.setScale(desimaler, RoundingMode.HALF_EVEN));
    }

    /** A whole count, grouped. */
    public String antall(@Nullable Number antall) {
        return antall == null ? "" : format(0).format(antall);
    }

    /** A fraction as per cent with one decimal: 0.15 → {@code 15,0 %}. */
    public String prosent(@Nullable BigDecimal andel) {
        if (andel == null) {
            return "";
        }
        return format(1).format(andel.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)) + MELLOMROM + "%";
    }

    /** A ratio with three decimals: 1.576 → {@code 1,576}. */
    public String faktor(@Nullable BigDecimal faktor) {
        return faktor == null ? "" : format(3).format(faktor.setScale(3, RoundingMode.HALF_EVEN));
    }

    /** A fødselsnummer masked as pages show it: the birth date, then five stars ({@code 150576*****}). */
    public String maskert(@Nullable String fodselsnummer) {
        if (fodselsnummer == null) {
            return "";
        }
        return (fodselsnummer.length() < 6 ? "" : fodselsnummer.substring(0, 6)) + "*****";
    }

    private static DecimalFormat format(int desimaler) {
        var symboler = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nb-NO"));
        symboler.setGroupingSeparator(MELLOMROM);
        symboler.setDecimalSeparator(',');
        symboler.setMinusSign('−');
        var format = new DecimalFormat(desimaler == 0 ? "#,##0" : "#,##0." + "0".repeat(desimaler), symboler);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
