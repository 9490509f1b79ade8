package no.samskap.deltakelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.samskap.SamskapIntegrationTest;
import no.samskap.katalog.Pameldinger;
import no.samskap.platform.HendelseGjenutsending;
import no.samskap.shared.FodselsnummerFixtures;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The enrolment events on a real Kafka broker (spring-kafka-test's embedded KRaft broker, started inside the test):
 * each reaches its topic keyed by the enrolment's id with ids and facts only; events published while the broker is
 * not up arrive once it is, through the resubmission of the failed publications.
 *
 * <p>The one test context with Kafka configured ({@code samskap.kafka.bootstrap-servers} on a port chosen before the
 * context starts, where the broker starts later). The methods run in order: first with the broker down.
 */
@SamskapIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeltakelseHendelserKafkaIT {

    private static final int BROKER_PORT = ledigPort();
    private static final Duration VENT = Duration.ofSeconds(60);
    private static final List<String> TOPICS =
            List.of(DeltakelseChanged.TOPIC, DeltakelseStarted.TOPIC, DeltakelseEnded.TOPIC);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedKafkaKraftBroker broker;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry properties) {
        properties.add("samskap.kafka.bootstrap-servers", () -> "localhost:" + BROKER_PORT);
        // Give up on a send quickly while the broker is down, so the publication is marked failed within seconds.
        properties.add("samskap.kafka.send-timeout-ms", () -> "1500");
        properties.add("samskap.kafka.delivery-timeout-ms", () -> "3000");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HendelseGjenutsending gjenutsending;

    @AfterAll
    static void stoppBroker(@Autowired ProducerFactory<?, ?> producers) {
        // Close the producer first: left open it would keep reconnecting to the stopped broker for the rest of the run.
        producers.reset();
        if (broker != null) {
            broker.destroy();
        }
    }

    /**
     * A port that is free now and lies below the kernel's ephemeral range. The application is told the port before
     * the broker starts; a port from {@code new ServerSocket(0)} lies in the ephemeral range, where the kernel may give
     * it to one of the test run's outgoing connections (JDBC, HTTP) as its local port in between (seen in CI).
     */
    private static int ledigPort() {
        int ephemeralFra = ephemeralFra();
        int fra = Math.max(1024, ephemeralFra - 12_000);
        for (int forsok = 0; forsok < 200; forsok++) {
            int kandidat = ThreadLocalRandom.current().nextInt(fra, ephemeralFra);
            try (var socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("localhost", kandidat));
                return kandidat;
            } catch (IOException opptatt) {
                // taken: try another
            }
        }
        throw new IllegalStateException("no free port between " + fra + " and " + ephemeralFra);
    }

    /** The first port of the kernel's ephemeral range (Linux), or the usual 32768 where it cannot be read. */
    private static int ephemeralFra() {
        try {
            // readAllLines, not readString: /proc files report a size of 0, and readString then returns a byte or so
            String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().strip();
            int fra = Integer.parseInt(range.split("\\s+")[0]);
            return fra > 4096 ? fra : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    /**
     * Starts the broker with an extra listener on the port the application was told before it started (the KRaft
     * test kit binds its own listeners to ports it picks; a listener of another name binds where configured).
     */
    private static synchronized void startBroker() {
        if (broker == null) {
            var kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.brokerProperty("listeners",
                    "EXTERNAL://localhost:0,CONTROLLER://localhost:0,SAMSKAP://localhost:" + BROKER_PORT);
            kafka.brokerProperty("listener.security.protocol.map",
                    "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,SAMSKAP:PLAINTEXT");
            // Not the default spring.kafka.bootstrap-servers: a system property would outlive this test.
            kafka.brokerListProperty("samskap.test.kafka.brokers");
            kafka.afterPropertiesSet();
            broker = kafka;
        }
    }

    /** The Kafka externaliser's publications of the events about one enrolment, incomplete ones only, by status. */
    private List<String> ufullforteUtsendinger(UUID deltakelseId) {
        return jdbc.sql("select coalesce(status, '') from event_publication where listener_id like '%xternaliz%' "
                        + "and completion_date is null and serialized_event like :id")
                .param("id", "%" + deltakelseId + "%")
                .query(String.class)
                .list();
    }

    /** Reads the three topics from the start until {@code antall} records keyed by the enrolment have arrived. */
    private List<ConsumerRecord<String, String>> les(UUID deltakelseId, int antall) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + BROKER_PORT);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        var funnet = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(TOPICS);
            long slutt = System.nanoTime() + VENT.toNanos();
            while (funnet.size() < antall && System.nanoTime() < slutt) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (deltakelseId.toString().equals(record.key())) {
                        funnet.add(record);
                    }
                }
            }
        }
        assertThat(funnet).as("records keyed by the enrolment").hasSize(antall);
        return funnet;
    }

    private static JsonNode verdi(List<ConsumerRecord<String, String>> records, String topic) {
        var record = records.stream().filter(r -> r.topic().equals(topic)).findFirst().orElseThrow();
        return JSON.readTree(record.value());
    }

    private static Set<String> felt(JsonNode json) {
        return new HashSet<>(json.propertyNames());
    }

    @Test
    @Order(1)
    void eventsPublishedWhileTheBrokerIsDownArriveAfterItComesUp() {
        assertThat(broker).as("this test runs first, before the broker starts").isNull();
        var pameldinger = new Pameldinger(port);
        UUID g = pameldinger.apenGjennomforing("Kafka nede " + UUID.randomUUID(), 5);
        UUID d = pameldinger.meldPa(g);
        pameldinger.endreStatus(d, "DELTAR", null);

        await().atMost(VENT).untilAsserted(() -> assertThat(ufullforteUtsendinger(d))
                .as("both sends failed and are kept in the publication log").containsExactly("FAILED", "FAILED"));

        startBroker();
        // Another cached test context may be running the job this very moment: then it is this one's turn next.
        await().atMost(VENT).until(gjenutsending::gjenutsend);

        var records = les(d, 2);
        assertThat(records).extracting(ConsumerRecord::topic)
                .containsExactlyInAnyOrder(DeltakelseChanged.TOPIC, DeltakelseStarted.TOPIC);
        assertThat(verdi(records, DeltakelseStarted.TOPIC).get("startdato").asString()).isEqualTo("2026-12-01");
        await().atMost(VENT).untilAsserted(() -> assertThat(ufullforteUtsendinger(d)).isEmpty());
    }

    @Test
    @Order(2)
    void enrolmentEventsReachTheirTopicsKeyedByTheEnrolmentWithIdsAndFactsOnly() {
        startBroker();
        var pameldinger = new Pameldinger(port);
        UUID g = pameldinger.apenGjennomforing("Kafka oppe " + UUID.randomUUID(), 5);
        String fodselsnummer = FodselsnummerFixtures.randomSyntetisk();
        String navn = "Hendelse Personsen " + UUID.randomUUID();
        UUID d = pameldinger.meldPa(g, fodselsnummer, navn);
        pameldinger.endreStatus(d, "DELTAR", null);
        pameldinger.endreStatus(d, "HAR_SLUTTET", Map.of("type", "FATT_JOBB"));

        var records = les(d, 3);

        for (var record : records) {
            assertThat(record.value()).as("no personal data in " + record.topic())
                    .doesNotContain(fodselsnummer, fodselsnummer.substring(0, 6), navn, "Personsen");
            assertThat(record.headers().toArray()).as("no Java type headers").isEmpty();
        }
        JsonNode endret = verdi(records, DeltakelseChanged.TOPIC);
        assertThat(felt(endret)).isEqualTo(Set.of(
                "hendelseId", "deltakelseId", "versjon", "gjennomforingId", "status", "startdato", "tidspunkt"));
        assertThat(endret.get("deltakelseId").asString()).isEqualTo(d.toString());
        assertThat(endret.get("gjennomforingId").asString()).isEqualTo(g.toString());
        assertThat(endret.get("status").asString()).isEqualTo("VENTER_PA_OPPSTART");
        assertThat(endret.get("versjon").asLong()).isZero();
        assertThat(java.time.Instant.parse(endret.get("tidspunkt").asString())).isBefore(java.time.Instant.now());

        JsonNode startet = verdi(records, DeltakelseStarted.TOPIC);
        assertThat(felt(startet)).isEqualTo(Set.of(
                "hendelseId", "deltakelseId", "versjon", "gjennomforingId", "startdato", "tidspunkt"));
        assertThat(startet.get("versjon").asLong()).isEqualTo(1);

        JsonNode sluttet = verdi(records, DeltakelseEnded.TOPIC);
        assertThat(felt(sluttet)).isEqualTo(Set.of("hendelseId", "deltakelseId", "versjon", "gjennomforingId",
                "fraStatus", "status", "aarsak", "sluttdato", "tidspunkt"));
        assertThat(sluttet.get("fraStatus").asString()).isEqualTo("DELTAR");
        assertThat(sluttet.get("status").asString()).isEqualTo("HAR_SLUTTET");
        assertThat(sluttet.get("aarsak").asString()).isEqualTo("FATT_JOBB");
        assertThat(sluttet.get("versjon").asLong()).isEqualTo(2);
        assertThat(List.of(endret, startet, sluttet)).extracting(j -> j.get("hendelseId").asString())
                .doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void theProducerWaitsForAllReplicasAndIsIdempotent(@Autowired ProducerFactory<?, ?> producers) {
        assertThat(producers.getConfigurationProperties())
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, List.of("localhost:" + BROKER_PORT));
    }
}
