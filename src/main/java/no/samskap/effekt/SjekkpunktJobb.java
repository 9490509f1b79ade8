package no.samskap.effekt;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import no.samskap.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: reminds providers of job-retention checkpoints that fall due soon, and marks overdue ones. The job lock
 * makes it run on one node when several run.
 */
@Component
class SjekkpunktJobb {

    static final String LAS = "effekt-sjekkpunkt";
    private static final Logger log = LoggerFactory.getLogger(SjekkpunktJobb.class);

    private final MaalingService maaling;
    private final JobLock jobLock;
    private final Clock clock;

    SjekkpunktJobb(MaalingService maaling, JobLock jobLock, Clock clock) {
        this.maaling = maaling;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(cron = "${samskap.jobb.effekt-sjekkpunkt.cron:0 20 0 * * *}", zone = "Europe/Oslo")
    void kjor() {
        if (!jobLock.tryLock(LAS, Duration.ofMinutes(30))) {
            log.info("checkpoint reminder job runs on another node; skipped here");
            return;
        }
        int antall = maaling.varsleSjekkpunkter(LocalDate.now(clock));
        log.info("checkpoint reminder job sent {} reminders", antall);
    }
}
