package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One implementation in a list, with the provider's and measure type's names for display. */
public record GjennomforingSummary(
        UUID id,
        String navn,
        String tiltakskode,
        @Nullable String tiltakstypeNavn,
        UUID avtaleId,
        UUID arrangorId,
        @Nullable String arrangorNavn,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        int antallPlasser,
        Oppstartstype oppstartstype,
        GjennomforingStatus status,
        boolean publisert,
        boolean apentForPamelding) {

    public GjennomforingSummary medNavn(@Nullable String tiltakstype, @Nullable String arrangor) {
        return new GjennomforingSummary(
                id, navn, tiltakskode, tiltakstype, avtaleId, arrangorId, arrangor, startdato, sluttdato, antallPlasser,
                oppstartstype, status, publisert, apentForPamelding);
    }
}
