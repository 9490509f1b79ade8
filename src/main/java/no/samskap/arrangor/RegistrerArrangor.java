package no.samskap.arrangor;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Register a provider. No parent makes a hovedenhet; an underenhet names its hovedenhet by id or by
 * organisasjonsnummer (if both, they must agree).
 */
public record RegistrerArrangor(
        @Nullable String organisasjonsnummer,
        @Nullable String navn,
        @Nullable UUID hovedenhetId,
        @Nullable String hovedenhetOrganisasjonsnummer) {}
