package no.samskap.avtale.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.AvtaleSammendrag;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.shared.Avtaletype;
import org.jspecify.annotations.Nullable;

/** One agreement in the API list. */
record AvtaleListeResponse(
        UUID id,
        String navn,
        String tiltakskode,
        Avtaletype avtaletype,
        @Nullable String sakarkivnummer,
        @Nullable UUID arrangorHovedenhetId,
        @Nullable String arrangorNavn,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        AvtaleStatus status,
        Set<String> navRegioner,
        long version) {

    static AvtaleListeResponse of(AvtaleSammendrag s) {
        var r = s.rad();
        return new AvtaleListeResponse(r.id(), r.navn(), r.tiltakskode(), r.avtaletype(), r.sakarkivnummer(),
                r.arrangorHovedenhetId(), s.arrangor() == null ? null : s.arrangor().navn(), r.startdato(),
                r.sluttdato(), r.status(), r.navRegioner(), r.version());
    }
}
