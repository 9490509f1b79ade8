package no.samskap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded PostgreSQL is the default only: a configured SPRING_DATASOURCE_URL switches it off. */
class EmbeddedDatabaseConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(LazyInitializationBeanFactoryPostProcessor.class)
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void providesTheEmbeddedDataSourceWhenNoDatabaseIsConfigured() {
        runner.run(context -> assertThat(context.getBeanFactory().containsBeanDefinition("dataSource")).isTrue());
    }

    @Test
    void staysAwayWhenADatabaseUrlIsConfigured() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/samskap")
                .run(context -> assertThat(context.getBeanFactory().containsBeanDefinition("dataSource")).isFalse());
    }
}
