package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.tiltak.TiltakstypeInfo;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import of a file, batch by batch. Each batch is one transaction: COPY of the next lines into a staging
 * table, the set-based checks and inserts, one audit entry for the persons it added, and the run's progress. A batch
 * either commits whole or not at all, so a process that dies leaves only whole batches, and the next run of the same
 * file goes on after the last committed line.
 */
@Component
class Importkjoring {

    private static final Logger log = LoggerFactory.getLogger(Importkjoring.class);
    static final String RESSURS = "historisk_deltakelse";

    private final HistorikkimportRepository repository;
    private final TransactionTemplate transaksjon;
    private final TiltakstypeKatalog tiltakstyper;
    private final ArrangorKatalog arrangorer;
    private final AuditLog audit;
    private final FodselsnummerRegler fodselsnummerRegler;
    private final Clock clock;
    private final int batchStorrelse;

    Importkjoring(
            HistorikkimportRepository repository,
            PlatformTransactionManager transaksjoner,
            TiltakstypeKatalog tiltakstyper,
            ArrangorKatalog arrangorer,
            AuditLog audit,
            FodselsnummerRegler fodselsnummerRegler,
            Clock clock,
            @Value("${samskap.import.batch-storrelse:50000}") int batchStorrelse) {
        this.repository = repository;
        this.transaksjon = new TransactionTemplate(transaksjoner);
        this.tiltakstyper = tiltakstyper;
        this.arrangorer = arrangorer;
        this.audit = audit;
        this.fodselsnummerRegler = fodselsnummerRegler;
        this.clock = clock;
        this.batchStorrelse = batchStorrelse;
    }

    int batchStorrelse() {
        return batchStorrelse;
    }

    /** Checks the file's header line before anything is stored. */
    Linjetolker tolker(Path fil) {
        try (InputStream in = Files.newInputStream(fil); var leser = new Linjeleser(in)) {
            String overskrift = leser.neste();
            if (overskrift == null) {
                throw new BusinessRuleViolation(HistorikkimportProblem.FIL_TOM, "fil");
            }
            return Linjetolker.forOverskrift(overskrift, fodselsnummerRegler.tillatSyntetiske())
                    .orElseThrow(() -> new BusinessRuleViolation(HistorikkimportProblem.OVERSKRIFT_UGYLDIG, "fil",
                            String.join(";", Linjetolker.KOLONNER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The unfinished run of this file, or a new one. The caller holds the file's lock.
     */
    Historikkimport finnEllerOpprett(Filsammendrag fil, String filnavn, String startetAv) {
        return transaksjon.execute(status -> repository.finnUferdig(fil.sha256()).orElseGet(() -> {
            UUID id = UUID.randomUUID();
            repository.opprett(id, filnavn, fil, startetAv, clock.instant());
            return repository.finn(id).orElseThrow();
        }));
    }

    /**
     * Imports the lines after the run's last committed line, batch by batch of {@code batchStorrelse} data lines, and
     * marks the run done. The caller holds the file's lock and runs as the user the audit log names. A reader thread
     * reads and checks the next batch while this thread's transaction writes the current one (at most two batches in
     * memory besides the one being written).
     *
     * @param etterBatch told after each committed batch, with the run as it stands
     * @throws BusinessRuleViolation {@link HistorikkimportProblem#AVBRUTT} when a batch fails: nothing of that batch
     *     is stored, and running the file again goes on from the last committed line
     */
    Historikkimport kjor(Historikkimport start, Path fil, int batchStorrelse, Consumer<Historikkimport> etterBatch) {
        UUID id = start.id();
        Map<String, String> koder = koder();
        Map<String, Optional<UUID>> arrangorIds = new HashMap<>();
        var tid = new Tidsbruk();
        long fra = start.linjerBehandlet();
        try (var leser = new Batchleser(fil, fra, batchStorrelse, fodselsnummerRegler.tillatSyntetiske())) {
            while (true) {
                long t0 = System.nanoTime();
                Stagingrader batch = leser.neste();
                tid.venterPaLeser += System.nanoTime() - t0;
                if (batch == null) {
                    break;
                }
                long forrige = fra;
                transaksjon.executeWithoutResult(status -> batch(id, batch, forrige, koder, arrangorIds, tid));
                tid.batcher += System.nanoTime() - t0;
                fra = batch.tilLinje();
                etterBatch.accept(repository.finn(id).orElseThrow());
            }
            long linjer = Math.max(fra, leser.linjer());
            transaksjon.executeWithoutResult(status -> repository.fullfor(id, linjer, clock.instant()));
            log.info("import {} done: {} ms, of which waiting for the reader {} ms, COPY {} ms, checks and inserts {} ms,"
                    + " audit {} ms", id, tid.batcher / 1_000_000, tid.venterPaLeser / 1_000_000, tid.kopi / 1_000_000,
                    tid.behandling / 1_000_000, tid.audit / 1_000_000);
            return repository.finn(id).orElseThrow();
        } catch (UncheckedIOException e) {
            log.error("import {} could not read its file after line {}: {}", id, fra, e.getClass().getSimpleName());
            throw new BusinessRuleViolation(HistorikkimportProblem.AVBRUTT, "fil", fra);
        } catch (DataAccessException e) {
            // the message may quote a row's values (personal data): only the kind and the SQL state go to the log
            log.error("import {} stopped in the batch after line {}: {} (SQL state {})", id, fra,
                    e.getClass().getSimpleName(), sqlState(e));
            throw new BusinessRuleViolation(HistorikkimportProblem.AVBRUTT, "fil", fra);
        }
    }

    /** One batch, in the caller's transaction. */
    private void batch(UUID id, Stagingrader rader, long fra, Map<String, String> koder,
            Map<String, Optional<UUID>> arrangorIds, Tidsbruk tid) {
        long t0 = System.nanoTime();
        repository.opprettStaging();
        repository.kopier(rader);
        long t1 = System.nanoTime();
        tid.kopi += t1 - t0;
        slaaOppArrangorer(rader.orgnr(), arrangorIds);
        var kjente = rader.orgnr().stream().filter(o -> arrangorIds.get(o).isPresent()).toList();
        Batchresultat resultat = repository.behandle(id,
                koder.keySet().toArray(String[]::new), koder.values().toArray(String[]::new),
                kjente.toArray(String[]::new), kjente.stream().map(o -> arrangorIds.get(o).orElseThrow()).toArray(UUID[]::new));
        long t2 = System.nanoTime();
        tid.behandling += t2 - t1;
        if (!resultat.personer().isEmpty()) {
            audit.registrerForPersoner("OPPRETT", RESSURS, id.toString(), resultat.personer(), Formaal.IMPORT);
        }
        tid.audit += System.nanoTime() - t2;
        if (!repository.fremdrift(id, fra, rader.tilLinje(), resultat, clock.instant())) {
            throw new BusinessRuleViolation(HistorikkimportProblem.PAGAR_ALLEREDE, "fil");
        }
    }

    /** Where a run's time goes (nanoseconds), for the log line the benchmark reads. */
    private static final class Tidsbruk {
        long batcher;
        long venterPaLeser;
        long kopi;
        long behandling;
        long audit;
    }

    /** Measure codes as a file may write them: every tiltakskode and Arena code, to its tiltakskode. */
    private Map<String, String> koder() {
        Map<String, String> koder = new HashMap<>();
        for (TiltakstypeInfo t : tiltakstyper.alle()) {
            koder.put(t.tiltakskode().toUpperCase(java.util.Locale.ROOT), t.tiltakskode());
            koder.put(t.arenakode().toUpperCase(java.util.Locale.ROOT), t.tiltakskode());
        }
        return koder;
    }

    /** Asks the provider register once per run for each organisation number not seen before. */
    private void slaaOppArrangorer(Set<String> orgnr, Map<String, Optional<UUID>> arrangorIds) {
        List<String> nye = new ArrayList<>();
        for (String o : orgnr) {
            if (!arrangorIds.containsKey(o)) {
                nye.add(o);
            }
        }
        if (nye.isEmpty()) {
            return;
        }
        for (String o : nye) {
            arrangorIds.put(o, Optional.empty());
        }
        for (ArrangorInfo a : arrangorer.finnForOrganisasjonsnumre(nye)) {
            arrangorIds.put(a.organisasjonsnummer(), Optional.of(a.id()));
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return "-";
    }
}
