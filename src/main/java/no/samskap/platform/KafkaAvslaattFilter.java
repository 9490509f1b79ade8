package no.samskap.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out Spring Boot's Kafka auto-configuration (producer and consumer factories, template, admin, listener
 * containers, metrics) unless {@code SAMSKAP_KAFKA_BOOTSTRAP_SERVERS} is set: without Kafka configured, no Kafka bean
 * exists, nothing connects and nothing logs. Registered in {@code META-INF/spring.factories}; evaluated when the
 * auto-configurations are imported, so test property sources ({@code @DynamicPropertySource}) count too.
 */
public final class KafkaAvslaattFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String KAFKA_AUTOCONFIGURATION = "org.springframework.boot.kafka.autoconfigure.";

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(@Nullable String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean kafka = environment != null && KafkaHendelser.konfigurert(environment);
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            String klasse = autoConfigurationClasses[i];
            match[i] = kafka || klasse == null || !klasse.startsWith(KAFKA_AUTOCONFIGURATION);
        }
        return match;
    }
}
