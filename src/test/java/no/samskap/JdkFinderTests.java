package no.samskap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** bin/jdk25, sourced by the README's commands, finds a JDK 25 or stops with a message that says what to install. */
class JdkFinderTests {

    record Result(int exit, String out, String err) {}

    @Test
    void failsWithInstallAdviceWhereNoJdk25Exists() throws Exception {
        Result r = run(Map.of("PATH", "/usr/bin:/bin", "SAMSKAP_JDK_ROOTS", "/nonexistent/*", "JAVA_HOME", ""));
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("needs a JDK 25").contains("install");
    }

    @Test
    void findsTheJdkThisBuildRunsOn() throws Exception {
        String home = System.getProperty("java.home");
        Result r = run(Map.of("PATH", "/usr/bin:/bin", "SAMSKAP_JDK_ROOTS", home, "JAVA_HOME", ""));
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(home);
    }

    @Test
    void ignoresAnOlderJavaHome() throws Exception {
        String home = System.getProperty("java.home");
        Result r = run(Map.of("PATH", "/usr/bin:/bin", "SAMSKAP_JDK_ROOTS", home, "JAVA_HOME", "/nonexistent-jdk-17"));
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo(home);
    }

    private static Result run(Map<String, String> env) throws IOException, InterruptedException {
        var pb = new ProcessBuilder("bash", "-c", ". bin/jdk25 && printf '%s' \"$JAVA_HOME\"");
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("HOME", "/nonexistent-home");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }
}
