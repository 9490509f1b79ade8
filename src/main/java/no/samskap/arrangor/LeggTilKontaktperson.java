package no.samskap.arrangor;

import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import org.jspecify.annotations.Nullable;

/** Add a contact person to a provider organisation. */
public record LeggTilKontaktperson(
        UUID arrangorId,
        @Nullable String navn,
        @Nullable String epost,
        @Nullable String telefon,
        @Nullable Set<Ansvar> ansvar) {}
