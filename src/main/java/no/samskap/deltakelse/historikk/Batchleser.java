package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Reads a legacy file from a given line on, in batches ready to write ({@link Importbatch}), on a thread of its own one
 * batch ahead of the writer: the file is read, checked, keyed, sorted and encoded while the database writes the batch
 * before. Every check that needs no write happens here: the fields, the measure code, and whether a provider has the
 * organisation number (asked of the provider register once per number and run). Holds at most the batch being read
 * and one waiting.
 */
final class Batchleser implements AutoCloseable {

    private static final Object SLUTT = new Object();

    private final BlockingQueue<Object> ko = new ArrayBlockingQueue<>(1);
    private final Thread trad;
    private volatile long linjer;

    /**
     * @param fraLinje the last line already imported (1: only the header)
     * @param koder measure codes as a file may write them (tiltakskoder and Arena codes, upper case), to the tiltakskode
     * @param arrangorer the registered providers among some organisation numbers, by number
     */
    Batchleser(Path fil, long fraLinje, int batchStorrelse, boolean tillatSyntetiske, UUID importId,
            Map<String, String> koder, Function<Set<String>, Map<String, UUID>> arrangorer) {
        this.trad = Thread.ofPlatform().name("historikkimport-leser").daemon().start(() -> {
            try (InputStream in = Files.newInputStream(fil); var leser = new Linjeleser(in)) {
                var tolker = Linjetolker.forOverskrift(leser.neste(), tillatSyntetiske)
                        .orElseThrow(() -> new BusinessRuleViolation(HistorikkimportProblem.OVERSKRIFT_UGYLDIG, "fil",
                                String.join(";", Linjetolker.KOLONNER)));
                leser.hoppOver(fraLinje);
                var nokler = new Noklerer(koder, arrangorer, Importrad.md5());
                long fra = fraLinje;
                while (true) {
                    var rader = new ArrayList<Rad>();
                    long til = fra;
                    String tekst;
                    while (rader.size() < batchStorrelse && (tekst = leser.neste()) != null) {
                        til = leser.nummer();
                        if (!Linjetolker.tom(tekst)) {
                            rader.add(tolker.tolk(leser.nummer(), tekst));
                        }
                    }
                    linjer = leser.nummer();
                    if (til == fra) {
                        break;
                    }
                    ko.put(nokler.batch(rader, importId, til));
                    fra = til;
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

    /** Resolves measure codes and providers of checked lines and keys the valid ones. */
    private static final class Noklerer {

        private final Map<String, String> koder;
        private final Function<Set<String>, Map<String, UUID>> arrangorer;
        private final Map<String, Optional<UUID>> arrangorIds = new HashMap<>();
        private final MessageDigest md5;

        Noklerer(Map<String, String> koder, Function<Set<String>, Map<String, UUID>> arrangorer, MessageDigest md5) {
            this.koder = koder;
            this.arrangorer = arrangorer;
            this.md5 = md5;
        }

        Importbatch batch(List<Rad> rader, UUID importId, long tilLinje) {
            slaaOppArrangorer(rader);
            var bygger = new Importbatch.Bygger(importId);
            for (Rad rad : rader) {
                String tiltakskode = rad.kode() == null ? null : koder.get(rad.kode());
                UUID arrangorId = rad.orgnr() == null ? null : arrangorIds.get(rad.orgnr()).orElse(null);
                if (!rad.gyldig() || tiltakskode == null || arrangorId == null || rad.fodselsnummer() == null
                        || rad.status() == null) {
                    var feil = new ArrayList<>(rad.feil());
                    if (rad.kode() != null && tiltakskode == null) {
                        feil.add(Importfeil.TILTAKSKODE_UKJENT);
                    }
                    if (rad.orgnr() != null && arrangorId == null) {
                        feil.add(Importfeil.ARRANGOR_UKJENT);
                    }
                    bygger.ugyldig(rad.linje(), feil);
                    continue;
                }
                bygger.gyldig(new Importrad(rad.linje(), rad.fodselsnummer(), Long.parseLong(rad.fodselsnummer()),
                        Importrad.nokkel(tiltakskode, arrangorId, rad.startdato(), md5), tiltakskode, arrangorId,
                        rad.orgnr(), rad.startdato(), rad.sluttdato(), rad.status()));
            }
            return bygger.bygg(tilLinje);
        }

        /** Asks the provider register once per run for each organisation number not seen before. */
        private void slaaOppArrangorer(List<Rad> rader) {
            Set<String> nye = new HashSet<>();
            for (Rad rad : rader) {
                if (rad.orgnr() != null && !arrangorIds.containsKey(rad.orgnr())) {
                    nye.add(rad.orgnr());
                }
            }
            if (nye.isEmpty()) {
                return;
            }
            Map<String, UUID> funnet = arrangorer.apply(nye);
            for (String orgnr : nye) {
                arrangorIds.put(orgnr, Optional.ofNullable(funnet.get(orgnr)));
            }
        }
    }
    private void legg(RuntimeException feil) {
        try {
            ko.put(feil);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch, or null at the end of the file. */
    @Nullable Importbatch neste() {
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
        return (Importbatch) neste;
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
