package no.samskap.deltakelse;

import java.time.Instant;
import java.util.UUID;
import no.samskap.deltakelse.domain.Aarsak;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the enrolment events in the writer's transaction (through the event publication log). */
@Component
class DeltakelseHendelser {

    private final ApplicationEventPublisher publisher;
    private final DeltakelseRepository repository;

    DeltakelseHendelser(ApplicationEventPublisher publisher, DeltakelseRepository repository) {
        this.publisher = publisher;
        this.repository = repository;
    }

    /** The event for an enrolment that now is {@code d}, having been {@code fra} (null: just created). */
    void endret(Deltakelse d, @Nullable DeltakelseStatus fra, Instant naa) {
        endret(d, fra, null, naa);
    }

    void endret(Deltakelse d, @Nullable DeltakelseStatus fra, @Nullable Aarsak aarsak, Instant naa) {
        if (fra != d.status() && d.status() == DeltakelseStatus.DELTAR && d.startdato() != null) {
            publisher.publishEvent(new DeltakelseStarted(UUID.randomUUID(), d.id(), d.version(), d.gjennomforingId(),
                    d.startdato(), naa));
        } else if (fra != null && fra != d.status() && d.status().erAvsluttende()) {
            publisher.publishEvent(new DeltakelseEnded(UUID.randomUUID(), d.id(), d.version(), d.gjennomforingId(), fra,
                    d.status(), aarsak == null ? null : aarsak.type(), d.sluttdato(), naa));
        } else {
            publisher.publishEvent(new DeltakelseChanged(UUID.randomUUID(), d.id(), d.version(), d.gjennomforingId(), fra,
                    d.status(), d.startdato(), d.sluttdato(), d.deltakelsesprosent(), naa));
        }
    }

    /**
     * The current place counts of an implementation, for the catalog. Counted under the implementation's place lock
     * (re-entrant within the transaction), so the counts a listener stores are those of the last transaction to commit
     * a change: a writer that did not need the lock waits for one that holds it instead of counting before it commits.
     */
    void plasser(UUID gjennomforingId, int antallPlasser) {
        repository.laasPlasser(gjennomforingId);
        publisher.publishEvent(new PlasserEndret(gjennomforingId, antallPlasser,
                repository.antallSomTarPlass(gjennomforingId), repository.antallIVenteliste(gjennomforingId)));
    }
}
