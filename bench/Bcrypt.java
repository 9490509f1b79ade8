import java.util.Locale;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What checking one HTTP Basic password costs: the demo users' passwords are hashed with the delegating encoder's
 * default (bcrypt, strength 10) in {@code tilgang.SecurityConfiguration}, and the stateless API checks the password
 * on every request. Run by bench/run with spring-security-crypto from the application jar on the class path:
 *
 * <pre>java -cp 'target/bench/lib/BOOT-INF/lib/*' bench/Bcrypt.java</pre>
 */
public class Bcrypt {

    public static void main(String[] args) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("demo");
        for (int i = 0; i < 5; i++) {
            encoder.matches("demo", hash);
        }
        int n = 30;
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (!encoder.matches("demo", hash)) {
                throw new IllegalStateException("no match");
            }
        }
        long t1 = System.nanoTime();
        long cpu1 = bean.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "bcrypt_hash=%s%nbcrypt_ms=%.1f%nbcrypt_cpu_ms=%.1f%n",
                hash.substring(0, hash.indexOf('$', hash.indexOf('$', hash.indexOf('}') + 2) + 1)),
                (t1 - t0) / 1e6 / n, (cpu1 - cpu0) / 1e6 / n);
    }
}
