package no.samskap.arrangor;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider organisation as other modules see it: a hovedenhet (legal entity, {@code hovedenhetId} null) or one of
 * its underenheter.
 */
public record ArrangorInfo(UUID id, String organisasjonsnummer, String navn, @Nullable UUID hovedenhetId) {

    public boolean erHovedenhet() {
        return hovedenhetId == null;
    }
}
