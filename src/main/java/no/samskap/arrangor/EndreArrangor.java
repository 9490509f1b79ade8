package no.samskap.arrangor;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Change a provider's name and, for an underenhet, its hovedenhet (by id or organisasjonsnummer). {@code version} is
 * the version the caller read.
 */
public record EndreArrangor(
        UUID id,
        @Nullable Long version,
        @Nullable String navn,
        @Nullable UUID hovedenhetId,
        @Nullable String hovedenhetOrganisasjonsnummer) {}
