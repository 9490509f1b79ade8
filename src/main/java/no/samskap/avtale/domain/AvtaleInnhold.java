package no.samskap.avtale.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;

/** The editable content of an agreement after validation (see {@link AvtaleRegler}). */
public record AvtaleInnhold(
        String navn,
        Avtaletype avtaletype,
        @Nullable String sakarkivnummer,
        @Nullable UUID arrangorHovedenhetId,
        Set<UUID> arrangorUnderenheter,
        Set<UUID> arrangorKontaktpersoner,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable LocalDate opsjonMaksVarighet,
        Set<String> navRegioner,
        Set<String> navEnheter,
        Set<String> administratorer,
        @Nullable String beskrivelse) {

    public AvtaleInnhold {
        arrangorUnderenheter = Set.copyOf(arrangorUnderenheter);
        arrangorKontaktpersoner = Set.copyOf(arrangorKontaktpersoner);
        navRegioner = new TreeSet<>(navRegioner);
        navEnheter = new TreeSet<>(navEnheter);
        administratorer = new TreeSet<>(administratorer);
    }
}
