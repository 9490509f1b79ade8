package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An amendment: the whole new content of the contract, from when it applies and why. {@code version} is the contract's
 * version the client last read (a stale one is refused with 409).
 */
public record EndreVilkaar(
        UUID kontraktId,
        @Nullable Long version,
        @Nullable LocalDate gjelderFra,
        @Nullable String begrunnelse,
        Kontraktsinnhold innhold) {}
