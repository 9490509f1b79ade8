package no.samskap.deltakelse;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import no.samskap.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nightly: ends the enrolments that take part and whose end date has passed (an approved end proposal on a later date
 * is carried out here, with its reason). Each enrolment in its own transaction, so one that fails (changed at the same
 * moment) is left for the next night and does not hold back the others. The job lock makes it run on one node when
 * several run. Logs counts and enrolment ids only, never personal data.
 */
@Component
class DeltakelseAvslutningJobb {

    static final String LAS = "deltakelse-avslutning";
    private static final Logger log = LoggerFactory.getLogger(DeltakelseAvslutningJobb.class);

    private final DeltakelseRepository repository;
    private final DeltakelseService service;
    private final JobLock jobLock;
    private final Clock clock;

    DeltakelseAvslutningJobb(DeltakelseRepository repository, DeltakelseService service, JobLock jobLock, Clock clock) {
        this.repository = repository;
        this.service = service;
        this.jobLock = jobLock;
        this.clock = clock;
    }

    @Scheduled(cron = "${samskap.jobb.deltakelse-avslutning.cron:0 5 0 * * *}", zone = "Europe/Oslo")
    void kjor() {
        if (!jobLock.tryLock(LAS, Duration.ofMinutes(30))) {
            log.info("enrolment end job runs on another node; skipped here");
            return;
        }
        int antall = avsluttUtlopte(LocalDate.now(clock));
        log.info("enrolment end job ended {} enrolments whose end date had passed", antall);
    }

    /** Ends every enrolment taking part with an end date before {@code idag}; returns how many it ended. */
    int avsluttUtlopte(LocalDate idag) {
        int antall = 0;
        for (UUID id : repository.deltarMedSluttdatoFor(idag)) {
            try {
                if (service.avsluttEtterSluttdato(id, idag)) {
                    antall++;
                }
            } catch (RuntimeException e) {
                log.warn("enrolment {} not ended by the end job ({}); tried again next night", id,
                        e.getClass().getSimpleName());
            }
        }
        return antall;
    }
}
