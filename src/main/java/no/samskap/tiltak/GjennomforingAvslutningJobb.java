package no.samskap.tiltak;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import no.samskap.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: moves running implementations whose end date has passed to AVSLUTTET. The job lock makes it run on one node
 * when several run.
 */
@Component
class GjennomforingAvslutningJobb {

    static final String LAS = "gjennomforing-avslutning";
    private static final Logger log = LoggerFactory.getLogger(GjennomforingAvslutningJobb.class);

    private final GjennomforingService service;
    private final JobLock jobLock;
    private final Clock clock;

    GjennomforingAvslutningJobb(GjennomforingService service, JobLock jobLock, Clock clock) {
        this.service = service;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(cron = "${samskap.jobb.gjennomforing-avslutning.cron:0 10 0 * * *}", zone = "Europe/Oslo")
    void kjor() {
        if (!jobLock.tryLock(LAS, Duration.ofMinutes(30))) {
            log.info("implementation end job runs on another node; skipped here");
            return;
        }
        int antall = service.endExpired(LocalDate.now(clock));
        log.info("implementation end job moved {} implementations to AVSLUTTET", antall);
    }
}
