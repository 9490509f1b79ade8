package no.samskap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import no.samskap.SamskapIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;

/** Without SAMSKAP_KAFKA_BOOTSTRAP_SERVERS nothing Kafka exists: no client, no admin, no externaliser, no connection. */
@SamskapIntegrationTest
class KafkaAvIT {

    @Autowired
    ApplicationContext context;

    @Test
    void startsNoKafkaBeanWhenNoBrokerIsConfigured() {
        assertThat(context.getEnvironment().getProperty(KafkaHendelser.BOOTSTRAP_SERVERS)).isNullOrEmpty();
        assertThat(context.getBeanNamesForType(KafkaOperations.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ProducerFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(KafkaAdmin.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EventExternalizationTransport.class)).isEmpty();
        assertThat(context.getBeanNamesForType(EventExternalizerModuleListener.class)).isEmpty();
    }
}
