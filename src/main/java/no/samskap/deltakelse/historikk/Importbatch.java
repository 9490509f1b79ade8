package no.samskap.deltakelse.historikk;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.samskap.audit.AuditPersoner;
import org.jspecify.annotations.Nullable;

/**
 * One batch of a legacy file, checked and ready to write: the valid rows without repeats in the key's order, encoded in
 * PostgreSQL's binary COPY format for {@link HistorikkimportRepository#HISTORIKK_KOLONNER}, and the invalid lines with
 * their reasons. Built on the reader thread, so the writer only sends bytes.
 */
final class Importbatch {

    private static final byte[] HODE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags
            0, 0, 0, 0}; // no header extension
    /** PostgreSQL's dates count days from 2000-01-01. */
    private static final long POSTGRES_EPOKE = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final int FELT = 11;
    /** Bits of a sort key that hold the row's place in its batch (a fødselsnummer needs 37 of the other 63). */
    private static final int RADBITER = 20;
    private static final int RADMASKE = (1 << RADBITER) - 1;

    private final long tilLinje;
    private final long gyldige;
    private final List<Importrad> rader;
    private final List<Ugyldiglinje> ugyldige;
    private final AuditPersoner personer;
    private final byte[] data;
    /** Where each row's bytes start in {@link #data}; the last entry is where the last row ends. */
    private final int[] start;

    private Importbatch(long tilLinje, long gyldige, List<Importrad> rader, List<Ugyldiglinje> ugyldige, byte[] data,
            int[] start) {
        this.tilLinje = tilLinje;
        this.gyldige = gyldige;
        this.rader = rader;
        this.ugyldige = ugyldige;
        this.personer = AuditPersoner.av(personer(rader, null));
        this.data = data;
        this.start = start;
    }

    /** The last line of the file the batch covers (blank lines count, though they write nothing). */
    long tilLinje() {
        return tilLinje;
    }

    /** Valid lines, repeats of an enrolment within the batch included. */
    long gyldige() {
        return gyldige;
    }

    /** The enrolments to write: one per key, in the persons' order, a person's in line order. */
    List<Importrad> rader() {
        return rader;
    }

    /** The persons of all its rows, ready for the audit log (for when every row goes in). */
    AuditPersoner personer() {
        return personer;
    }

    /** The persons of the chosen rows ({@code null}: all), each once, in order (the rows are). */
    static List<String> personer(List<Importrad> rader, boolean @Nullable [] utvalg) {
        var personer = new ArrayList<String>();
        long forrige = -1;
        for (int i = 0; i < rader.size(); i++) {
            Importrad rad = rader.get(i);
            if ((utvalg == null || utvalg[i]) && rad.fnr() != forrige) {
                personer.add(rad.fodselsnummer());
                forrige = rad.fnr();
            }
        }
        return personer;
    }

    /** The invalid lines of the batch, in line order. */
    List<Ugyldiglinje> ugyldige() {
        return ugyldige;
    }

    /** The chosen rows ({@code null}: all) as one binary COPY stream, written as few slices as the choice allows. */
    <E extends Exception> void skriv(boolean @Nullable [] utvalg, Utdata<E> ut) throws E {
        ut.skriv(HODE, 0, HODE.length);
        int i = 0;
        int n = rader.size();
        while (i < n) {
            if (utvalg != null && !utvalg[i]) {
                i++;
                continue;
            }
            int fra = i;
            while (i < n && (utvalg == null || utvalg[i])) {
                i++;
            }
            ut.skriv(data, start[fra], start[i] - start[fra]);
        }
        ut.skriv(new byte[] {-1, -1}, 0, 2); // the trailer: a field count of -1
    }

    /** Where {@link #skriv} sends its bytes. */
    @FunctionalInterface
    interface Utdata<E extends Exception> {
        void skriv(byte[] bytes, int fra, int lengde) throws E;
    }

    /**
     * Collects the lines of one batch and builds it: sorts, keeps the first line of each key (a later line of the
     * same enrolment counts as already there; a later line whose key is the same but whose enrolment is not, as a
     * collision) and encodes.
     */
    static final class Bygger {

        private final UUID importId;
        private final List<Importrad> kandidater = new ArrayList<>();
        private final List<Ugyldiglinje> ugyldige = new ArrayList<>();

        Bygger(UUID importId) {
            this.importId = importId;
        }

        void gyldig(Importrad rad) {
            kandidater.add(rad);
        }

        void ugyldig(long linje, List<Importfeil> arsaker) {
            ugyldige.add(new Ugyldiglinje(linje, List.copyOf(arsaker)));
        }

        int linjer() {
            return kandidater.size() + ugyldige.size();
        }

        Importbatch bygg(long tilLinje) {
            int n = kandidater.size();
            if (n > RADMASKE) {
                throw new IllegalStateException("a batch holds at most " + RADMASKE + " rows");
            }
            // in the person's order (what the index is written in); a person's rows in line order. Sorting the
            // fødselsnummer with the row's place packed into one long sorts numbers, not objects.
            long[] orden = new long[n];
            for (int i = 0; i < n; i++) {
                orden[i] = kandidater.get(i).fnr() << RADBITER | i;
            }
            Arrays.sort(orden);
            var rader = new ArrayList<Importrad>(n);
            long gyldige = 0;
            int personensForste = 0;
            long person = -1;
            for (long o : orden) {
                Importrad rad = kandidater.get((int) (o & RADMASKE));
                if (rad.fnr() != person) {
                    person = rad.fnr();
                    personensForste = rader.size();
                }
                Importrad forste = null;
                for (int j = personensForste; j < rader.size() && forste == null; j++) {
                    if (rader.get(j).nokkel() == rad.nokkel()) {
                        forste = rader.get(j);
                    }
                }
                if (forste == null) {
                    rader.add(rad);
                    gyldige++;
                } else if (forste.sammeDeltakelse(rad.tiltakskode(), rad.arrangorId(), rad.startdato())) {
                    gyldige++; // a repeat: the first line went in
                } else {
                    ugyldige.add(new Ugyldiglinje(rad.linje(), List.of(Importfeil.NOKKEL_KOLLISJON)));
                }
            }
            ugyldige.sort(Comparator.comparingLong(Ugyldiglinje::linje));
            var koder = new Koder(rader.size() * 160);
            int[] start = new int[rader.size() + 1];
            for (int i = 0; i < rader.size(); i++) {
                start[i] = koder.lengde;
                koder.rad(rader.get(i), importId);
            }
            start[rader.size()] = koder.lengde;
            return new Importbatch(tilLinje, gyldige, List.copyOf(rader), List.copyOf(ugyldige), koder.data, start);
        }
    }

    /** Writes rows in PostgreSQL's binary COPY format: per row the field count, then each field's length and bytes. */
    private static final class Koder {

        private byte[] data;
        private int lengde;

        Koder(int kapasitet) {
            data = new byte[Math.max(kapasitet, 256)];
        }

        void rad(Importrad r, UUID importId) {
            plass(2);
            data[lengde++] = 0;
            data[lengde++] = FELT;
            int8(r.fnr());
            int8(r.nokkel());
            tekst(r.tiltakskode());
            uuid(r.arrangorId());
            tekst(r.orgnr());
            dato(r.startdato());
            dato(r.sluttdato());
            tekst(r.status().status().name());
            tekst(r.status().name());
            uuid(importId);
            int8(r.linje());
        }

        private void int8(long verdi) {
            int4(8);
            plass(8);
            for (int s = 56; s >= 0; s -= 8) {
                data[lengde++] = (byte) (verdi >>> s);
            }
        }

        private void int4(int verdi) {
            plass(4);
            data[lengde++] = (byte) (verdi >>> 24);
            data[lengde++] = (byte) (verdi >>> 16);
            data[lengde++] = (byte) (verdi >>> 8);
            data[lengde++] = (byte) verdi;
        }

        private void uuid(UUID id) {
            int4(16);
            long m = id.getMostSignificantBits();
            long l = id.getLeastSignificantBits();
            plass(16);
            for (int s = 56; s >= 0; s -= 8) {
                data[lengde++] = (byte) (m >>> s);
            }
            for (int s = 56; s >= 0; s -= 8) {
                data[lengde++] = (byte) (l >>> s);
            }
        }

        /** Days since 2000-01-01 (PostgreSQL's epoch), or null. */
        private void dato(@Nullable LocalDate dato) {
            if (dato == null) {
                int4(-1);
                return;
            }
            int4(4);
            int4((int) (dato.toEpochDay() - POSTGRES_EPOKE));
        }

        private void tekst(String tekst) {
            byte[] bytes = tekst.getBytes(StandardCharsets.UTF_8);
            int4(bytes.length);
            plass(bytes.length);
            System.arraycopy(bytes, 0, data, lengde, bytes.length);
            lengde += bytes.length;
        }

        private void plass(int mer) {
            if (lengde + mer > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, lengde + mer));
            }
        }
    }
}
