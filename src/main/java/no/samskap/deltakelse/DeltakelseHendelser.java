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
            publisher.publishEvent(new DeltakelseStarted(d.id(), d.gjennomforingId(), d.startdato(), naa));
        } else if (fra != null && fra != d.status() && d.status().erAvsluttende()) {
            publisher.publishEvent(new DeltakelseEnded(d.id(), d.gjennomforingId(), fra, d.status(),
                    aarsak == null ? null : aarsak.type(), d.sluttdato(), naa));
        } else {
            publisher.publishEvent(new DeltakelseChanged(d.id(), d.gjennomforingId(), fra, d.status(), d.startdato(),
                    d.sluttdato(), d.deltakelsesprosent(), naa));
        }
    }

    /** The current place counts of an implementation, for the catalog. */
    void plasser(UUID gjennomforingId, int antallPlasser) {
        publisher.publishEvent(new PlasserEndret(gjennomforingId, antallPlasser,
                repository.antallSomTarPlass(gjennomforingId), repository.antallIVenteliste(gjennomforingId)));
    }
}
