package no.samskap.avtale.domain;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/** How the provider is paid under an agreement, with its rates by valid-from date (sorted). */
public record Prismodell(UUID id, Prismodelltype type, @Nullable String beskrivelse, List<Sats> satser) {

    public Prismodell {
        satser = satser.stream().sorted(Comparator.comparing(Sats::gyldigFra)).toList();
    }

    /** The fixed system price model a FORHANDSGODKJENT agreement gets (the state's rate, no agreed rates). */
    public static Prismodell system(UUID id, Prismodelltype type) {
        return new Prismodell(id, type, null, List.of());
    }
}
