package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of an implementation, as a client sends it when creating or editing. Components may be missing
 * (null); the rules report every missing or invalid one together.
 */
public record GjennomforingInnhold(
        @Nullable String navn,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable Integer antallPlasser,
        @Nullable Oppstartstype oppstartstype,
        @Nullable UUID prismodellId,
        Set<String> navEnheter,
        List<UUID> arrangorKontaktpersoner,
        List<NavKontaktperson> navKontaktpersoner,
        @Nullable String oppmotested,
        @Nullable EstimertVentetid estimertVentetid,
        @Nullable String beskrivelse) {

    public GjennomforingInnhold {
        navEnheter = navEnheter == null ? Set.of() : Set.copyOf(navEnheter);
        arrangorKontaktpersoner = arrangorKontaktpersoner == null ? List.of() : List.copyOf(arrangorKontaktpersoner);
        navKontaktpersoner = navKontaktpersoner == null ? List.of() : List.copyOf(navKontaktpersoner);
    }
}
