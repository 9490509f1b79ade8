package no.samskap;

import no.samskap.platform.Kommandolinje;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Samskap: one deployable modular monolith; each top-level package below is a module. Started with a command name
 * ({@code samskap.jar import-deltakelser FIL}) it runs that command instead of the server (see {@link Kommandolinje}).
 */
@SpringBootApplication
@EnableScheduling
public class SamskapApplication {

    public static void main(String[] args) {
        if (Kommandolinje.erKommando(args)) {
            System.exit(Kommandolinje.kjor(SamskapApplication.class, args));
        }
        SpringApplication.run(SamskapApplication.class, args);
    }
}
