package no.samskap.deltakelse.historikk;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.samskap.platform.Kommando;
import no.samskap.platform.Side;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code bin/samskap import-deltakelser FIL}: imports a legacy enrolment file, printing the progress after each batch
 * and then the report with every invalid line. Runs as the administrator who starts it ({@code SAMSKAP_IDENT}, else
 * the operating system's user name), which the audit log records. Exit code 0 when every line was imported or was
 * already there, 3 when some lines were invalid (listed), 1 when the import did not complete (running the same file
 * again continues it), 2 on wrong use.
 */
@Component
class ImportKommando implements Kommando {

    static final int UGYLDIGE_LINJER = 3;
    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final HistorikkimportService service;
    private final TilgangService tilgang;
    private final MessageSource messages;

    ImportKommando(HistorikkimportService service, TilgangService tilgang, MessageSource messages) {
        this.service = service;
        this.tilgang = tilgang;
        this.messages = messages;
    }

    @Override
    public String navn() {
        return "import-deltakelser";
    }

    @Override
    public String beskrivelse() {
        return tekst("historikkimport.kommando.beskrivelse");
    }

    @Override
    public int kjor(List<String> argumenter, PrintStream ut) {
        if (argumenter.size() != 1) {
            ut.println(tekst("historikkimport.kommando.bruk"));
            return BRUK;
        }
        Path fil = Path.of(argumenter.getFirst());
        if (!Files.isRegularFile(fil) || !Files.isReadable(fil)) {
            ut.println(tekst("historikkimport.kommando.finnes-ikke", fil));
            return FEIL;
        }
        String ident = System.getenv().getOrDefault("SAMSKAP_IDENT", System.getProperty("user.name", "ukjent"));
        return tilgang.somKommandobruker(ident, Rolle.TILTAKSADMIN, () -> importer(fil, ut));
    }

    private int importer(Path fil, PrintStream ut) {
        long start = System.nanoTime();
        Historikkimport run;
        try {
            ut.println(tekst("historikkimport.kommando.starter", fil.getFileName()));
            run = service.importer(fil, fil.getFileName().toString(), r -> fremdrift(r, ut));
        } catch (BusinessRuleViolation e) {
            ut.println(tekst(e.problem().code(), e.args().toArray()));
            return FEIL;
        }
        double sekunder = (System.nanoTime() - start) / 1e9;
        ut.println(tekst("historikkimport.kommando.ferdig", run.antallNye(), run.antallFantes(), run.antallUgyldige(),
                run.id().toString()));
        // seconds with a decimal point whatever the locale: bench/run reads this line
        ut.println(tekst("historikkimport.kommando.tid", String.format(Locale.ROOT, "%.3f", sekunder),
                run.dataLinjer()));
        if (run.antallUgyldige() == 0) {
            return OK;
        }
        ut.println(tekst("historikkimport.kommando.ugyldige"));
        int side = 0;
        Side<Ugyldiglinje> linjer;
        do {
            linjer = service.ugyldige(run.id(), side++, 200);
            for (Ugyldiglinje l : linjer.innhold()) {
                ut.println(tekst("historikkimport.kommando.ugyldig-linje", String.valueOf(l.linje()), l.arsaker()
                        .stream().map(a -> tekst(a.code())).collect(Collectors.joining(" "))));
            }
        } while (linjer.harNeste());
        return UGYLDIGE_LINJER;
    }

    private void fremdrift(Historikkimport run, PrintStream ut) {
        ut.println(tekst("historikkimport.kommando.fremdrift", run.dataLinjerBehandlet(), run.dataLinjer(),
                run.prosent(), run.antallNye(), run.antallFantes(), run.antallUgyldige()));
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
