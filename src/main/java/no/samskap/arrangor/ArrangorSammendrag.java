package no.samskap.arrangor;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One row of the provider list. */
public record ArrangorSammendrag(
        UUID id,
        String organisasjonsnummer,
        String navn,
        ArrangorType type,
        @Nullable UUID hovedenhetId,
        @Nullable String hovedenhetNavn,
        int antallUnderenheter) {}
