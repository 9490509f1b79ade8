package no.samskap.avtale.persistence;

import java.util.UUID;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;

/** Filters of the agreement list; null means no filter. {@code q} searches name and case number. */
public record AvtaleFilter(
        @Nullable String q,
        @Nullable String tiltakskode,
        @Nullable Avtaletype avtaletype,
        @Nullable AvtaleStatus status,
        @Nullable String region,
        @Nullable UUID arrangorId) {

    public static AvtaleFilter ingen() {
        return new AvtaleFilter(null, null, null, null, null, null);
    }
}
