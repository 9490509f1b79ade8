package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Reads a legacy file from a given line on, in batches of checked lines ready for COPY, on a thread of its own one
 * batch ahead of the writer: the file is read and checked while the database writes the batch before. Holds at most
 * the batch being read and one waiting.
 */
final class Batchleser implements AutoCloseable {

    private static final Object SLUTT = new Object();

    private final BlockingQueue<Object> ko = new ArrayBlockingQueue<>(1);
    private final Thread trad;
    private volatile long linjer;

    /**
     * @param fraLinje the last line already imported (1: only the header)
     */
    Batchleser(Path fil, long fraLinje, int batchStorrelse, boolean tillatSyntetiske) {
        this.trad = Thread.ofPlatform().name("historikkimport-leser").daemon().start(() -> {
            try (InputStream in = Files.newInputStream(fil); var leser = new Linjeleser(in)) {
                var tolker = Linjetolker.forOverskrift(leser.neste(), tillatSyntetiske)
                        .orElseThrow(() -> new BusinessRuleViolation(HistorikkimportProblem.OVERSKRIFT_UGYLDIG, "fil",
                                String.join(";", Linjetolker.KOLONNER)));
                leser.hoppOver(fraLinje);
                long fra = fraLinje;
                while (true) {
                    var batch = new Stagingrader(fra);
                    String tekst;
                    while (batch.rader() < batchStorrelse && (tekst = leser.neste()) != null) {
                        batch.til(leser.nummer());
                        if (!Linjetolker.tom(tekst)) {
                            batch.skriv(tolker.tolk(leser.nummer(), tekst));
                        }
                    }
                    linjer = leser.nummer();
                    if (batch.tilLinje() == fra) {
                        break;
                    }
                    ko.put(batch);
                    fra = batch.tilLinje();
                }
                ko.put(SLUTT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the writer stopped: nothing more to do
            } catch (IOException e) {
                legg(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                legg(e);
            }
        });
    }

    private void legg(RuntimeException feil) {
        try {
            ko.put(feil);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch, or null at the end of the file. */
    @Nullable Stagingrader neste() {
        Object neste;
        try {
            neste = ko.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next batch", e);
        }
        if (neste == SLUTT) {
            return null;
        }
        if (neste instanceof RuntimeException feil) {
            throw feil;
        }
        return (Stagingrader) neste;
    }

    /** The lines of the file read so far (all of them once {@link #neste()} returned null). */
    long linjer() {
        return linjer;
    }

    /** Stops the reader (when the writer gives up before the end). */
    @Override
    public void close() {
        trad.interrupt();
    }
}
