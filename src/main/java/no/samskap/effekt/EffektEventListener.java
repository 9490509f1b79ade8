package no.samskap.effekt;

import java.time.Clock;
import java.util.UUID;
import no.samskap.effekt.persistence.MaalingRepository;
import no.samskap.effekt.persistence.MaalingRepository.VarselRad;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells providers what happened to their money: a notification when the evaluator approved one of their claims and
 * when a payment run paid them. After the writer's commit, through the event publication log (a failed delivery is
 * redelivered); idempotent, because a notification is unique per type and claim or payment line.
 */
@Component
class EffektEventListener {

    private final MaalingRepository maaling;
    private final Clock clock;

    EffektEventListener(MaalingRepository maaling, Clock clock) {
        this.maaling = maaling;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(KravGodkjent event) {
        maaling.varsle(new VarselRad(UUID.randomUUID(), event.kontraktId(), event.mottakerId(), "KRAV_GODKJENT",
                event.kravId(), event.dato(), false, clock.instant()));
    }

    @ApplicationModuleListener
    void on(UtbetalingskjoringGjennomfort event) {
        for (var b : event.utbetalinger()) {
            maaling.varsle(new VarselRad(UUID.randomUUID(), event.kontraktId(), b.mottakerId(), "UTBETALING",
                    b.utbetalingId(), event.utbetalingsdato(), false, clock.instant()));
        }
    }
}
