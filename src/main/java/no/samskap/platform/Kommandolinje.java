package no.samskap.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs the application as a command instead of a server: {@code java -jar samskap.jar <kommando> [argumenter]}
 * starts the context without a web server (so nothing listens and no start-up work of the server runs), runs the
 * {@link Kommando} bean of that name and exits with its code. Scheduled jobs are not switched off (Spring Modulith's
 * event monitor enables scheduling anyway); should one fall due while a command runs, it takes the job lock as it
 * would on any node.
 */
public final class Kommandolinje {

    static final String PROPERTY = "samskap.kommando";
    /** Lists the commands. */
    static final String HJELP = "hjelp";

    private Kommandolinje() {}

    /** A command line names a command when its first argument is not an option. */
    public static boolean erKommando(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs the command named by {@code args[0]} and returns its exit code (1 when the context fails to start). */
    public static int kjor(Class<?> application, String[] args) {
        var app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // the command's own output, not the server's start-up chatter (Flyway warns of schemas that exist)
        app.setDefaultProperties(Map.of(PROPERTY, args[0], "logging.level.root", "WARN",
                "logging.level.org.flywaydb", "ERROR"));
        try {
            ConfigurableApplicationContext context = app.run(args);
            return SpringApplication.exit(context);
        } catch (RuntimeException e) {
            System.err.println("samskap " + args[0] + ": " + e.getMessage());
            return Kommando.FEIL;
        }
    }

    /** Finds and runs the named command once the context is up. */
    @Component
    @ConditionalOnProperty(PROPERTY)
    static class Kjorer implements ApplicationRunner, ExitCodeGenerator {

        private static final Locale NB = Locale.forLanguageTag("nb-NO");

        private final List<Kommando> kommandoer;
        private final MessageSource messages;
        private int kode = Kommando.FEIL;

        Kjorer(List<Kommando> kommandoer, MessageSource messages) {
            this.kommandoer = kommandoer;
            this.messages = messages;
        }

        @Override
        public void run(ApplicationArguments args) {
            List<String> ord = args.getNonOptionArgs();
            String navn = ord.getFirst();
            // bokmål whatever the terminal's locale says
            var ut = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            kode = kommandoer.stream()
                    .filter(k -> k.navn().equals(navn))
                    .findFirst()
                    .map(k -> k.kjor(ord.subList(1, ord.size()), ut))
                    .orElseGet(() -> ukjent(navn, ut));
            ut.flush();
        }

        private int ukjent(String navn, PrintStream ut) {
            boolean hjelp = HJELP.equals(navn);
            ut.println(hjelp
                    ? messages.getMessage("kommando.liste", null, NB)
                    : messages.getMessage("kommando.ukjent", new Object[] {navn}, NB));
            kommandoer.stream()
                    .sorted(Comparator.comparing(Kommando::navn))
                    .forEach(k -> ut.println("  " + k.navn() + "  " + k.beskrivelse()));
            return hjelp ? Kommando.OK : Kommando.BRUK;
        }

        @Override
        public int getExitCode() {
            return kode;
        }
    }
}
