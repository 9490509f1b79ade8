package no.samskap.demo;

import static no.samskap.arrangor.KontaktpersonInfo.Ansvar.AVTALE;
import static no.samskap.arrangor.KontaktpersonInfo.Ansvar.GJENNOMFORING;
import static no.samskap.arrangor.KontaktpersonInfo.Ansvar.OKONOMI;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.arrangor.ArrangorService;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.arrangor.LeggTilKontaktperson;
import no.samskap.arrangor.RegistrerArrangor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo providers: FRETEX (the demo user {@code arrangor} acts for its hovedenhet and the Oslo underenhet) and five
 * fictional providers, each with underenheter in different towns and contact persons. E-mail addresses use the
 * reserved {@code .example} domain so that no real mailbox is named.
 */
@Component
class DemoArrangorer {

    static final String FRETEX = "983982433";
    static final String FRETEX_OSLO = "992943084";
    static final String FRETEX_BERGEN = "912345602";
    static final String FRETEX_TRONDHEIM = "912345742";
    static final String JOBBVEIEN = "912345815";
    static final String JOBBVEIEN_GRUNERLOKKA = "912345882";
    static final String JOBBVEIEN_GAMLE_OSLO = "912345955";
    static final String JOBBVEIEN_SAGENE = "912346021";
    static final String AKTIV_ARBEID_VEST = "912346099";
    static final String AKTIV_ARBEID_BERGEN = "912346161";
    static final String AKTIV_ARBEID_STAVANGER = "912346234";
    static final String AKTIV_ARBEID_HAUGESUND = "912346307";
    static final String NORDLYS = "912346374";
    static final String NORDLYS_BODO = "912346447";
    static final String NORDLYS_NARVIK = "912346587";
    static final String TRONDELAG = "912346722";
    static final String TRONDELAG_TRONDHEIM = "912346862";
    static final String TRONDELAG_STJORDAL = "912346935";
    static final String TRONDELAG_STEINKJER = "912347001";
    static final String AGDER = "912347079";
    static final String AGDER_KRISTIANSAND = "912347141";
    static final String AGDER_ARENDAL = "912347214";

    record Kontakt(String navn, String epost, String telefon, Set<Ansvar> ansvar) {}

    record Enhet(String organisasjonsnummer, String navn, List<Kontakt> kontakter) {}

    record Organisasjon(Enhet hovedenhet, List<Enhet> underenheter) {}

    static final List<Organisasjon> ORGANISASJONER = List.of(
            new Organisasjon(
                    new Enhet(
                            FRETEX,
                            "FRETEX AS",
                            List.of(
                                    new Kontakt(
                                            "Ingrid Haugland",
                                            "ingrid.haugland@fretex.example",
                                            "22 95 40 10",
                                            Set.of(AVTALE, OKONOMI)),
                                    new Kontakt(
                                            "Morten Aasheim",
                                            "morten.aasheim@fretex.example",
                                            "22 95 40 22",
                                            Set.of(OKONOMI)))),
                    List.of(
                            new Enhet(
                                    FRETEX_OSLO,
                                    "FRETEX AS AVD OSLO",
                                    List.of(new Kontakt(
                                            "Siri Lunde Bakken",
                                            "siri.bakken@fretex.example",
                                            "976 54 310",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    FRETEX_BERGEN,
                                    "FRETEX AS AVD BERGEN",
                                    List.of(new Kontakt(
                                            "Håkon Vik",
                                            "hakon.vik@fretex.example",
                                            "55 30 12 40",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    FRETEX_TRONDHEIM,
                                    "FRETEX AS AVD TRONDHEIM",
                                    List.of(new Kontakt(
                                            "Marte Sørli",
                                            "marte.sorli@fretex.example",
                                            "73 80 44 15",
                                            Set.of(GJENNOMFORING)))))),
            new Organisasjon(
                    new Enhet(
                            JOBBVEIEN,
                            "Jobbveien AS",
                            List.of(new Kontakt(
                                    "Camilla Strand",
                                    "camilla.strand@jobbveien.example",
                                    "23 40 18 00",
                                    Set.of(AVTALE, OKONOMI)))),
                    List.of(
                            new Enhet(
                                    JOBBVEIEN_GRUNERLOKKA,
                                    "Jobbveien AS avd. Grünerløkka",
                                    List.of(new Kontakt(
                                            "Ahmed Yusuf",
                                            "ahmed.yusuf@jobbveien.example",
                                            "945 12 678",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    JOBBVEIEN_GAMLE_OSLO,
                                    "Jobbveien AS avd. Gamle Oslo",
                                    List.of(new Kontakt(
                                            "Lene Mikkelsen",
                                            "lene.mikkelsen@jobbveien.example",
                                            "932 45 110",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    JOBBVEIEN_SAGENE,
                                    "Jobbveien AS avd. Sagene",
                                    List.of(new Kontakt(
                                            "Thomas Berg",
                                            "thomas.berg@jobbveien.example",
                                            "918 77 204",
                                            Set.of(GJENNOMFORING, OKONOMI)))))),
            new Organisasjon(
                    new Enhet(
                            AKTIV_ARBEID_VEST,
                            "Aktiv Arbeid Vest AS",
                            List.of(new Kontakt(
                                    "Kjersti Helland",
                                    "kjersti.helland@aktivarbeid.example",
                                    "55 21 90 00",
                                    Set.of(AVTALE, OKONOMI)))),
                    List.of(
                            new Enhet(
                                    AKTIV_ARBEID_BERGEN,
                                    "Aktiv Arbeid Vest AS avd. Bergen",
                                    List.of(new Kontakt(
                                            "Eirik Solheim",
                                            "eirik.solheim@aktivarbeid.example",
                                            "481 22 930",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    AKTIV_ARBEID_STAVANGER,
                                    "Aktiv Arbeid Vest AS avd. Stavanger",
                                    List.of(new Kontakt(
                                            "Marianne Tjelta",
                                            "marianne.tjelta@aktivarbeid.example",
                                            "51 84 20 30",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    AKTIV_ARBEID_HAUGESUND,
                                    "Aktiv Arbeid Vest AS avd. Haugesund",
                                    List.of(new Kontakt(
                                            "Ole Kristian Nesse",
                                            "ole.nesse@aktivarbeid.example",
                                            "907 31 455",
                                            Set.of(GJENNOMFORING)))))),
            new Organisasjon(
                    new Enhet(
                            NORDLYS,
                            "Nordlys Kompetanse AS",
                            List.of(new Kontakt(
                                    "Hanne Johansen",
                                    "hanne.johansen@nordlyskompetanse.example",
                                    "75 50 30 00",
                                    Set.of(AVTALE, GJENNOMFORING, OKONOMI)))),
                    List.of(
                            new Enhet(
                                    NORDLYS_BODO,
                                    "Nordlys Kompetanse AS avd. Bodø",
                                    List.of(new Kontakt(
                                            "Jon Are Pedersen",
                                            "jon.pedersen@nordlyskompetanse.example",
                                            "926 40 118",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    NORDLYS_NARVIK,
                                    "Nordlys Kompetanse AS avd. Narvik",
                                    List.of(new Kontakt(
                                            "Sunniva Eliassen",
                                            "sunniva.eliassen@nordlyskompetanse.example",
                                            "994 03 276",
                                            Set.of(GJENNOMFORING)))))),
            new Organisasjon(
                    new Enhet(
                            TRONDELAG,
                            "Trøndelag Arbeidsinkludering AS",
                            List.of(new Kontakt(
                                    "Per Ivar Moen",
                                    "per.moen@arbeidsinkludering.example",
                                    "73 10 55 00",
                                    Set.of(AVTALE, OKONOMI)))),
                    List.of(
                            new Enhet(
                                    TRONDELAG_TRONDHEIM,
                                    "Trøndelag Arbeidsinkludering AS avd. Trondheim",
                                    List.of(new Kontakt(
                                            "Guro Lien",
                                            "guro.lien@arbeidsinkludering.example",
                                            "413 66 902",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    TRONDELAG_STJORDAL,
                                    "Trøndelag Arbeidsinkludering AS avd. Stjørdal",
                                    List.of(new Kontakt(
                                            "Stian Hegre",
                                            "stian.hegre@arbeidsinkludering.example",
                                            "959 21 347",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    TRONDELAG_STEINKJER,
                                    "Trøndelag Arbeidsinkludering AS avd. Steinkjer",
                                    List.of(new Kontakt(
                                            "Randi Holmli",
                                            "randi.holmli@arbeidsinkludering.example",
                                            "74 16 90 20",
                                            Set.of(GJENNOMFORING)))))),
            new Organisasjon(
                    new Enhet(
                            AGDER,
                            "Agder Attføring AS",
                            List.of(new Kontakt(
                                    "Tone Omdal",
                                    "tone.omdal@agderattforing.example",
                                    "38 10 72 00",
                                    Set.of(AVTALE, OKONOMI)))),
                    List.of(
                            new Enhet(
                                    AGDER_KRISTIANSAND,
                                    "Agder Attføring AS avd. Kristiansand",
                                    List.of(new Kontakt(
                                            "Fredrik Syvertsen",
                                            "fredrik.syvertsen@agderattforing.example",
                                            "468 90 215",
                                            Set.of(GJENNOMFORING)))),
                            new Enhet(
                                    AGDER_ARENDAL,
                                    "Agder Attføring AS avd. Arendal",
                                    List.of(new Kontakt(
                                            "Linn Tveit",
                                            "linn.tveit@agderattforing.example",
                                            "37 05 81 40",
                                            Set.of(GJENNOMFORING)))))));

    private final ArrangorService service;
    private final ArrangorKatalog katalog;

    DemoArrangorer(ArrangorService service, ArrangorKatalog katalog) {
        this.service = service;
        this.katalog = katalog;
    }

    /**
     * Registers every provider that is not registered yet (an admin may have registered one by hand before the demo
     * data was loaded; then that one is used as it is) and adds the contact persons.
     */
    void last(Lasting lasting) {
        for (Organisasjon organisasjon : ORGANISASJONER) {
            ArrangorInfo hovedenhet = finnEllerRegistrer(organisasjon.hovedenhet(), null, lasting);
            for (Enhet underenhet : organisasjon.underenheter()) {
                finnEllerRegistrer(underenhet, hovedenhet, lasting);
            }
        }
    }

    private ArrangorInfo finnEllerRegistrer(Enhet enhet, @Nullable ArrangorInfo hovedenhet, Lasting lasting) {
        ArrangorInfo arrangor = finn(enhet.organisasjonsnummer()).orElse(null);
        if (arrangor == null) {
            UUID id = service.registrer(new RegistrerArrangor(
                    enhet.organisasjonsnummer(), enhet.navn(), hovedenhet == null ? null : hovedenhet.id(), null));
            arrangor = new ArrangorInfo(
                    id, enhet.organisasjonsnummer(), enhet.navn(), hovedenhet == null ? null : hovedenhet.id());
            lasting.antallArrangorer++;
        }
        lasting.arrangor(arrangor);
        for (Kontakt kontakt : enhet.kontakter()) {
            UUID id = service.leggTilKontaktperson(new LeggTilKontaktperson(
                    arrangor.id(), kontakt.navn(), kontakt.epost(), kontakt.telefon(), kontakt.ansvar()));
            lasting.kontaktperson(enhet.organisasjonsnummer(), id);
            lasting.antallKontaktpersoner++;
        }
        return arrangor;
    }

    private Optional<ArrangorInfo> finn(String organisasjonsnummer) {
        return katalog.hent(katalog.idsForOrganisasjonsnumre(List.of(organisasjonsnummer))).stream()
                .filter(a -> a.organisasjonsnummer().equals(organisasjonsnummer))
                .findFirst();
    }
}
