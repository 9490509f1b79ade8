package no.samskap.arrangor.web;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Create ({@code POST}, no version) or update ({@code PUT}, with the version read) a provider. An underenhet names its
 * hovedenhet by {@code hovedenhetId} or {@code hovedenhetOrganisasjonsnummer}; on update only name and parent change.
 */
record ArrangorRequest(
        @Nullable String organisasjonsnummer,
        @Nullable String navn,
        @Nullable UUID hovedenhetId,
        @Nullable String hovedenhetOrganisasjonsnummer,
        @Nullable Long version) {}
