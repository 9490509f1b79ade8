package no.samskap.tiltak;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Edit a running implementation. {@code arrangorId} may be left out; when sent it must be the one the implementation
 * was created with (the provider cannot change).
 */
public record UpdateGjennomforing(UUID id, long version, @Nullable UUID arrangorId, GjennomforingInnhold innhold) {}
