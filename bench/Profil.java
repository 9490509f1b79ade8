import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the application's CPU went during a measured phase: reads the Java Flight Recording bench/run takes of the
 * application (settings=profile) and sums the execution samples by what they were doing, attributing each sample to
 * the first frame from the leaf down that belongs to a known part (bcrypt, Thymeleaf, JSON, JDBC driver, ...). Also
 * sums the time request threads waited for a database connection (Hikari), garbage collection pauses and JIT
 * compilation. Single-file program, JDK only:
 *
 * <pre>java bench/Profil.java target/bench/html.jfr</pre>
 */
public class Profil {

    /** Package prefixes and the part they stand for, first match from the leaf down wins. */
    static final List<String[]> DELER = List.of(
            new String[] {"org.springframework.security.crypto.bcrypt", "bcrypt (HTTP Basic password check)"},
            new String[] {"org.thymeleaf", "Thymeleaf rendering"},
            new String[] {"org.attoparser", "Thymeleaf rendering"},
            new String[] {"ognl", "Thymeleaf rendering"},
            new String[] {"org.springframework.expression", "SpEL (Thymeleaf expressions)"},
            new String[] {"tools.jackson", "JSON (Jackson)"},
            new String[] {"com.fasterxml.jackson", "JSON (Jackson)"},
            new String[] {"org.postgresql", "JDBC driver"},
            new String[] {"com.zaxxer.hikari", "connection pool"},
            new String[] {"org.springframework.jdbc", "Spring JDBC"},
            new String[] {"org.springframework.session", "Spring Session (JDBC)"},
            new String[] {"org.springframework.security", "Spring Security filters"},
            new String[] {"no.samskap", "Samskap code"},
            new String[] {"org.springframework.context.support", "messages (MessageSource)"},
            new String[] {"org.springframework.web", "Spring MVC"},
            new String[] {"org.springframework", "Spring (other)"},
            new String[] {"org.apache.coyote", "Tomcat HTTP"},
            new String[] {"org.apache.tomcat", "Tomcat HTTP"},
            new String[] {"org.apache.catalina", "Tomcat HTTP"},
            new String[] {"ch.qos.logback", "logging"},
            new String[] {"org.slf4j", "logging"},
            new String[] {"sun.nio", "network I/O"},
            new String[] {"java.net", "network I/O"});

    public static void main(String[] args) throws IOException {
        Map<String, Long> deler = new HashMap<>();
        Map<String, Long> blader = new HashMap<>();
        Map<String, Map<String, Long>> klasser = new HashMap<>();
        long prover = 0;
        Duration ventPaForbindelse = Duration.ZERO;
        long ventinger = 0;
        Duration gc = Duration.ZERO;
        Duration jit = Duration.ZERO;
        double jvmCpu = 0;
        int cpuMalinger = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            switch (type) {
                case "jdk.ExecutionSample" -> {
                    RecordedStackTrace st = e.getStackTrace();
                    if (st == null || st.getFrames().isEmpty()) {
                        continue;
                    }
                    prover++;
                    String[] treff = del(st.getFrames());
                    deler.merge(treff[0], 1L, Long::sum);
                    klasser.computeIfAbsent(treff[0], k -> new HashMap<>()).merge(treff[1], 1L, Long::sum);
                    RecordedFrame blad = st.getFrames().getFirst();
                    blader.merge(blad.getMethod().getType().getName() + "." + blad.getMethod().getName(), 1L, Long::sum);
                }
                case "jdk.ThreadPark", "jdk.JavaMonitorWait", "jdk.JavaMonitorEnter" -> {
                    RecordedStackTrace st = e.getStackTrace();
                    if (st != null && st.getFrames().stream().anyMatch(f -> f.getMethod().getType().getName()
                            .startsWith("com.zaxxer.hikari.pool.HikariPool"))) {
                        ventPaForbindelse = ventPaForbindelse.plus(e.getDuration());
                        ventinger++;
                    }
                }
                case "jdk.GarbageCollection" -> gc = gc.plus(e.getDuration("sumOfPauses"));
                case "jdk.Compilation" -> jit = jit.plus(e.getDuration());
                case "jdk.CPULoad" -> {
                    jvmCpu += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
                    cpuMalinger++;
                }
                default -> {}
            }
        }
        var ut = new StringBuilder();
        ut.append("CPU samples of the application: ").append(prover).append('\n');
        final long n = Math.max(1, prover);
        deler.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(d -> {
                    ut.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * d.getValue() / n, d.getKey()));
                    if (100.0 * d.getValue() / n >= 3) {
                        // the classes that made the part (its frame nearest the leaf), for the bigger parts
                        klasser.get(d.getKey()).entrySet().stream()
                                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                                .limit(4)
                                .forEach(k -> ut.append(String.format(Locale.ROOT, "            %5.1f %%  %s%n",
                                        100.0 * k.getValue() / n, k.getKey())));
                    }
                });
        ut.append("hottest methods (self):\n");
        blader.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(d -> ut.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n", 100.0 * d.getValue() / n,
                        d.getKey())));
        ut.append(String.format(Locale.ROOT,
                "waiting for a database connection (Hikari, waits over 10 ms): %d waits, %.1f s in all%n", ventinger,
                ventPaForbindelse.toMillis() / 1000.0));
        ut.append(String.format(Locale.ROOT, "garbage collection pauses: %.2f s; JIT compilation: %.1f s%n",
                gc.toMillis() / 1000.0, jit.toMillis() / 1000.0));
        if (cpuMalinger > 0) {
            ut.append(String.format(Locale.ROOT, "application JVM CPU (of the whole machine): %.0f %% on average%n",
                    100.0 * jvmCpu / cpuMalinger));
        }
        System.out.print(ut);
    }

    /** The part a sample belongs to and the class of the frame that decided it. */
    static String[] del(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String klasse = f.getMethod().getType().getName();
            for (String[] d : DELER) {
                if (klasse.startsWith(d[0])) {
                    return new String[] {d[1], klasse};
                }
            }
        }
        return new String[] {"other (JDK, ...)", frames.getFirst().getMethod().getType().getName()};
    }
}
