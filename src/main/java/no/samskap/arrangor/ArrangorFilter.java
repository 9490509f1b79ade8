package no.samskap.arrangor;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the provider list: {@code q} matches part of the name or the organisasjonsnummer, {@code type} the level,
 * {@code hovedenhetId} the underenheter of one hovedenhet.
 */
public record ArrangorFilter(@Nullable String q, @Nullable ArrangorType type, @Nullable UUID hovedenhetId) {

    public static ArrangorFilter ingen() {
        return new ArrangorFilter(null, null, null);
    }
}
