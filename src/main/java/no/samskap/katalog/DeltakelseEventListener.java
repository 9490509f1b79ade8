package no.samskap.katalog;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseEnded;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.katalog.persistence.ResultatRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts what became of the participants who ended an implementation ({@link Deltakerresultater}), so counsellors can
 * weigh measures by their results. Asynchronous after the enrolment's commit, through the event publication log: a
 * failure here never blocks a counsellor, and a failed delivery is resubmitted ({@code platform.HendelseGjenutsending}).
 * Idempotent: the event's {@code hendelseId} is stored in the same transaction as the count, so a second delivery of
 * the same event changes nothing.
 */
@Component
class DeltakelseEventListener {

    private static final Set<DeltakelseStatus> TELLES = EnumSet.of(
            DeltakelseStatus.HAR_SLUTTET, DeltakelseStatus.FULLFORT, DeltakelseStatus.AVBRUTT);

    private final ResultatRepository resultater;
    private final Clock clock;

    DeltakelseEventListener(ResultatRepository resultater, Clock clock) {
        this.resultater = resultater;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DeltakelseEnded event) {
        var naa = clock.instant();
        if (!resultater.merkBehandlet(event.hendelseId(), naa)) {
            return;
        }
        // Only participants who took part count; one registered by mistake, or who never started, says nothing.
        if (event.fraStatus() != DeltakelseStatus.DELTAR || !TELLES.contains(event.status())) {
            return;
        }
        boolean fullfort = event.status() == DeltakelseStatus.FULLFORT || event.aarsak() == Aarsakstype.FERDIG;
        resultater.leggTil(event.gjennomforingId(), fullfort, event.aarsak() == Aarsakstype.FATT_JOBB, naa);
    }
}
