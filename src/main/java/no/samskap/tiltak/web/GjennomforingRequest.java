package no.samskap.tiltak.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingInnhold;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body of create (POST) and update (PUT). Missing values are reported by the rules as field errors, all
 * together; {@code version} is required on update, {@code avtaleId} only on create.
 */
record GjennomforingRequest(
        @Nullable UUID avtaleId,
        @Nullable UUID arrangorId,
        @Nullable String navn,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable Integer antallPlasser,
        @Nullable Oppstartstype oppstartstype,
        @Nullable UUID prismodellId,
        @Nullable Set<String> navEnheter,
        @Nullable List<UUID> arrangorKontaktpersoner,
        @Nullable List<NavKontaktperson> navKontaktpersoner,
        @Nullable String oppmotested,
        @Nullable EstimertVentetid estimertVentetid,
        @Nullable String beskrivelse,
        @Nullable Long version) {

    GjennomforingInnhold innhold() {
        return new GjennomforingInnhold(
                navn,
                startdato,
                sluttdato,
                antallPlasser,
                oppstartstype,
                prismodellId,
                navEnheter == null ? Set.of() : navEnheter,
                arrangorKontaktpersoner == null ? List.of() : arrangorKontaktpersoner,
                navKontaktpersoner == null ? List.of() : navKontaktpersoner,
                oppmotested,
                estimertVentetid,
                beskrivelse);
    }
}
