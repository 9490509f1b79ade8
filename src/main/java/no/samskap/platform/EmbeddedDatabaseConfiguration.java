package no.samskap.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} configured, Samskap runs on an embedded PostgreSQL whose data lives in
 * {@code samskap.embedded-db.directory} (default {@code .samskap-data/postgres} in the working directory), so data
 * survives restarts. Tests set {@code samskap.embedded-db.clean=true} for a fresh cluster per test JVM. When another
 * process already runs the server on that directory (a command beside {@code bin/run}), it connects to that one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            @Value("${samskap.embedded-db.directory:.samskap-data/postgres}") String directory,
            @Value("${samskap.embedded-db.clean:false}") boolean clean,
            @Value("${samskap.embedded-db.pool-size:20}") int poolSize) {
        var annen = clean ? java.util.Optional.<Integer>empty() : EmbeddedPostgresServer.portIAnnenProsess(Path.of(directory));
        if (annen.isPresent()) {
            // bin/run already serves this directory: share its server (a command run beside the application)
            var config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://localhost:" + annen.get() + "/postgres");
            config.setUsername("postgres");
            config.setMaximumPoolSize(poolSize);
            config.setPoolName("samskap-embedded-shared");
            return new HikariDataSource(config);
        }
        var postgres = EmbeddedPostgresServer.start(Path.of(directory), clean);
        var config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("samskap-embedded");
        return new EmbeddedDataSource(config);
    }

    /** Closes the pool, then lets the embedded server stop when no other context uses it. */
    static final class EmbeddedDataSource extends HikariDataSource {

        private boolean released;

        EmbeddedDataSource(HikariConfig config) {
            super(config);
        }

        @Override
        public synchronized void close() {
            super.close();
            if (!released) {
                released = true;
                EmbeddedPostgresServer.release();
            }
        }
    }
}
