package no.samskap.demo;

import static no.samskap.demo.DemoArrangorer.*;
import static no.samskap.demo.DemoAvtaler.*;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import no.samskap.tiltak.AbortGjennomforing;
import no.samskap.tiltak.AvtaleForGjennomforing;
import no.samskap.tiltak.CreateGjennomforing;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingInnhold;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.GjennomforingValg;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo implementations under the active demo agreements: rolling intake and cohorts, most published to the
 * counsellors' catalog and open for enrolment (several in Oslo for the demo counsellor at Nav Grünerløkka), one
 * stopped early. Dates are relative to today and kept inside the agreement's period.
 */
@Component
class DemoGjennomforinger {

    /** What happens to an implementation after it is created. */
    enum Tilstand {
        /** Created only: not in the catalog yet. */
        UTKAST,
        PUBLISERT,
        /** Published and open for enrolment. */
        APEN,
        AVBRUTT
    }

    /**
     * One implementation. {@code startOmDager} counts from today (negative: started already); {@code varighet} in
     * months, null for no end date (only under a pre-approved agreement).
     */
    record Spesifikasjon(
            String avtale,
            String arrangor,
            String navn,
            int startOmDager,
            @Nullable Integer varighet,
            int antallPlasser,
            Oppstartstype oppstartstype,
            List<String> kontorer,
            String oppmotested,
            @Nullable EstimertVentetid ventetid,
            List<NavKontaktperson> navKontaktpersoner,
            String beskrivelse,
            Tilstand tilstand) {}

    private static final NavKontaktperson LINE_OSLO =
            new NavKontaktperson("L412987", "Line Rasmussen", "line.rasmussen@nav.example");
    private static final NavKontaktperson ARILD_OSLO =
            new NavKontaktperson("A208431", "Arild Kvam", "arild.kvam@nav.example");
    private static final NavKontaktperson SOLVEIG_BERGEN =
            new NavKontaktperson("S630114", "Solveig Brekke", "solveig.brekke@nav.example");
    private static final NavKontaktperson KNUT_ROGALAND =
            new NavKontaktperson("K509276", "Knut Sæland", "knut.saeland@nav.example");
    private static final NavKontaktperson ELIN_NORDLAND =
            new NavKontaktperson("E714350", "Elin Hansen", "elin.hansen@nav.example");
    private static final NavKontaktperson MAGNUS_TRONDELAG =
            new NavKontaktperson("M381065", "Magnus Aune", "magnus.aune@nav.example");
    private static final NavKontaktperson NORA_AGDER =
            new NavKontaktperson("N295508", "Nora Abrahamsen", "nora.abrahamsen@nav.example");

    private static EstimertVentetid uker(int uker) {
        return new EstimertVentetid(uker, EstimertVentetid.Enhet.UKER);
    }

    /**
     * A small implementation with few places, so the demo shows places running out and the waiting list
     * ({@link DemoDeltakelser} enrols in it).
     */
    static final String FRETEX_KAFE = "AFT Fretex kafé Grünerløkka";

    static final List<Spesifikasjon> GJENNOMFORINGER = List.of(
            new Spesifikasjon(
                    FRETEX_AFT_OSLO,
                    FRETEX_OSLO,
                    FRETEX_KAFE,
                    -200,
                    null,
                    2,
                    Oppstartstype.LOPENDE,
                    List.of("0315"),
                    "Markveien 35, 0554 Oslo",
                    uker(8),
                    List.of(LINE_OSLO),
                    "Arbeidstrening i Fretex sin kafé på Grünerløkka: servering, kasse og enkel matlaging, med tett "
                            + "oppfølging fra en jobbspesialist. Små grupper, derfor få plasser.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    FRETEX_AFT_OSLO,
                    FRETEX_OSLO,
                    "AFT Fretex Grünerløkka",
                    -700,
                    null,
                    40,
                    Oppstartstype.LOPENDE,
                    List.of("0314", "0315", "0316"),
                    "Trondheimsveien 2, 0560 Oslo",
                    uker(6),
                    List.of(LINE_OSLO),
                    "Arbeidstrening i butikk, kafé og lager på Grünerløkka. Deltakeren får en fast jobbspesialist, "
                            + "kartlegging de første ukene og en plan for utprøving hos ordinære arbeidsgivere i "
                            + "bydelen. Oppmøte fire dager i uken, tilpasset den enkelte.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    FRETEX_AFT_OSLO,
                    FRETEX_OSLO,
                    "AFT Fretex Alnabru",
                    -400,
                    null,
                    25,
                    Oppstartstype.LOPENDE,
                    List.of("0315", "0326", "0330"),
                    "Brobekkveien 80, 0582 Oslo",
                    uker(4),
                    List.of(ARILD_OSLO),
                    "Arbeidstrening i sorteringsanlegg og logistikk, med mulighet for truckførerbevis. Passer for "
                            + "deltakere som vil jobbe praktisk og fysisk. Jobbspesialisten følger opp ut i "
                            + "lager- og transportbedrifter.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    JOBBVEIEN_OPPFOLGING,
                    JOBBVEIEN_GRUNERLOKKA,
                    "Oppfølging Grünerløkka",
                    -360,
                    22,
                    30,
                    Oppstartstype.LOPENDE,
                    List.of("0314", "0315"),
                    "Thorvald Meyers gate 49, 0555 Oslo",
                    uker(3),
                    List.of(LINE_OSLO),
                    "Individuell oppfølging for personer som trenger hjelp til å få eller beholde en jobb. "
                            + "Jobbspesialisten bruker metodikk fra Supported Employment, kontakter arbeidsgivere "
                            + "sammen med deltakeren og følger opp etter ansettelse.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    JOBBVEIEN_OPPFOLGING,
                    JOBBVEIEN_GAMLE_OSLO,
                    "Oppfølging Gamle Oslo",
                    -300,
                    20,
                    25,
                    Oppstartstype.LOPENDE,
                    List.of("0315", "0316"),
                    "Tøyengata 28, 0578 Oslo",
                    uker(2),
                    List.of(ARILD_OSLO),
                    "Oppfølging med vekt på språk og arbeid for deltakere med kort botid i Norge. Samtaler kan "
                            + "foregå med tolk, og arrangøren samarbeider med voksenopplæringen om norskopplæring.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    JOBBVEIEN_OPPFOLGING,
                    JOBBVEIEN_SAGENE,
                    "Oppfølging ung Sagene",
                    -120,
                    18,
                    15,
                    Oppstartstype.LOPENDE,
                    List.of("0314", "0315"),
                    "Sandakerveien 24C, 0473 Oslo",
                    uker(8),
                    List.of(LINE_OSLO, ARILD_OSLO),
                    "Oppfølging for unge mellom 18 og 29 år som har falt ut av skole eller arbeid. Tett kontakt, "
                            + "også digitalt, og hjelp med arbeidspraksis, skole og hverdagsmestring. Tiltaket er "
                            + "fullt og stengt for påmelding inntil videre.",
                    Tilstand.PUBLISERT),
            new Spesifikasjon(
                    JOBBVEIEN_JOBBKLUBB,
                    JOBBVEIEN_GRUNERLOKKA,
                    "Jobbklubb Grünerløkka",
                    21,
                    2,
                    12,
                    Oppstartstype.FELLES,
                    List.of("0314", "0315"),
                    "Thorvald Meyers gate 49, 0555 Oslo",
                    null,
                    List.of(LINE_OSLO),
                    "Åtte uker i gruppe med felles oppstart. Deltakerne lager CV og søknader, øver på intervju og "
                            + "søker jobber hver dag, med besøk fra arbeidsgivere i bydelen. Arrangøren godkjenner "
                            + "påmeldingene og setter sammen gruppen.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    JOBBVEIEN_JOBBKLUBB,
                    JOBBVEIEN_SAGENE,
                    "Jobbklubb Sagene",
                    63,
                    2,
                    10,
                    Oppstartstype.FELLES,
                    List.of("0314", "0330"),
                    "Sandakerveien 24C, 0473 Oslo",
                    null,
                    List.of(ARILD_OSLO),
                    "Jobbklubb med felles oppstart for deltakere fra Sagene og Bjerke. Innholdet planlegges "
                            + "sammen med Nav-kontorene og publiseres når datoene er bekreftet.",
                    Tilstand.UTKAST),
            new Spesifikasjon(
                    AKTIV_AVKLARING,
                    AKTIV_ARBEID_BERGEN,
                    "Avklaring Bergen sentrum",
                    -450,
                    24,
                    20,
                    Oppstartstype.LOPENDE,
                    List.of("1208", "1202", "1203"),
                    "Kaigaten 4, 5015 Bergen",
                    uker(2),
                    List.of(SOLVEIG_BERGEN),
                    "Avklaring av arbeidsevne og muligheter over fire uker, med samtaler, tester, arbeidsutprøving "
                            + "og en sluttrapport med anbefalinger til deltakeren og Nav.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    AKTIV_AVKLARING,
                    AKTIV_ARBEID_STAVANGER,
                    "Avklaring Stavanger",
                    -400,
                    24,
                    18,
                    Oppstartstype.LOPENDE,
                    List.of("1161", "1162", "1164", "1165"),
                    "Lagårdsveien 78, 4010 Stavanger",
                    uker(3),
                    List.of(KNUT_ROGALAND),
                    "Avklaring for Nav-kontorene i Stavanger. Arrangøren har egne arbeidsutprøvingsplasser innen "
                            + "kontor, kantine og lager, og samarbeider med bedrifter i regionen.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    AKTIV_AVKLARING,
                    AKTIV_ARBEID_HAUGESUND,
                    "Avklaring Haugesund",
                    -200,
                    18,
                    8,
                    Oppstartstype.LOPENDE,
                    List.of("1106"),
                    "Smedasundet 97, 5528 Haugesund",
                    uker(5),
                    List.of(KNUT_ROGALAND),
                    "Avklaring med vekt på kartlegging av helse, ressurser og arbeidserfaring, og utprøving i "
                            + "maritim industri og service.",
                    Tilstand.PUBLISERT),
            new Spesifikasjon(
                    AKTIV_OPPFOLGING,
                    AKTIV_ARBEID_BERGEN,
                    "Oppfølging Bergen sentrum",
                    -200,
                    14,
                    35,
                    Oppstartstype.LOPENDE,
                    List.of("1208", "1203"),
                    "Kaigaten 4, 5015 Bergen",
                    uker(2),
                    List.of(SOLVEIG_BERGEN),
                    "Oppfølging med timepris: jobbspesialisten bistår med jobbsøking, kontakt med arbeidsgivere og "
                            + "tilrettelegging, og følger opp deltakeren i inntil seks måneder etter ansettelse.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    AKTIV_OPPFOLGING,
                    AKTIV_ARBEID_BERGEN,
                    "Oppfølging Bergen sør",
                    -150,
                    12,
                    15,
                    Oppstartstype.LOPENDE,
                    List.of("1202"),
                    "Nesttunbrekka 99, 5221 Nesttun",
                    null,
                    List.of(SOLVEIG_BERGEN),
                    "Oppfølging fra lokalene på Nesttun for deltakere fra Bergen sør.",
                    Tilstand.AVBRUTT),
            new Spesifikasjon(
                    NORDLYS_AMO,
                    NORDLYS_BODO,
                    "AMO helsefagarbeider Bodø",
                    35,
                    10,
                    12,
                    Oppstartstype.FELLES,
                    List.of("1804"),
                    "Sjøgata 21, 8006 Bodø",
                    null,
                    List.of(ELIN_NORDLAND),
                    "Kurs med felles oppstart som gir grunnlag for å ta fagbrev som helsefagarbeider. Teori to "
                            + "dager i uken og praksis på sykehjem og i hjemmetjenesten i Bodø kommune resten av uken.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    NORDLYS_AMO,
                    NORDLYS_NARVIK,
                    "AMO helsefagarbeider Narvik",
                    70,
                    10,
                    10,
                    Oppstartstype.FELLES,
                    List.of("1805"),
                    "Kongens gate 42, 8514 Narvik",
                    null,
                    List.of(ELIN_NORDLAND),
                    "Samme opplegg som i Bodø, med praksis ved Narvikgården og i hjemmetjenesten i Narvik kommune.",
                    Tilstand.PUBLISERT),
            new Spesifikasjon(
                    TRONDELAG_ARR,
                    TRONDELAG_TRONDHEIM,
                    "Arbeidsrettet rehabilitering Trondheim",
                    -300,
                    24,
                    24,
                    Oppstartstype.LOPENDE,
                    List.of("5701", "5702", "1663"),
                    "Innherredsveien 7, 7014 Trondheim",
                    uker(4),
                    List.of(MAGNUS_TRONDELAG),
                    "Tolv uker på dagtid med fysisk trening, mestringskurs og arbeidsrettet veiledning, for "
                            + "deltakere med sammensatte helseplager. Arrangøren samarbeider med fastlegene og "
                            + "Nav-veilederen om en plan for veien tilbake til arbeid.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    TRONDELAG_ARR,
                    TRONDELAG_STJORDAL,
                    "Arbeidsrettet rehabilitering Stjørdal",
                    -180,
                    24,
                    10,
                    Oppstartstype.LOPENDE,
                    List.of("1783"),
                    "Kjøpmannsgata 12, 7500 Stjørdal",
                    uker(3),
                    List.of(MAGNUS_TRONDELAG),
                    "Arbeidsrettet rehabilitering for Værnesregionen, med trening i eget treningssenter og "
                            + "gruppesamlinger om mestring av smerte og søvn.",
                    Tilstand.PUBLISERT),
            new Spesifikasjon(
                    TRONDELAG_ARR,
                    TRONDELAG_STEINKJER,
                    "Arbeidsrettet rehabilitering Steinkjer",
                    30,
                    18,
                    8,
                    Oppstartstype.LOPENDE,
                    List.of("1702"),
                    "Kongens gate 30, 7713 Steinkjer",
                    null,
                    List.of(MAGNUS_TRONDELAG),
                    "Nytt tilbud i Inn-Trøndelag fra neste måned. Publiseres i tiltakskatalogen når lokalene er "
                            + "klare.",
                    Tilstand.UTKAST),
            new Spesifikasjon(
                    TRONDELAG_DIGITAL,
                    TRONDELAG_TRONDHEIM,
                    "Digital jobbcoach Trøndelag",
                    -120,
                    18,
                    50,
                    Oppstartstype.LOPENDE,
                    List.of("5701", "5702", "1663", "1657"),
                    "Digitalt, med fysisk oppstartsmøte i Innherredsveien 7, 7014 Trondheim",
                    uker(1),
                    List.of(MAGNUS_TRONDELAG),
                    "Tett oppfølging fra en jobbcoach, hovedsakelig på video og chat. Deltakeren lager en plan for "
                            + "jobbsøkingen og får hjelp til å søke konkrete stillinger. Krever at deltakeren kan bruke "
                            + "mobil eller PC.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    FRETEX_VTA,
                    FRETEX_BERGEN,
                    "VTA Fretex Bergen",
                    -1200,
                    null,
                    30,
                    Oppstartstype.LOPENDE,
                    List.of("1202", "1208"),
                    "Møllendalsveien 6, 5009 Bergen",
                    null,
                    List.of(SOLVEIG_BERGEN),
                    "Varig tilrettelagt arbeid i redesign, sortering og butikk. Arbeidsoppgaver og arbeidstid "
                            + "tilpasses hver enkelt.",
                    Tilstand.PUBLISERT),
            new Spesifikasjon(
                    FRETEX_VTA,
                    FRETEX_TRONDHEIM,
                    "VTA Fretex Trondheim",
                    -900,
                    null,
                    22,
                    Oppstartstype.LOPENDE,
                    List.of("5701", "5702"),
                    "Tungasletta 10, 7047 Trondheim",
                    null,
                    List.of(MAGNUS_TRONDELAG),
                    "Varig tilrettelagt arbeid på lager og i sorteringsanlegget på Tunga.",
                    Tilstand.PUBLISERT),
            new Spesifikasjon(
                    AGDER_AFT,
                    AGDER_KRISTIANSAND,
                    "AFT Kristiansand",
                    -800,
                    null,
                    30,
                    Oppstartstype.LOPENDE,
                    List.of("1001"),
                    "Setesdalsveien 23, 4617 Kristiansand",
                    uker(5),
                    List.of(NORA_AGDER),
                    "Arbeidsforberedende trening i egne verksteder, kantine og vaskeri, og utplassering i bedrifter "
                            + "i Kristiansand. Jobbspesialistene har tett kontakt med arbeidsgivere i regionen.",
                    Tilstand.APEN),
            new Spesifikasjon(
                    AGDER_AFT,
                    AGDER_ARENDAL,
                    "AFT Arendal",
                    -500,
                    null,
                    15,
                    Oppstartstype.LOPENDE,
                    List.of("0906", "0904"),
                    "Vesterveien 4, 4836 Arendal",
                    uker(3),
                    List.of(NORA_AGDER),
                    "Arbeidsforberedende trening for Arendal og Grimstad, med praksis innen handel, bygg og "
                            + "kommunale tjenester.",
                    Tilstand.APEN));

    private final GjennomforingService service;

    DemoGjennomforinger(GjennomforingService service) {
        this.service = service;
    }

    void last(Lasting lasting) {
        for (Spesifikasjon s : GJENNOMFORINGER) {
            UUID avtaleId = lasting.avtale(s.avtale());
            GjennomforingValg valg = service.optionsForAvtale(avtaleId);
            AvtaleForGjennomforing avtale = valg.avtale();
            LocalDate start = lasting.idag.plusDays(s.startOmDager());
            if (start.isBefore(avtale.startdato())) {
                start = avtale.startdato();
            }
            LocalDate slutt = s.varighet() == null ? null : start.plusMonths(s.varighet()).minusDays(1);
            if (slutt != null && avtale.sluttdato() != null && slutt.isAfter(avtale.sluttdato())) {
                slutt = avtale.sluttdato();
            }
            UUID arrangorId = lasting.arrangor(s.arrangor()).id();
            var innhold = new GjennomforingInnhold(
                    s.navn(),
                    start,
                    slutt,
                    s.antallPlasser(),
                    s.oppstartstype(),
                    avtale.prismodeller().keySet().iterator().next(),
                    kontorer(s, avtale),
                    lasting.kontaktpersoner(s.arrangor()),
                    s.navKontaktpersoner(),
                    s.oppmotested(),
                    s.ventetid(),
                    s.beskrivelse());
            UUID id = service.create(new CreateGjennomforing(avtaleId, arrangorId, innhold));
            lasting.gjennomforing(s.navn(), id);
            lasting.antallGjennomforinger++;
            long version = 0;
            switch (s.tilstand()) {
                case UTKAST -> {}
                case PUBLISERT -> service.publish(id, version);
                case APEN -> {
                    service.publish(id, version++);
                    service.openForEnrolment(id, version);
                }
                case AVBRUTT -> service.abort(new AbortGjennomforing(
                        id,
                        version,
                        lasting.idag,
                        "Arrangøren har flyttet ut av lokalene på Nesttun. Deltakerne fortsetter i Oppfølging Bergen "
                                + "sentrum."));
            }
        }
    }

    /** The wanted offices the agreement serves; its first office if it serves none of them. */
    private static LinkedHashSet<String> kontorer(Spesifikasjon s, AvtaleForGjennomforing avtale) {
        var valgt = new LinkedHashSet<String>();
        s.kontorer().stream().filter(avtale.navEnheter()::contains).forEach(valgt::add);
        if (valgt.isEmpty()) {
            avtale.navEnheter().stream().sorted().limit(1).forEach(valgt::add);
        }
        return valgt;
    }
}
