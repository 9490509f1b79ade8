package no.samskap.avtale;

import java.time.Duration;
import no.samskap.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: records agreements whose end date has passed as AVSLUTTET in their history. Guarded by {@link JobLock} so
 * only one node runs it when several run.
 */
@Component
class AvtaleAvslutningJob {

    static final String LAAS = "avtale-avslutning";
    private static final Logger log = LoggerFactory.getLogger(AvtaleAvslutningJob.class);

    private final AvtaleService service;
    private final JobLock jobLock;

    AvtaleAvslutningJob(AvtaleService service, JobLock jobLock) {
        this.service = service;
        this.jobLock = jobLock;
    }

    @Scheduled(cron = "${samskap.avtale.avslutning-cron:0 15 1 * * *}", zone = "Europe/Oslo")
    void kjor() {
        if (!jobLock.tryLock(LAAS, Duration.ofMinutes(30))) {
            log.info("job {} runs on another node", LAAS);
            return;
        }
        int antall = service.registerAvsluttede();
        log.info("job {} recorded {} ended agreements", LAAS, antall);
    }
}
