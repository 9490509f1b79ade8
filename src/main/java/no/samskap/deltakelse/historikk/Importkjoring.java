package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.audit.AuditLog;
import no.samskap.audit.AuditPersoner;
import no.samskap.audit.Formaal;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.tiltak.TiltakstypeInfo;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import of a file, batch by batch. Each batch is one transaction: the invalid lines, the new rows with one
 * binary COPY straight into the history (checked, keyed and encoded beforehand by the reader thread; the history's
 * primary key refuses a row that is there already, and the batch then looks its keys up first), one audit entry for
 * the persons it added, and the run's progress. A batch either commits whole or not at all, so a process that dies
 * leaves only whole batches, and the next run of the same file goes on after the last committed line.
 */
@Component
class Importkjoring {

    private static final Logger log = LoggerFactory.getLogger(Importkjoring.class);
    static final String RESSURS = "historisk_deltakelse";
    /** The most lines a batch may hold (one transaction, all in memory twice over). */
    static final int MAKS_BATCH = 500_000;

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
        if (batchStorrelse < 1 || batchStorrelse > MAKS_BATCH) {
            throw new IllegalArgumentException("samskap.import.batch-storrelse must be 1 to " + MAKS_BATCH);
        }
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
     * reads, checks, keys and encodes the next batch while this thread's transaction writes the current one (at most
     * two batches in memory besides the one being written).
     *
     * @param etterBatch told after each committed batch, with the run as it stands
     * @throws BusinessRuleViolation {@link HistorikkimportProblem#AVBRUTT} when a batch fails: nothing of that batch
     *     is stored, and running the file again goes on from the last committed line
     */
    Historikkimport kjor(Historikkimport start, Path fil, int batchStorrelse, Consumer<Historikkimport> etterBatch) {
        if (batchStorrelse < 1 || batchStorrelse > MAKS_BATCH) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAKS_BATCH + " lines");
        }
        UUID id = start.id();
        var tid = new Tidsbruk();
        long fra = start.linjerBehandlet();
        try (var leser = new Batchleser(fil, fra, batchStorrelse, fodselsnummerRegler.tillatSyntetiske(), id, koder(),
                this::arrangorer)) {
            // straight COPY until a batch meets rows that are there already; then look first while they keep coming
            boolean rett = true;
            while (true) {
                long t0 = System.nanoTime();
                Importbatch batch = leser.neste();
                tid.venterPaLeser += System.nanoTime() - t0;
                if (batch == null) {
                    break;
                }
                long forrige = fra;
                boolean forsokRett = rett;
                Skrevet skrevet = medNyttForsok(() -> transaksjon.execute(
                        status -> batch(id, batch, forrige, forsokRett, status, tid)));
                rett = !skrevet.fantesNoe();
                tid.batcher += System.nanoTime() - t0;
                fra = batch.tilLinje();
                etterBatch.accept(repository.finn(id).orElseThrow());
            }
            long linjer = Math.max(fra, leser.linjer());
            transaksjon.executeWithoutResult(status -> repository.fullfor(id, linjer, clock.instant()));
            log.info("import {} done: {} ms, of which waiting for the reader {} ms, COPY into the history {} ms, looking"
                    + " up existing keys {} ms ({} of {} batches), invalid lines {} ms, audit {} ms", id,
                    tid.batcher / 1_000_000, tid.venterPaLeser / 1_000_000, tid.kopi / 1_000_000,
                    tid.oppslag / 1_000_000, tid.oppslagBatcher, tid.antall, tid.ugyldige / 1_000_000,
                    tid.audit / 1_000_000);
            return repository.finn(id).orElseThrow();
        } catch (UncheckedIOException e) {
            log.error("import {} could not read its file after line {}: {}", id, fra, e.getClass().getSimpleName());
            throw new BusinessRuleViolation(HistorikkimportProblem.AVBRUTT, "fil", fra);
        } catch (DataAccessException | SamtidigSkriving e) {
            // the message may quote a row's values (personal data): only the kind and the SQL state go to the log
            log.error("import {} stopped in the batch after line {}: {} (SQL state {})", id, fra,
                    e.getClass().getSimpleName(), sqlState(e));
            throw new BusinessRuleViolation(HistorikkimportProblem.AVBRUTT, "fil", fra);
        }
    }

    /** What a committed batch met. */
    private record Skrevet(boolean fantesNoe) {}

    /**
     * Another process added some of the batch's rows between the look-up and the COPY (an overlapping file imported at
     * the same time): the batch is rolled back and written again, and then finds them.
     */
    private static final class SamtidigSkriving extends RuntimeException {
        SamtidigSkriving() {
            super("rows of the batch were added by another transaction meanwhile", null, false, false);
        }
    }

    private static Skrevet medNyttForsok(Supplier<Skrevet> batch) {
        for (int forsok = 1; ; forsok++) {
            try {
                return batch.get();
            } catch (SamtidigSkriving e) {
                if (forsok == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * One batch, in the caller's transaction: the invalid lines; the rows, straight into the history with COPY when
     * {@code rett} (under a savepoint: when a row's key is there already, the COPY is undone and the batch looks first),
     * otherwise those whose key is not there yet, after one look-up of all keys; one audit entry for the persons that
     * got rows; the run's progress.
     */
    private Skrevet batch(UUID id, Importbatch batch, long fra, boolean rett, TransactionStatus status, Tidsbruk tid) {
        long t0 = System.nanoTime();
        repository.lagreUgyldige(id, batch.ugyldige());
        long t1 = System.nanoTime();
        tid.ugyldige += t1 - t0;
        tid.antall++;
        List<Importrad> rader = batch.rader();
        boolean[] nye = null; // null: all of them
        long fantes = 0;
        List<Ugyldiglinje> kollisjoner = List.of();
        boolean skrevet = false;
        if (rett && !rader.isEmpty()) {
            Object lagringspunkt = status.createSavepoint();
            skrevet = repository.kopierTilHistorikk(batch, null);
            if (skrevet) {
                status.releaseSavepoint(lagringspunkt);
            } else {
                status.rollbackToSavepoint(lagringspunkt);
            }
        }
        long t2 = System.nanoTime();
        tid.kopi += t2 - t1;
        if (!skrevet && !rader.isEmpty()) {
            tid.oppslagBatcher++;
            nye = new boolean[rader.size()];
            Arrays.fill(nye, true);
            kollisjoner = new ArrayList<>();
            var funnet = repository.finnesAllerede(batch);
            for (int i : funnet.finnes()) {
                nye[i] = false;
            }
            for (int i : funnet.kolliderer()) {
                kollisjoner.add(new Ugyldiglinje(rader.get(i).linje(), List.of(Importfeil.NOKKEL_KOLLISJON)));
            }
            kollisjoner.sort(Comparator.comparingLong(Ugyldiglinje::linje));
            fantes = funnet.finnes().length - kollisjoner.size();
            repository.lagreUgyldige(id, kollisjoner);
            long t3 = System.nanoTime();
            tid.oppslag += t3 - t2;
            if (fantes + kollisjoner.size() < rader.size() && !repository.kopierTilHistorikk(batch, nye)) {
                throw new SamtidigSkriving();
            }
            tid.kopi += System.nanoTime() - t3;
        }
        long t4 = System.nanoTime();
        AuditPersoner personer = nye == null ? batch.personer() : AuditPersoner.av(Importbatch.personer(rader, nye));
        if (!personer.erTom()) {
            audit.registrerForPersoner("OPPRETT", RESSURS, id.toString(), personer, Formaal.IMPORT);
        }
        tid.audit += System.nanoTime() - t4;
        long nyeRader = rader.size() - fantes - kollisjoner.size();
        var resultat = new Batchresultat(batch.gyldige() - kollisjoner.size(), nyeRader,
                batch.ugyldige().size() + kollisjoner.size());
        if (!repository.fremdrift(id, fra, batch.tilLinje(), resultat, clock.instant())) {
            throw new BusinessRuleViolation(HistorikkimportProblem.PAGAR_ALLEREDE, "fil");
        }
        return new Skrevet(fantes + kollisjoner.size() > 0 || rett && !skrevet && !rader.isEmpty());
    }

    /** Where a run's time goes (nanoseconds), for the log line the benchmark reads. */
    private static final class Tidsbruk {
        long batcher;
        long venterPaLeser;
        long kopi;
        long oppslag;
        long ugyldige;
        long audit;
        long antall;
        long oppslagBatcher;
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

    /** The registered providers among these organisation numbers (called by the reader thread). */
    private Map<String, UUID> arrangorer(Set<String> orgnr) {
        Map<String, UUID> funnet = new HashMap<>();
        for (ArrangorInfo a : arrangorer.finnForOrganisasjonsnumre(orgnr)) {
            funnet.put(a.organisasjonsnummer(), a.id());
        }
        return funnet;
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
