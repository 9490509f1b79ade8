package no.samskap.katalog;

import no.samskap.arrangor.ArrangorEndret;
import no.samskap.avtale.AvtaleEndret;
import no.samskap.deltakelse.PlasserEndret;
import no.samskap.tiltak.GjennomforingEndret;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model in step, synchronously in the writer's transaction (plain {@code @EventListener}, not
 * {@code @ApplicationModuleListener}): a search right after a write sees it, and a rolled-back write rolls the catalog
 * back with it. Each handler re-reads the current state by id, so it is idempotent.
 */
@Component
class KatalogEventListener {

    private final KatalogService service;

    KatalogEventListener(KatalogService service) {
        this.service = service;
    }

    @EventListener
    void on(GjennomforingEndret event) {
        service.gjennomforingEndret(event.id());
    }

    @EventListener
    void on(AvtaleEndret event) {
        service.avtaleEndret(event.id());
    }

    @EventListener
    void on(ArrangorEndret event) {
        service.arrangorEndret(event.id());
    }

    /** Free places and waiting list: the event carries the counts taken under the implementation's place lock. */
    @EventListener
    void on(PlasserEndret event) {
        service.plasserEndret(event);
    }
}
