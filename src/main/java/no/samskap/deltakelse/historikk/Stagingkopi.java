package no.samskap.deltakelse.historikk;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyIn;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Writes checked rows into the staging table through a running COPY, in COPY's text format, a buffer at a time so the
 * database works on one part while the next is read. Only values that passed their checks are written, and those
 * hold no tab, backslash or line break, so nothing needs escaping.
 */
final class Stagingkopi implements AutoCloseable {

    private static final int BUFFER = 1 << 16;
    private static final String NULL = "\\N";

    private final CopyIn copy;
    private final Runnable slipp;
    private final StringBuilder linje = new StringBuilder(128);
    private final byte[] buffer = new byte[BUFFER];
    private int brukt;
    private long rader;

    Stagingkopi(CopyIn copy, Runnable slipp) {
        this.copy = copy;
        this.slipp = slipp;
    }

    void skriv(Rad rad) {
        linje.setLength(0);
        linje.append(rad.linje()).append('\t');
        felt(rad.fodselsnummer());
        felt(rad.kode());
        felt(rad.orgnr());
        dato(rad.startdato());
        dato(rad.sluttdato());
        felt(rad.status() == null ? null : rad.status().name());
        felt(rad.status() == null ? null : rad.status().status().name());
        feil(rad.feil());
        linje.append('\n');
        // ASCII only: the values are digits, codes and dates
        if (brukt + linje.length() > BUFFER) {
            tom();
        }
        for (int i = 0; i < linje.length(); i++) {
            buffer[brukt++] = (byte) linje.charAt(i);
        }
        rader++;
    }

    long rader() {
        return rader;
    }

    /** Ends the COPY: the rows are in the staging table. */
    void avslutt() {
        try {
            tom();
            copy.endCopy();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into the staging table failed", e);
        }
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

    private void tom() {
        if (brukt == 0) {
            return;
        }
        try {
            copy.writeToCopy(buffer, 0, brukt);
            brukt = 0;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into the staging table failed", e);
        }
    }

    /** Cancels a COPY that was not ended (the transaction rolls back anyway) and gives the connection back. */
    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back in any case
        } finally {
            slipp.run();
        }
    }

}
