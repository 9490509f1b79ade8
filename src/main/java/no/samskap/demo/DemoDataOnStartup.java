package no.samskap.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Loads the demo data when the application is ready, where {@code samskap.demo-data.enabled=true} (demo profile). */
@Component
@ConditionalOnWebApplication // start-up work of the server, not of a command (platform.Kommandolinje)
@ConditionalOnProperty(name = "samskap.demo-data.enabled", havingValue = "true")
class DemoDataOnStartup {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOnStartup.class);

    private final DemoDataService service;

    DemoDataOnStartup(DemoDataService service) {
        this.service = service;
    }

    @EventListener(ApplicationReadyEvent.class)
    void last() {
        try {
            service.load();
        } catch (RuntimeException e) {
            // The application stays usable without demo data; nothing was saved, the next start tries again.
            log.error("loading demo data failed; it is loaded again on the next start", e);
        }
    }
}
