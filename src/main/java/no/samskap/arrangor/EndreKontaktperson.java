package no.samskap.arrangor;

import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import org.jspecify.annotations.Nullable;

/** Change a contact person; {@code version} is the version the caller read. */
public record EndreKontaktperson(
        UUID arrangorId,
        UUID kontaktpersonId,
        @Nullable Long version,
        @Nullable String navn,
        @Nullable String epost,
        @Nullable String telefon,
        @Nullable Set<Ansvar> ansvar) {}
