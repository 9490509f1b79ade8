package no.samskap.avtale;

import java.util.UUID;

/**
 * An agreement was created or changed (content, options, price models, abort, recorded end), published by every write
 * use case of {@link AvtaleService} in its transaction. Listeners read the current state by id.
 */
public record AvtaleEndret(UUID id) {}
