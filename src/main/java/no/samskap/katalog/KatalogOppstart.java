package no.samskap.katalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, rebuilds the read model when it is out of step with the implementations: a database from before the
 * catalog existed, or data written to the source tables directly (the benchmark's generator).
 */
@Component
@ConditionalOnWebApplication // start-up work of the server, not of a command (platform.Kommandolinje)
class KatalogOppstart {

    private static final Logger log = LoggerFactory.getLogger(KatalogOppstart.class);

    private final KatalogService service;

    KatalogOppstart(KatalogService service) {
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void byggVedBehov() {
        if (service.erIStand()) {
            log.info("catalog read model is in step; no rebuild");
            return;
        }
        service.byggPaNytt();
    }
}
