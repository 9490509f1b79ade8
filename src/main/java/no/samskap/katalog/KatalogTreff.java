package no.samskap.katalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * One implementation in a catalog result list.
 *
 * @param navnFremhevet the name split into plain and matching pieces (one plain piece without free text)
 * @param ledigePlasser places not taken right now (0 when full)
 * @param venteliste enrolments on the waiting list right now
 * @param utdrag a short excerpt of the description, with matches marked when searching
 */
public record KatalogTreff(
        UUID id,
        String navn,
        List<Tekstdel> navnFremhevet,
        String tiltakskode,
        String tiltakstypeNavn,
        UUID arrangorId,
        String arrangorNavn,
        @Nullable String oppmotested,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        Oppstartstype oppstartstype,
        boolean apentForPamelding,
        int antallPlasser,
        int ledigePlasser,
        int venteliste,
        List<Tekstdel> utdrag) {

    public KatalogTreff {
        navnFremhevet = List.copyOf(navnFremhevet);
        utdrag = List.copyOf(utdrag);
    }
}
