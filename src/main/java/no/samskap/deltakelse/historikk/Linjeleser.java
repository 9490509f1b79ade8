package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file line by line (UTF-8, a byte order mark skipped, {@code \n} or {@code \r\n}), holding at most one line
 * of at most {@link #MAKS_LENGDE} characters in memory: a longer line is skipped to its end and reported as
 * {@link #FOR_LANG}, so no file can fill the memory.
 */
final class Linjeleser implements AutoCloseable {

    static final int MAKS_LENGDE = 4096;
    /** Returned (compare by identity) for a line longer than {@link #MAKS_LENGDE}. */
    static final String FOR_LANG = new String("<for lang>");

    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder linje = new StringBuilder(256);
    private int pos;
    private int slutt;
    private long nummer;
    private boolean forst = true;

    Linjeleser(InputStream in) {
        this.reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The number of the line last returned (the first line is 1). */
    long nummer() {
        return nummer;
    }

    /** The next line without its line break, {@link #FOR_LANG}, or null at the end of the file. */
    @Nullable String neste() throws IOException {
        linje.setLength(0);
        boolean forLang = false;
        boolean lestNoe = false;
        while (true) {
            if (pos == slutt) {
                slutt = reader.read(buffer, 0, buffer.length);
                pos = 0;
                if (slutt <= 0) {
                    slutt = 0;
                    if (!lestNoe) {
                        return null;
                    }
                    break;
                }
                if (forst) {
                    forst = false;
                    if (buffer[0] == '\uFEFF') {
                        pos = 1;
                        continue;
                    }
                }
            }
            lestNoe = true;
            int start = pos;
            while (pos < slutt && buffer[pos] != '\n') {
                pos++;
            }
            if (!forLang) {
                linje.append(buffer, start, pos - start);
                if (linje.length() > MAKS_LENGDE + 1) {
                    forLang = true;
                    linje.setLength(0);
                }
            }
            if (pos < slutt) {
                pos++; // the '\n'
                break;
            }
        }
        nummer++;
        if (forLang) {
            return FOR_LANG;
        }
        int lengde = linje.length();
        if (lengde > 0 && linje.charAt(lengde - 1) == '\r') {
            linje.setLength(lengde - 1);
        }
        if (linje.length() > MAKS_LENGDE) {
            return FOR_LANG;
        }
        return linje.toString();
    }

    /** Skips lines until {@link #nummer()} is {@code til} (or the file ends). */
    void hoppOver(long til) throws IOException {
        while (nummer < til && neste() != null) {
            // only counting
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
