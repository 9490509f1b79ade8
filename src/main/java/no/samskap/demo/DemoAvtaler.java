package no.samskap.demo;

import static no.samskap.demo.DemoArrangorer.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.avtale.AvtaleService;
import no.samskap.avtale.Avbrytelsesaarsak;
import no.samskap.avtale.AvtaleUtkast;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.avtale.PrismodellUtkast.SatsUtkast;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetKatalog;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo agreements: spread over six NAV regions and most measure types, framework agreements with an option model,
 * pre-approved AFT and VTA without an end date, one agreement that has ended and one that was aborted. Dates are
 * relative to today, so the demo always looks current.
 */
@Component
class DemoAvtaler {

    /** What happens to an agreement after it is created. */
    enum Forlop {
        AKTIV,
        /** Its end date is in the past: the status is AVSLUTTET. */
        AVSLUTTET,
        AVBRUTT
    }

    /** A price model: type, description and rates, the first valid from the agreement's start. */
    record Pris(Prismodelltype type, @Nullable String beskrivelse, List<Integer> satser) {}

    /**
     * One agreement. Dates count in months from the first day of the current month; {@code varighet} and
     * {@code opsjonMaks} count from the start. {@code kontorer} are the offices wanted in the regions (those that
     * exist); {@code opsjon}, when set, is an option registered after creation (months after the start).
     */
    record Spesifikasjon(
            String nokkel,
            String navn,
            String tiltakskode,
            Avtaletype avtaletype,
            @Nullable String sakarkivnummer,
            String hovedenhet,
            List<String> underenheter,
            List<String> regioner,
            List<String> kontorer,
            int startForMaaneder,
            @Nullable Integer varighet,
            @Nullable Integer opsjonMaks,
            @Nullable Integer opsjon,
            List<String> administratorer,
            String beskrivelse,
            List<Pris> priser,
            Forlop forlop) {}

    static final String FRETEX_AFT_OSLO = "fretex-aft-oslo";
    static final String FRETEX_VTA = "fretex-vta";
    static final String JOBBVEIEN_OPPFOLGING = "jobbveien-oppfolging";
    static final String JOBBVEIEN_JOBBKLUBB = "jobbveien-jobbklubb";
    static final String AKTIV_AVKLARING = "aktiv-avklaring";
    static final String AKTIV_OPPFOLGING = "aktiv-oppfolging";
    static final String NORDLYS_AMO = "nordlys-amo";
    static final String NORDLYS_JOBBKLUBB = "nordlys-jobbklubb";
    static final String TRONDELAG_ARR = "trondelag-arr";
    static final String TRONDELAG_DIGITAL = "trondelag-digital";
    static final String AGDER_AFT = "agder-aft";
    static final String AGDER_OPPFOLGING = "agder-oppfolging";

    static final List<Spesifikasjon> AVTALER = List.of(
            new Spesifikasjon(
                    FRETEX_AFT_OSLO,
                    "Arbeidsforberedende trening – Fretex Oslo",
                    "ARBEIDSFORBEREDENDE_TRENING",
                    Avtaletype.FORHANDSGODKJENT,
                    null,
                    FRETEX,
                    List.of(FRETEX_OSLO),
                    List.of("0300"),
                    List.of("0312", "0313", "0314", "0315", "0316", "0326", "0330"),
                    30,
                    null,
                    null,
                    null,
                    List.of("S214398"),
                    "Forhåndsgodkjent AFT-virksomhet i Oslo. Arbeidstrening i Fretex sine butikker, sorteringsanlegg og "
                            + "logistikk, med jobbspesialister som følger deltakerne ut i ordinære virksomheter.",
                    List.of(),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    FRETEX_VTA,
                    "Varig tilrettelagt arbeid – Fretex Bergen og Trondheim",
                    "VARIG_TILRETTELAGT_ARBEID_SKJERMET",
                    Avtaletype.FORHANDSGODKJENT,
                    null,
                    FRETEX,
                    List.of(FRETEX_BERGEN, FRETEX_TRONDHEIM),
                    List.of("1200", "5700"),
                    List.of("1202", "1203", "1206", "1208", "5701", "5702"),
                    48,
                    null,
                    null,
                    null,
                    List.of("S214398", "K718203"),
                    "Forhåndsgodkjente VTA-plasser i skjermet virksomhet i Bergen og Trondheim, innen gjenbruk, "
                            + "redesign og lager.",
                    List.of(),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    JOBBVEIEN_OPPFOLGING,
                    "Oppfølging Oslo indre by – Jobbveien",
                    "OPPFOLGING",
                    Avtaletype.RAMMEAVTALE,
                    "24/12345",
                    JOBBVEIEN,
                    List.of(JOBBVEIEN_GRUNERLOKKA, JOBBVEIEN_GAMLE_OSLO, JOBBVEIEN_SAGENE),
                    List.of("0300"),
                    List.of("0313", "0314", "0315", "0316"),
                    14,
                    24,
                    48,
                    null,
                    List.of("S214398"),
                    "Rammeavtale om oppfølging for Nav-kontorene i indre by, 2 + 1 + 1 år. Arrangøren skal ha en fast "
                            + "jobbspesialist per deltaker og samarbeide tett med arbeidsgivere i bydelene.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_MANEDSVERK, null, List.of(23_400, 24_150))),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    JOBBVEIEN_JOBBKLUBB,
                    "Jobbklubb Oslo – Jobbveien",
                    "JOBBKLUBB",
                    Avtaletype.AVTALE,
                    "25/3041",
                    JOBBVEIEN,
                    List.of(JOBBVEIEN_GRUNERLOKKA, JOBBVEIEN_SAGENE),
                    List.of("0300"),
                    List.of("0314", "0315", "0330", "0331"),
                    6,
                    18,
                    null,
                    null,
                    List.of("K718203"),
                    "Jobbklubber med oppstart omtrent hver sjette uke, for personer som er klare for arbeid og trenger "
                            + "hjelp med CV, søknader og intervjutrening.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_UKESVERK, null, List.of(6_250))),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    AKTIV_AVKLARING,
                    "Avklaring Vestland og Rogaland – Aktiv Arbeid Vest",
                    "AVKLARING",
                    Avtaletype.RAMMEAVTALE,
                    "23/20871",
                    AKTIV_ARBEID_VEST,
                    List.of(AKTIV_ARBEID_BERGEN, AKTIV_ARBEID_STAVANGER, AKTIV_ARBEID_HAUGESUND),
                    List.of("1200", "1100"),
                    List.of("1202", "1203", "1206", "1208", "1106", "1161", "1162", "1164", "1165"),
                    20,
                    24,
                    48,
                    36,
                    List.of("B402719"),
                    "Rammeavtale om avklaring for Bergen, Stavanger og Haugesund. Første opsjonsår er utløst.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_UKESVERK, null, List.of(7_640, 7_980))),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    AKTIV_OPPFOLGING,
                    "Oppfølging Bergen – Aktiv Arbeid Vest",
                    "OPPFOLGING",
                    Avtaletype.AVTALE,
                    "25/1187",
                    AKTIV_ARBEID_VEST,
                    List.of(AKTIV_ARBEID_BERGEN),
                    List.of("1200"),
                    List.of("1202", "1203", "1206", "1208"),
                    8,
                    24,
                    36,
                    null,
                    List.of("B402719"),
                    "Individuell oppfølging med timepris for Nav-kontorene i Bergen.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_TIME_OPPFOLGING, null, List.of(1_175))),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    NORDLYS_AMO,
                    "Arbeidsmarkedsopplæring helse og omsorg – Nordlys Kompetanse",
                    "GRUPPE_ARBEIDSMARKEDSOPPLAERING",
                    Avtaletype.AVTALE,
                    "25/4410",
                    NORDLYS,
                    List.of(NORDLYS_BODO, NORDLYS_NARVIK),
                    List.of("1800"),
                    List.of("1804", "1805"),
                    4,
                    20,
                    null,
                    null,
                    List.of("N553120"),
                    "Kurs som kvalifiserer for arbeid i helse- og omsorgssektoren, med praksis på sykehjem og i "
                            + "hjemmetjenesten i Bodø og Narvik.",
                    List.of(new Pris(
                            Prismodelltype.ANNEN_AVTALT_PRIS,
                            "Fast pris per kurs med inntil 12 deltakere, 486 000 kroner, fakturert i tre terminer.",
                            List.of())),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    NORDLYS_JOBBKLUBB,
                    "Jobbklubb Salten – Nordlys Kompetanse",
                    "JOBBKLUBB",
                    Avtaletype.AVTALE,
                    "25/6021",
                    NORDLYS,
                    List.of(NORDLYS_BODO),
                    List.of("1800"),
                    List.of("1804", "1837", "1841"),
                    3,
                    12,
                    null,
                    null,
                    List.of("N553120"),
                    "Jobbklubb for Salten-regionen.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_UKESVERK, null, List.of(5_900))),
                    Forlop.AVBRUTT),
            new Spesifikasjon(
                    TRONDELAG_ARR,
                    "Arbeidsrettet rehabilitering Trøndelag",
                    "ARBEIDSRETTET_REHABILITERING",
                    Avtaletype.RAMMEAVTALE,
                    "24/9876",
                    TRONDELAG,
                    List.of(TRONDELAG_TRONDHEIM, TRONDELAG_STJORDAL, TRONDELAG_STEINKJER),
                    List.of("5700"),
                    List.of("5701", "5702", "1663", "1783", "1702"),
                    12,
                    36,
                    48,
                    null,
                    List.of("T650418"),
                    "Rammeavtale om arbeidsrettet rehabilitering på dagtid i Trondheim, Stjørdal og Steinkjer, med "
                            + "fysisk trening, mestringskurs og arbeidsrettet veiledning.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_UKESVERK, null, List.of(9_120))),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    TRONDELAG_DIGITAL,
                    "Digitalt oppfølgingstiltak Trøndelag",
                    "DIGITALT_OPPFOLGINGSTILTAK",
                    Avtaletype.AVTALE,
                    "25/2290",
                    TRONDELAG,
                    List.of(TRONDELAG_TRONDHEIM),
                    List.of("5700"),
                    List.of("5701", "5702", "1663", "1657"),
                    5,
                    24,
                    null,
                    null,
                    List.of("T650418"),
                    "Digital oppfølging med jobbcoach for arbeidsledige i Trondheimsregionen.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_MANEDSVERK, null, List.of(14_600))),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    AGDER_AFT,
                    "Arbeidsforberedende trening – Agder Attføring",
                    "ARBEIDSFORBEREDENDE_TRENING",
                    Avtaletype.FORHANDSGODKJENT,
                    null,
                    AGDER,
                    List.of(AGDER_KRISTIANSAND, AGDER_ARENDAL),
                    List.of("1000"),
                    List.of("1001", "0906", "0904", "0926"),
                    60,
                    null,
                    null,
                    null,
                    List.of("A330912"),
                    "Forhåndsgodkjent AFT i Kristiansand og Arendal med arbeidstrening i egne verksteder, kantine og "
                            + "hos samarbeidende bedrifter.",
                    List.of(),
                    Forlop.AKTIV),
            new Spesifikasjon(
                    AGDER_OPPFOLGING,
                    "Oppfølging Kristiansand – Agder Attføring",
                    "OPPFOLGING",
                    Avtaletype.AVTALE,
                    "22/15530",
                    AGDER,
                    List.of(AGDER_KRISTIANSAND),
                    List.of("1000"),
                    List.of("1001", "1002"),
                    38,
                    36,
                    null,
                    null,
                    List.of("A330912"),
                    "Avtalen løp ut uten opsjon; oppfølging i Kristiansand er lyst ut på nytt.",
                    List.of(new Pris(Prismodelltype.AVTALT_PRIS_PER_MANEDSVERK, null, List.of(21_900))),
                    Forlop.AVSLUTTET));

    private final AvtaleService service;
    private final NavEnhetKatalog navEnheter;

    DemoAvtaler(AvtaleService service, NavEnhetKatalog navEnheter) {
        this.service = service;
        this.navEnheter = navEnheter;
    }

    void last(Lasting lasting) {
        for (Spesifikasjon s : AVTALER) {
            UUID id = service.create(utkast(s, lasting));
            lasting.avtale(s.nokkel(), id);
            lasting.antallAvtaler++;
            long version = 0;
            if (s.opsjon() != null) {
                service.registerOpsjon(id, version++, start(s, lasting).plusMonths(s.opsjon()).minusDays(1));
            }
            if (s.forlop() == Forlop.AVBRUTT) {
                service.abort(
                        id,
                        version,
                        Set.of(Avbrytelsesaarsak.BUDSJETT_HANDLINGSROM),
                        "Budsjettrammen for tiltak i Salten ble redusert, og behovet dekkes av jobbklubben i Bodø "
                                + "under en annen avtale.");
            }
        }
    }

    private AvtaleUtkast utkast(Spesifikasjon s, Lasting lasting) {
        LocalDate start = start(s, lasting);
        return new AvtaleUtkast(
                s.navn(),
                s.tiltakskode(),
                s.avtaletype(),
                s.sakarkivnummer(),
                lasting.arrangor(s.hovedenhet()).id(),
                s.underenheter().stream()
                        .map(orgnr -> lasting.arrangor(orgnr).id())
                        .collect(Collectors.toSet()),
                Set.copyOf(lasting.kontaktpersoner(s.hovedenhet())),
                start,
                s.varighet() == null ? null : start.plusMonths(s.varighet()).minusDays(1),
                s.opsjonMaks() == null ? null : start.plusMonths(s.opsjonMaks()).minusDays(1),
                Set.copyOf(s.regioner()),
                kontorer(s),
                Set.copyOf(s.administratorer()),
                s.beskrivelse(),
                s.priser().stream().map(p -> prismodell(p, start)).toList());
    }

    /** The wanted offices that exist in the regions; the regions' first offices if none of them exists. */
    private Set<String> kontorer(Spesifikasjon s) {
        var valgt = new LinkedHashSet<String>();
        for (String region : s.regioner()) {
            var iRegionen = navEnheter.kontorer(region).stream()
                    .collect(Collectors.toMap(NavEnhetInfo::enhetsnummer, Function.identity()));
            s.kontorer().stream().filter(iRegionen::containsKey).forEach(valgt::add);
            if (valgt.stream().noneMatch(iRegionen::containsKey)) {
                iRegionen.keySet().stream().sorted().limit(3).forEach(valgt::add);
            }
        }
        return valgt;
    }

    private static PrismodellUtkast prismodell(Pris pris, LocalDate start) {
        var satser = new ArrayList<SatsUtkast>();
        for (int i = 0; i < pris.satser().size(); i++) {
            satser.add(new SatsUtkast(start.plusYears(i), BigDecimal.valueOf(pris.satser().get(i))));
        }
        return new PrismodellUtkast(pris.type(), pris.beskrivelse(), satser);
    }

    static LocalDate start(Spesifikasjon s, Lasting lasting) {
        return lasting.idag.withDayOfMonth(1).minusMonths(s.startForMaaneder());
    }
}
