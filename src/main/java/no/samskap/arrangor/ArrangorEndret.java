package no.samskap.arrangor;

import java.util.UUID;

/**
 * A provider's name (or its hovedenhet) was changed, published by {@link ArrangorService} in its transaction. Listeners
 * read the current state by id through {@link ArrangorKatalog}.
 */
public record ArrangorEndret(UUID id) {}
