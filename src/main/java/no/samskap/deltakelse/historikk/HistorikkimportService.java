package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.samskap.platform.Side;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Imports enrolment history from legacy files (administrators only): synchronously for the command, in the background
 * for the page and the API, which follow the run's progress. A file is known by its SHA-256; while its import is
 * unfinished, running it again continues where it stopped, and once done, running it again adds nothing. Only one
 * process works on a file at a time (a lock in the database that goes with its connection).
 */
@Service
public class HistorikkimportService {

    private static final Logger log = LoggerFactory.getLogger(HistorikkimportService.class);

    private final Importkjoring kjoring;
    private final HistorikkimportRepository repository;
    private final TilgangService tilgang;
    private final TaskExecutor bakgrunn;
    private final Path mappe;

    HistorikkimportService(
            Importkjoring kjoring,
            HistorikkimportRepository repository,
            TilgangService tilgang,
            @Qualifier("applicationTaskExecutor") TaskExecutor bakgrunn,
            @Value("${samskap.import.mappe:${java.io.tmpdir}/samskap-import}") Path mappe) {
        this.kjoring = kjoring;
        this.repository = repository;
        this.tilgang = tilgang;
        this.bakgrunn = bakgrunn;
        this.mappe = mappe;
    }

    /** Throws 403 unless the current user is an administrator. */
    public Innlogget krevTilgang() {
        return tilgang.krev(Rolle.TILTAKSADMIN);
    }

    /**
     * Imports a file to its end in the calling thread (the command).
     *
     * @param etterBatch told after each committed batch
     * @throws BusinessRuleViolation when the file's header is wrong, another process is importing the same file, or a
     *     batch fails ({@link HistorikkimportProblem#AVBRUTT}: run the file again to continue)
     */
    public Historikkimport importer(Path fil, String filnavn, Consumer<Historikkimport> etterBatch) {
        return importer(fil, filnavn, kjoring.batchStorrelse(), etterBatch);
    }

    Historikkimport importer(Path fil, String filnavn, int batchStorrelse, Consumer<Historikkimport> etterBatch) {
        Innlogget bruker = krevTilgang();
        kjoring.tolker(fil);
        Filsammendrag sammendrag = sammendrag(fil);
        Connection laas = laas(sammendrag);
        try {
            Historikkimport start = kjoring.finnEllerOpprett(sammendrag, filnavn, bruker.ident());
            etterBatch.accept(start);
            return kjoring.kjor(start, fil, batchStorrelse, etterBatch);
        } finally {
            repository.slippFil(laas, sammendrag.sha256());
        }
    }

    /**
     * Saves an uploaded file (streamed to disk, never whole in memory) where a stopped import can find it again, and
     * starts importing it in the background.
     *
     * @return the run, to follow with {@link #hent}
     * @throws BusinessRuleViolation when the file is empty or its header is wrong, or the same file is being imported
     */
    public UUID startOpplasting(InputStream innhold, @Nullable String filnavn) {
        krevTilgang();
        Path fil = motta(innhold);
        try {
            return start(fil, navn(filnavn));
        } catch (BusinessRuleViolation e) {
            if (e.problem() != HistorikkimportProblem.PAGAR_ALLEREDE) {
                slett(fil); // the running import of the same file keeps it
            }
            throw e;
        }
    }

    /** Continues a stopped run of an uploaded file that is still on this node's disk. */
    public UUID fortsett(UUID id) {
        krevTilgang();
        Historikkimport run = hent(id);
        Path fil = mappe.resolve(run.filSha256() + ".csv");
        if (run.ferdig() || !Files.isRegularFile(fil)) {
            throw new BusinessRuleViolation(HistorikkimportProblem.FIL_BORTE, "fil");
        }
        return start(fil, run.filnavn());
    }

    private UUID start(Path fil, String filnavn) {
        Innlogget bruker = krevTilgang();
        kjoring.tolker(fil);
        Filsammendrag sammendrag = sammendrag(fil);
        Connection laas = laas(sammendrag);
        Historikkimport start;
        try {
            start = kjoring.finnEllerOpprett(sammendrag, filnavn, bruker.ident());
        } catch (RuntimeException e) {
            repository.slippFil(laas, sammendrag.sha256());
            throw e;
        }
        Runnable arbeid = () -> {
            try {
                kjoring.kjor(start, fil, kjoring.batchStorrelse(), run -> {});
                slett(fil);
            } catch (RuntimeException e) {
                // the run shows as stopped; the file stays for "continue"
                log.warn("import {} stopped: {}", start.id(), e.getClass().getSimpleName());
            } finally {
                repository.slippFil(laas, sammendrag.sha256());
            }
        };
        try {
            // the administrator who started it is the one the audit log names
            bakgrunn.execute(new DelegatingSecurityContextRunnable(arbeid));
        } catch (RuntimeException e) {
            repository.slippFil(laas, sammendrag.sha256());
            throw e;
        }
        return start.id();
    }

    /** A run, with how far it got. */
    public Historikkimport hent(UUID id) {
        krevTilgang();
        return repository.finn(id).orElseThrow(() -> new NotFound("historikkimport", id));
    }

    /** The newest runs first. */
    public List<Historikkimport> siste() {
        krevTilgang();
        return repository.siste(20);
    }

    /** A run's invalid lines in line order, paged ({@code side} from 0). */
    public Side<Ugyldiglinje> ugyldige(UUID id, @Nullable Integer side, @Nullable Integer storrelse) {
        Historikkimport run = hent(id);
        var foresporsel = Side.foresporsel(side, storrelse);
        return new Side<>(repository.ugyldige(id, foresporsel.offset(), foresporsel.storrelse()), foresporsel.side(),
                foresporsel.storrelse(), run.antallUgyldige());
    }

    private Connection laas(Filsammendrag sammendrag) {
        return repository.laasFil(sammendrag.sha256())
                .orElseThrow(() -> new BusinessRuleViolation(HistorikkimportProblem.PAGAR_ALLEREDE, "fil"));
    }

    private static Filsammendrag sammendrag(Path fil) {
        try {
            return Filsammendrag.av(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the upload into the folder under the name of its hash (the same file lands on the same name). */
    private Path motta(InputStream innhold) {
        try {
            Files.createDirectories(mappe);
            Path tmp = Files.createTempFile(mappe, "opplasting-", ".tmp");
            Filsammendrag sammendrag;
            try (OutputStream ut = Files.newOutputStream(tmp)) {
                sammendrag = Filsammendrag.les(innhold, ut);
            }
            if (sammendrag.storrelse() == 0) {
                Files.delete(tmp);
                throw new BusinessRuleViolation(HistorikkimportProblem.FIL_PAAKREVD, "fil");
            }
            return Files.move(tmp, mappe.resolve(sammendrag.sha256() + ".csv"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void slett(Path fil) {
        try {
            Files.deleteIfExists(fil);
        } catch (IOException e) {
            log.warn("could not delete the uploaded import file {}", fil.getFileName());
        }
    }

    private static String navn(@Nullable String filnavn) {
        if (filnavn == null || filnavn.isBlank()) {
            return "opplastet.csv";
        }
        String navn = filnavn.replace('\\', '/');
        navn = navn.substring(navn.lastIndexOf('/') + 1).strip();
        if (navn.isEmpty()) {
            return "opplastet.csv";
        }
        return navn.length() > 200 ? navn.substring(0, 200) : navn;
    }
}
