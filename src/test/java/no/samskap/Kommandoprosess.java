package no.samskap;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Starts the application as a command ({@code samskap.jar <kommando>}, what {@code bin/samskap} runs) in a JVM of its
 * own, on the test classpath, against the test's database: for tests of what a real process does (its exit code,
 * being killed).
 */
public final class Kommandoprosess {

    private Kommandoprosess() {}

    /** Starts {@code kommando} with its arguments; standard error goes with standard output. */
    public static Process start(DataSource dataSource, String kommando, String... argumenter) {
        List<String> linje = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "no.samskap.SamskapApplication", kommando));
        linje.addAll(List.of(argumenter));
        linje.addAll(List.of(
                "--spring.profiles.active=test",
                "--spring.datasource.url=" + ((HikariDataSource) dataSource).getJdbcUrl(),
                "--spring.datasource.username=postgres"));
        try {
            return new ProcessBuilder(linje).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
