package no.samskap.arrangor;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A provider's contact person as other modules see it. {@code ansvar}: what they answer for. */
public record KontaktpersonInfo(
        UUID id, UUID arrangorId, String navn, String epost, @Nullable String telefon, Set<Ansvar> ansvar) {

    /** What a contact person is responsible for. */
    public enum Ansvar {
        AVTALE,
        GJENNOMFORING,
        OKONOMI
    }
}
