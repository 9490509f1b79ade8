package no.samskap.katalog.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.katalog.Deltakerresultater;
import no.samskap.katalog.KatalogDetaljer;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * One implementation in the catalog API: what a counsellor needs to present it to a person, with its free places and
 * waiting list right now and what became of the participants who ended it.
 */
record KatalogDetaljResponse(
        UUID id,
        String navn,
        String tiltakskode,
        @Nullable String tiltakstypeNavn,
        @Nullable String tiltakstypeBeskrivelse,
        @Nullable String beskrivelse,
        List<Innsatsgruppe> innsatsgrupper,
        @Nullable String oppmotested,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        Oppstartstype oppstartstype,
        boolean apentForPamelding,
        int antallPlasser,
        int ledigePlasser,
        int venteliste,
        Deltakerresultater resultater,
        @Nullable EstimertVentetid estimertVentetid,
        UUID arrangorId,
        @Nullable String arrangorNavn,
        List<KontaktpersonInfo> arrangorKontaktpersoner,
        List<NavKontaktperson> navKontaktpersoner,
        List<NavEnhetInfo> navEnheter,
        GjennomforingStatus status) {

    static KatalogDetaljResponse of(KatalogDetaljer d) {
        var g = d.gjennomforing();
        return new KatalogDetaljResponse(g.id(), g.navn(), g.tiltakskode(), g.tiltakstypeNavn(),
                d.tiltakstypeBeskrivelse(), g.beskrivelse(), d.innsatsgrupper(), g.oppmotested(), g.startdato(),
                g.sluttdato(), g.oppstartstype(), g.apentForPamelding(), g.antallPlasser(), d.plasser().ledige(),
                d.plasser().venteliste(), d.resultater(), g.estimertVentetid(),
                g.arrangorId(), g.arrangorNavn(), g.arrangorKontaktpersoner(), g.navKontaktpersoner(), g.navEnheter(),
                g.status());
    }
}
