package no.samskap.tiltak.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.shared.Prismodelltype;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/** One implementation in the JSON API; send {@code version} back when changing it. */
record GjennomforingResponse(
        UUID id,
        UUID avtaleId,
        @Nullable String avtaleNavn,
        String tiltakskode,
        @Nullable String tiltakstypeNavn,
        Arrangor arrangor,
        String navn,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        int antallPlasser,
        Oppstartstype oppstartstype,
        boolean pameldingKreverGodkjenning,
        Prismodell prismodell,
        List<NavEnhet> navEnheter,
        List<Kontaktperson> arrangorKontaktpersoner,
        List<NavKontaktperson> navKontaktpersoner,
        @Nullable String oppmotested,
        @Nullable EstimertVentetid estimertVentetid,
        @Nullable String beskrivelse,
        boolean publisert,
        boolean apentForPamelding,
        GjennomforingStatus status,
        @Nullable LocalDate avbruttDato,
        @Nullable String avbruttAarsak,
        long version) {

    record Arrangor(UUID id, @Nullable String navn, @Nullable String organisasjonsnummer) {}

    record Prismodell(UUID id, @Nullable Prismodelltype type) {}

    record NavEnhet(String enhetsnummer, String navn) {}

    record Kontaktperson(UUID id, String navn, String epost, @Nullable String telefon) {}

    static GjennomforingResponse of(GjennomforingDetails d) {
        return new GjennomforingResponse(
                d.id(),
                d.avtaleId(),
                d.avtaleNavn(),
                d.tiltakskode(),
                d.tiltakstypeNavn(),
                new Arrangor(d.arrangorId(), d.arrangorNavn(), d.arrangorOrganisasjonsnummer()),
                d.navn(),
                d.startdato(),
                d.sluttdato(),
                d.antallPlasser(),
                d.oppstartstype(),
                d.pameldingKreverGodkjenning(),
                new Prismodell(d.prismodellId(), d.prismodelltype()),
                d.navEnheter().stream().map(e -> new NavEnhet(e.enhetsnummer(), e.navn())).toList(),
                d.arrangorKontaktpersoner().stream()
                        .map(k -> new Kontaktperson(k.id(), k.navn(), k.epost(), k.telefon()))
                        .toList(),
                d.navKontaktpersoner(),
                d.oppmotested(),
                d.estimertVentetid(),
                d.beskrivelse(),
                d.publisert(),
                d.apentForPamelding(),
                d.status(),
                d.avbruttDato(),
                d.avbruttAarsak(),
                d.version());
    }
}
