package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/**
 * One implementation as a detail page or the API shows it, with names resolved and what the current user may do with
 * it now.
 */
public record GjennomforingDetails(
        UUID id,
        UUID avtaleId,
        @Nullable String avtaleNavn,
        String tiltakskode,
        @Nullable String tiltakstypeNavn,
        UUID arrangorId,
        @Nullable String arrangorNavn,
        @Nullable String arrangorOrganisasjonsnummer,
        String navn,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        int antallPlasser,
        Oppstartstype oppstartstype,
        boolean pameldingKreverGodkjenning,
        UUID prismodellId,
        @Nullable Prismodelltype prismodelltype,
        List<NavEnhetInfo> navEnheter,
        List<KontaktpersonInfo> arrangorKontaktpersoner,
        List<NavKontaktperson> navKontaktpersoner,
        @Nullable String oppmotested,
        @Nullable EstimertVentetid estimertVentetid,
        @Nullable String beskrivelse,
        boolean publisert,
        boolean apentForPamelding,
        GjennomforingStatus status,
        @Nullable LocalDate avbruttDato,
        @Nullable String avbruttAarsak,
        long version,
        Handlinger handlinger) {

    /** The actions the current user may take on this implementation in its current state. */
    public record Handlinger(
            boolean endre,
            boolean avbryt,
            boolean gjenapne,
            boolean publiser,
            boolean avpubliser,
            boolean apneForPamelding,
            boolean stengForPamelding) {

        public boolean noen() {
            return endre || avbryt || gjenapne || publiser || avpubliser || apneForPamelding || stengForPamelding;
        }
    }
}
