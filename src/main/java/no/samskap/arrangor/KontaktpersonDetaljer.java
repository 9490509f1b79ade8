package no.samskap.arrangor;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import org.jspecify.annotations.Nullable;

/** A contact person as the provider pages and API show it, with the version to send back on update. */
public record KontaktpersonDetaljer(
        UUID id, UUID arrangorId, String navn, String epost, @Nullable String telefon, Set<Ansvar> ansvar, long version) {

    public KontaktpersonDetaljer {
        // enum order (AVTALE, GJENNOMFORING, OKONOMI) for stable display and JSON
        ansvar = ansvar.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(ansvar));
    }
}
