package no.samskap.avtale;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;

/** An agreement as a user submitted it, before validation: anything may be missing. */
public record AvtaleUtkast(
        @Nullable String navn,
        @Nullable String tiltakskode,
        @Nullable Avtaletype avtaletype,
        @Nullable String sakarkivnummer,
        @Nullable UUID arrangorHovedenhetId,
        Set<UUID> arrangorUnderenheter,
        Set<UUID> arrangorKontaktpersoner,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable LocalDate opsjonMaksVarighet,
        Set<String> navRegioner,
        Set<String> navEnheter,
        Set<String> administratorer,
        @Nullable String beskrivelse,
        List<PrismodellUtkast> prismodeller) {

    public AvtaleUtkast {
        arrangorUnderenheter = Set.copyOf(arrangorUnderenheter);
        arrangorKontaktpersoner = Set.copyOf(arrangorKontaktpersoner);
        navRegioner = Set.copyOf(navRegioner);
        navEnheter = Set.copyOf(navEnheter);
        administratorer = Set.copyOf(administratorer);
        prismodeller = List.copyOf(prismodeller);
    }
}
