package no.samskap.avtale.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.AvtaleUtkast;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;

/** Create (POST) or update (PUT, with {@code version}) an agreement. {@code prismodeller} only on create. */
record AvtaleRequest(
        @Nullable String navn,
        @Nullable String tiltakskode,
        @Nullable Avtaletype avtaletype,
        @Nullable String sakarkivnummer,
        @Nullable UUID arrangorHovedenhetId,
        @Nullable Set<UUID> arrangorUnderenheter,
        @Nullable Set<UUID> arrangorKontaktpersoner,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable LocalDate opsjonMaksVarighet,
        @Nullable Set<String> navRegioner,
        @Nullable Set<String> navEnheter,
        @Nullable Set<String> administratorer,
        @Nullable String beskrivelse,
        @Nullable List<PrismodellRequest> prismodeller,
        @Nullable Long version) {

    AvtaleUtkast utkast() {
        return new AvtaleUtkast(navn, tiltakskode, avtaletype, sakarkivnummer, arrangorHovedenhetId,
                orEmpty(arrangorUnderenheter), orEmpty(arrangorKontaktpersoner), startdato, sluttdato, opsjonMaksVarighet,
                orEmpty(navRegioner), orEmpty(navEnheter), orEmpty(administratorer), beskrivelse,
                prismodeller == null ? List.of() : prismodeller.stream().map(PrismodellRequest::utkast).toList());
    }

    static <T> Set<T> orEmpty(@Nullable Set<T> set) {
        return set == null ? Set.of() : Set.copyOf(set.stream().filter(java.util.Objects::nonNull).toList());
    }
}
