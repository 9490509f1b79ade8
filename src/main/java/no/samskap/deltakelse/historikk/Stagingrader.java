package no.samskap.deltakelse.historikk;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One batch of checked lines, encoded in COPY's text format for the staging table, with what the batch needs besides:
 * its last line and its organisation numbers. Only values that passed their checks are written, and those hold no
 * tab, backslash or line break (digits, codes of A–Z, 0–9 and '_', ISO dates), so nothing needs escaping.
 */
final class Stagingrader {

    private static final String NULL = "\\N";

    private byte[] data = new byte[1 << 16];
    private int lengde;
    private long rader;
    private long tilLinje;
    private final Set<String> orgnr = new HashSet<>();
    private final StringBuilder linje = new StringBuilder(128);

    Stagingrader(long fraLinje) {
        this.tilLinje = fraLinje;
    }

    void skriv(Rad rad) {
        linje.setLength(0);
        linje.append(rad.linje()).append('\t');
        felt(rad.fodselsnummer());
        felt(rad.kode());
        felt(rad.orgnr());
        dato(rad.startdato());
        dato(rad.sluttdato());
        Arenastatus status = rad.status();
        felt(status == null ? null : status.name());
        felt(status == null ? null : status.status().name());
        feil(rad.feil());
        linje.append('\n');
        if (lengde + linje.length() > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, lengde + linje.length()));
        }
        for (int i = 0; i < linje.length(); i++) {
            data[lengde++] = (byte) linje.charAt(i); // ASCII only, see above
        }
        if (rad.orgnr() != null) {
            orgnr.add(rad.orgnr());
        }
        rader++;
    }

    /** The batch now reaches this line of the file (blank lines count, though they write nothing). */
    void til(long linjenummer) {
        tilLinje = linjenummer;
    }

    long tilLinje() {
        return tilLinje;
    }

    long rader() {
        return rader;
    }

    byte[] data() {
        return data;
    }

    int lengde() {
        return lengde;
    }

    Set<String> orgnr() {
        return orgnr;
    }

    private void felt(@Nullable String verdi) {
        linje.append(verdi == null ? NULL : verdi).append('\t');
    }

    private void dato(@Nullable LocalDate dato) {
        linje.append(dato == null ? NULL : dato.toString()).append('\t');
    }

    private void feil(List<Importfeil> feil) {
        if (feil.isEmpty()) {
            linje.append(NULL);
            return;
        }
        linje.append('{');
        for (int i = 0; i < feil.size(); i++) {
            if (i > 0) {
                linje.append(',');
            }
            linje.append(feil.get(i).name());
        }
        linje.append('}');
    }
}
