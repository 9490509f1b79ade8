package no.samskap.platform;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.support.BrokerRouting;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the events marked {@code @Externalized} to Kafka, only when {@code SAMSKAP_KAFKA_BOOTSTRAP_SERVERS} is set
 * (without it no Kafka bean exists and nothing connects: see {@link KafkaAvslaattFilter}).
 *
 * <p>The externaliser is Spring Modulith's: an asynchronous listener after the writer's commit, registered in the event
 * publication log, so an event is kept until the broker acknowledged it ({@code acks=all}, idempotent producer) and a
 * failed send is resubmitted by {@link HendelseGjenutsending}. The topic and the record key come from the event's
 * {@code @Externalized("topic::#{key}")}; the value is the event as JSON (the application's {@link JsonMapper}: ISO
 * dates, fields without a value left out). Spring Modulith's own Kafka module is not used: its 2.1 artifact is not
 * available to this build, and this is the transport it would register.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(KafkaHendelser.Konfigurert.class)
class KafkaHendelser {

    /** The broker list; the switch for everything Kafka. */
    static final String BOOTSTRAP_SERVERS = "samskap.kafka.bootstrap-servers";

    @Bean
    EventExternalizationTransport kafkaTransport(
            KafkaOperations<String, String> kafka, JsonMapper json, BeanFactory beanFactory) {
        var context = new StandardEvaluationContext();
        context.setBeanResolver(new BeanFactoryResolver(beanFactory));
        return (event, target) -> {
            var routing = BrokerRouting.of(target, context);
            return kafka.send(routing.getTarget(event), routing.getKey(event), json.writeValueAsString(event));
        };
    }

    @Bean
    EventExternalizerModuleListener kafkaEventExternalizer(
            EventExternalizationConfiguration configuration, EventExternalizationTransport kafkaTransport) {
        return new EventExternalizerModuleListener(configuration, kafkaTransport);
    }

    static boolean konfigurert(Environment environment) {
        return StringUtils.hasText(environment.getProperty(BOOTSTRAP_SERVERS));
    }

    /** Matches when {@value #BOOTSTRAP_SERVERS} is set and not blank. */
    static class Konfigurert extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return konfigurert(context.getEnvironment())
                    ? ConditionOutcome.match(BOOTSTRAP_SERVERS + " is set")
                    : ConditionOutcome.noMatch(BOOTSTRAP_SERVERS + " is not set");
        }
    }
}
