package no.samskap.effekt;

import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Vurdering;
import org.jspecify.annotations.Nullable;

/** The evaluator approves or rejects claims, each with the reason given (never a claim the evaluator made). */
public record VurderKrav(
        UUID kontraktId, List<UUID> krav, Vurdering.@Nullable Beslutning beslutning, @Nullable String begrunnelse) {}
