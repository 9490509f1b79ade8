package no.samskap.arrangor;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider with its parent (for an underenhet), its underenheter (for a hovedenhet) and its contact persons. */
public record ArrangorDetaljer(
        UUID id,
        String organisasjonsnummer,
        String navn,
        ArrangorType type,
        @Nullable ArrangorInfo hovedenhet,
        List<ArrangorInfo> underenheter,
        List<KontaktpersonDetaljer> kontaktpersoner,
        long version,
        Instant opprettet,
        Instant endret) {

    public ArrangorDetaljer {
        underenheter = List.copyOf(underenheter);
        kontaktpersoner = List.copyOf(kontaktpersoner);
    }

    public boolean erHovedenhet() {
        return type == ArrangorType.HOVEDENHET;
    }
}
