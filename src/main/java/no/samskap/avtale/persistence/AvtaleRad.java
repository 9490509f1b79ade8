package no.samskap.avtale.persistence;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;

/** One row of the agreement list, straight from SQL (status derived in the query with the same rule as the domain). */
public record AvtaleRad(
        UUID id,
        String navn,
        String tiltakskode,
        Avtaletype avtaletype,
        @Nullable String sakarkivnummer,
        @Nullable UUID arrangorHovedenhetId,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        AvtaleStatus status,
        Set<String> navRegioner,
        long version) {}
