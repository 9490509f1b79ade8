package no.samskap.tiltak;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An implementation as the counsellors' catalog copies it into its read model (no access check: the catalog decides).
 *
 * @param navEnheter the NAV offices (enhetsnummer) it serves
 * @param endret when the implementation was last written (to see whether a copy is in step)
 */
public record GjennomforingForKatalog(
        UUID id,
        UUID avtaleId,
        String navn,
        String tiltakskode,
        UUID arrangorId,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        int antallPlasser,
        Oppstartstype oppstartstype,
        @Nullable String oppmotested,
        @Nullable String beskrivelse,
        boolean publisert,
        boolean apentForPamelding,
        GjennomforingStatus status,
        List<String> navEnheter,
        Instant endret) {

    /** Whether the catalog shows it at all: published and running. */
    public boolean iKatalogen() {
        return publisert && status == GjennomforingStatus.GJENNOMFORES;
    }

    /** How many implementations the catalog should hold and when the newest of them was written. */
    public record Fingeravtrykk(long antall, @Nullable Instant sistEndret) {}
}
