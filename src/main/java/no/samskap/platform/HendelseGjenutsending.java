package no.samskap.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits the event publications whose listener failed: an in-process listener that threw, or a Kafka send that
 * was not acknowledged (broker down or unreachable). Runs every minute ({@code samskap.hendelser.gjenutsending.intervall})
 * on one node at a time ({@link JobLock}); a publication left half-done by a crashed node is marked failed by Spring
 * Modulith's staleness monitor ({@code spring.modulith.events.staleness.*}) and then resubmitted here. Listeners must be
 * idempotent: an event may arrive more than once.
 */
@Component
public class HendelseGjenutsending {

    static final String LAAS = "hendelse-gjenutsending";
    private static final Logger log = LoggerFactory.getLogger(HendelseGjenutsending.class);

    private final FailedEventPublications feilede;
    private final JobLock jobLock;

    HendelseGjenutsending(FailedEventPublications feilede, JobLock jobLock) {
        this.feilede = feilede;
        this.jobLock = jobLock;
    }

    @Scheduled(
            fixedDelayString = "${samskap.hendelser.gjenutsending.intervall:PT1M}",
            initialDelayString = "${samskap.hendelser.gjenutsending.intervall:PT1M}")
    void planlagt() {
        gjenutsend();
    }

    /**
     * Resubmits the failed publications now, unless another node is doing so.
     *
     * @return false when another node holds the lock
     */
    public boolean gjenutsend() {
        // The lock expires by itself should this node die while resubmitting.
        if (!jobLock.tryLock(LAAS, Duration.ofMinutes(10))) {
            log.debug("job {} runs on another node", LAAS);
            return false;
        }
        try {
            feilede.resubmit(ResubmissionOptions.defaults());
            return true;
        } finally {
            jobLock.release(LAAS);
        }
    }
}
