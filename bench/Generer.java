import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The benchmark's data generator: national-scale providers, agreements and implementations as CSV files for
 * {@code psql \copy} (see bench/last-inn.sql). Single-file program without dependencies:
 *
 * <pre>java bench/Generer.java --seed 42 --dir target/bench/data [--idag 2026-11-22]</pre>
 *
 * Reads from {@code --dir} the reference data exported from the migrated database by bench/run (kontorer.csv: local
 * NAV offices with their region; kommuner.csv: municipality and the office serving it; avtaletyper.csv and
 * tiltakstyper.csv: the measure types' agreement types and system price model) and writes one CSV per table. The same
 * seed, reference data and day give the same files. Dates are relative to {@code --idag} (default today in Oslo), so
 * the data always looks current.
 *
 * <p>Sizes (issue 3, point 5): 5,000 providers (hovedenheter and their underenheter, valid MOD11 organisation
 * numbers), 2,000 agreements, 30,000 implementations of which exactly a fifth are published, nine in ten of those in
 * agreements that are active today; the rest are drafts, ended, aborted or cancelled implementations and published
 * ones the catalog must hide (agreement ended, aborted or not yet started).
 */
public class Generer {

    static final int ARRANGORER = 5_000;
    static final int AVTALER = 2_000;
    static final int GJENNOMFORINGER = 30_000;
    static final int PUBLISERTE = GJENNOMFORINGER / 5;
    static final int PUBLISERTE_I_AKTIVE = PUBLISERTE * 9 / 10;
    /** Enrolments in deltakelse.deltakelse (issue 4, point 10). */
    static final int DELTAKELSER = 3_000_000;
    /** Rows of the legacy (Arena) file the import is measured with. */
    static final int ARENA_RADER = 1_000_000;
    /** Persons the enrolments and the legacy rows belong to. */
    static final int PERSONER = 1_200_000;

    // ---------------------------------------------------------------------------------------------------------------
    // Reference data and vocabulary

    record Kontor(String enhetsnummer, String navn, String region, String regionnavn, List<String> steder) {}

    record Arrangor(UUID id, String orgnr, String navn, UUID hovedenhet, String region, Kontor kontor, String sted,
            List<UUID> underenheter, List<UUID> kontaktpersoner) {}

    enum Status { AKTIV, FREMTIDIG, AVSLUTTET, AVBRUTT, UTKAST }

    record Prismodell(UUID id, String type) {}

    record Avtale(UUID id, String tiltakskode, String avtaletype, Arrangor hovedenhet, List<Arrangor> underenheter,
            List<String> regioner, List<String> kontorer, LocalDate start, LocalDate slutt, Status status,
            List<Prismodell> prismodeller) {}

    static final List<String> TILTAKSKODER = List.of(
            "OPPFOLGING", "GRUPPE_ARBEIDSMARKEDSOPPLAERING", "AVKLARING", "JOBBKLUBB", "ARBEIDSFORBEREDENDE_TRENING",
            "VARIG_TILRETTELAGT_ARBEID_SKJERMET", "ARBEIDSRETTET_REHABILITERING", "DIGITALT_OPPFOLGINGSTILTAK",
            "GRUPPE_FAG_OG_YRKESOPPLAERING");
    static final int[] TILTAK_VEKT = {20, 18, 12, 12, 10, 8, 8, 6, 6};

    static final List<String> FELLES_OPPSTART = List.of(
            "JOBBKLUBB", "GRUPPE_ARBEIDSMARKEDSOPPLAERING", "GRUPPE_FAG_OG_YRKESOPPLAERING");

    static final List<String> FORNAVN = List.of(
            "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna",
            "Solveig", "Marianne", "Randi", "Ida", "Nina", "Ragnhild", "Elisabeth", "Kristin", "Silje", "Camilla",
            "Tone", "Line", "Hanne", "Maria", "Nora", "Emma", "Sara", "Thea", "Jan", "Per", "Bjørn", "Ole", "Lars",
            "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik",
            "Martin", "Andreas", "John", "Anders", "Rune", "Trond", "Jon", "Tore", "Espen", "Henrik", "Magnus",
            "Jonas", "Mathias", "Ahmed", "Fatima", "Mohammed", "Amina", "Piotr", "Agnieszka", "Yonas", "Saba");
    static final List<String> ETTERNAVN = List.of(
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
            "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen",
            "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
            "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde",
            "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kowalski", "Haugland", "Aasheim", "Fjeld", "Myhre");

    static final List<String> GATER = List.of(
            "Storgata", "Kirkegata", "Jernbanegata", "Strandgata", "Kongens gate", "Dronningens gate", "Torggata",
            "Industriveien", "Fabrikkveien", "Sandakerveien", "Nedre gate", "Øvre Slottsgate", "Havnegata",
            "Verkstedveien", "Skolegata", "Parkveien", "Stasjonsveien", "Sjøgata", "Bryggeveien", "Hovedveien",
            "Elvegata", "Markveien", "Idrettsveien", "Næringsveien", "Tollbodgata", "Kaigaten", "Rådhusgata");

    static final List<String> BRANSJER = List.of(
            "lager og logistikk", "butikk og salg", "renhold", "kantine og storkjøkken", "helse og omsorg",
            "bygg og anlegg", "transport", "hotell og reiseliv", "kundeservice", "eiendomsdrift", "gjenbruk og redesign",
            "grønt arbeid og gartneri", "industri og montering", "vaskeri", "kontor og administrasjon", "IT-støtte",
            "barnehage og skole", "restaurant og servering", "snekkerverksted", "sykkelverksted");

    static final List<String> KURS = List.of(
            "Truckførerkurs", "Helsefagarbeider – forkurs", "Norsk med arbeidspraksis", "Renholdsoperatør",
            "Kokk og kantine", "Lager og logistikk", "Barne- og ungdomsarbeider – forkurs", "Yrkessjåfør klasse C",
            "Butikk og salg", "IT-brukerstøtte", "Anleggsmaskinfører", "Sveisekurs", "Hotell og reiseliv",
            "Vekter – grunnkurs", "Eiendomsdrift og vaktmester", "Kundeservice og salg", "Assistent i barnehage",
            "Digitale ferdigheter i arbeidslivet", "Norskopplæring for helsearbeidere", "Taxi – førerkort");

    static final List<String> FAG = List.of(
            "helsearbeiderfaget", "barne- og ungdomsarbeiderfaget", "logistikkfaget", "renholdsoperatørfaget",
            "kokkfaget", "byggdrifterfaget", "industrimekanikerfaget", "salgsfaget", "anleggsmaskinførerfaget",
            "institusjonskokkfaget", "kontor- og administrasjonsfaget", "aktivitørfaget");

    static final List<String> HOVEDENHET_MONSTRE = List.of(
            "%s ARBEID OG INKLUDERING AS", "%s VEKST AS", "%s ARBEIDSSENTER AS", "%s KOMPETANSESENTER AS",
            "%s-BEDRIFTENE AS", "%s ATTFØRING AS", "JOBBVEIEN %s AS", "%s INDUSTRIER AS", "%s ARBEIDSTRENING AS",
            "%s OPPLÆRINGSSENTER AS", "%s KARRIERESENTER AS", "%s TILRETTELAGT ARBEID AS", "%s JOBB OG AKTIVITET AS",
            "%s KURS OG KOMPETANSE AS", "%s ARBEIDSINKLUDERING AS", "%s VEKSTBEDRIFT AS", "%s MESTRING AS");
    static final List<String> KJEDE_FORLEDD = List.of(
            "JOBB", "ARBEIDS", "KARRIERE", "MESTRINGS", "KOMPETANSE", "FRAMTIDS", "NYSTART", "VEKST", "INKLUDERINGS");
    static final List<String> KJEDE_ETTERLEDD = List.of(
            "BROEN", "HUSET", "VEIEN", "PARTNER", "PORTEN", "KRAFT", "SENTERET", "LØFTET", "FABRIKKEN");
    static final List<String> AVDELINGER = List.of("SENTRUM", "VERKSTED", "LAGER", "KURS", "SYD", "NORD", "ØST", "VEST");

    static final List<String> AVBRYTELSESAARSAKER = List.of(
            "BUDSJETT_HANDLINGSROM", "ENDRING_HOS_ARRANGOR", "FEILREGISTRERING", "AVBRUTT_I_ARENA", "ANNET");

    /** Opening sentences per measure type; the rest of a description comes from {@link #SETNINGER}. */
    static final Map<String, List<String>> INNLEDNING = Map.of(
            "OPPFOLGING", List.of(
                    "Oppfølging hos {arrangor} gir individuell bistand til deg som trenger hjelp for å skaffe deg eller beholde et arbeid.",
                    "Tiltaket er for personer i {sted} som trenger tett oppfølging på veien mot arbeid.",
                    "Oppfølgingen tar utgangspunkt i deltakerens egne mål og ressurser, og jobbspesialisten bruker metodikk fra Supported Employment."),
            "GRUPPE_ARBEIDSMARKEDSOPPLAERING", List.of(
                    "Kurset er en arbeidsmarkedsopplæring i gruppe innen {bransje}, med oppstart for hele gruppen samtidig.",
                    "Opplæringen gir kvalifikasjoner som arbeidsgivere i {sted} etterspør, og kombinerer teori med praksis.",
                    "Kvalifiseringen varer i {uker} uker og avsluttes med kursbevis."),
            "AVKLARING", List.of(
                    "Avklaringen kartlegger arbeidsevnen, ressursene og mulighetene dine når du er usikker på hva du kan jobbe med.",
                    "Arrangøren vurderer ferdigheter, interesser, helse og sosiale forhold, gjerne med arbeidsutprøving i {bransje}.",
                    "Avklaringen varer vanligvis i fire uker og kan forlenges, og ender med en rapport med anbefalinger til Nav og deltakeren."),
            "JOBBKLUBB", List.of(
                    "Jobbklubben er et kort kurs i gruppe for deg som er klar for arbeid, men trenger hjelp til å søke jobb.",
                    "Deltakerne lærer å finne ledige stillinger, skrive CV og søknader og forberede seg til jobbintervju.",
                    "Gruppen møtes {dager} dager i uken i {uker} uker, og søker jobber aktivt mens de deltar."),
            "ARBEIDSFORBEREDENDE_TRENING", List.of(
                    "Arbeidsforberedende trening (AFT) hos {arrangor} er for deg som har nedsatt arbeidsevne og vil prøve ut og styrke arbeidsevnen din.",
                    "Arbeidstreningen foregår først i et tilrettelagt miljø innen {bransje}, og så langt det er mulig i ordinære virksomheter i {sted}.",
                    "Målet er overgang til arbeid eller utdanning."),
            "VARIG_TILRETTELAGT_ARBEID_SKJERMET", List.of(
                    "Varig tilrettelagt arbeid (VTA) gir deg som har uføretrygd et tilrettelagt arbeid i en skjermet virksomhet.",
                    "Arbeidsoppgavene innen {bransje} tilpasses den enkeltes forutsetninger, og deltakeren får opplæring og oppfølging.",
                    "Tiltaket kan vare så lenge det er hensiktsmessig."),
            "ARBEIDSRETTET_REHABILITERING", List.of(
                    "Arbeidsrettet rehabilitering er for deg som har helseproblemer og trenger hjelp for å komme i eller beholde arbeid.",
                    "Tiltaket kombinerer arbeidsrettede aktiviteter med fysisk trening, mestring og helsefremmende tiltak, individuelt og i gruppe.",
                    "Rehabiliteringen foregår på dagtid i {sted} og varer i inntil tolv uker."),
            "DIGITALT_OPPFOLGINGSTILTAK", List.of(
                    "Det digitale oppfølgingstiltaket gir deg tett, individuell veiledning fra en jobbcoach, hovedsakelig på video.",
                    "Du får hjelp til å kartlegge egne muligheter, lage en plan for jobbsøkingen og søke konkrete stillinger.",
                    "Tiltaket passer for deg som kan bruke digitale møter og verktøy."),
            "GRUPPE_FAG_OG_YRKESOPPLAERING", List.of(
                    "Fag- og yrkesopplæringen fører fram til fagbrev i {fag}.",
                    "Opplæringen er lagt opp for en gruppe og kombinerer teori i klasserom med praksis hos arbeidsgivere i {sted}.",
                    "Kvalifiseringsløpet er for voksne som trenger formell kompetanse for å komme i arbeid."));

    /** General sentences with inflected forms (oppfølging/oppfølgingen, deltaker/deltakeren/deltakerne, ...). */
    static final List<String> SETNINGER = List.of(
            "Deltakeren får en fast kontaktperson som følger opp hele veien, også etter at arbeidsforholdet har startet.",
            "Oppfølgingen skjer både hos arrangøren og ute på arbeidsplassen, etter behov og avtale.",
            "Oppfølgingsmøter med Nav-veilederen holdes jevnlig, og deltakeren deltar selv i alle møter som gjelder seg.",
            "Arbeidstreningen tilpasses deltakerens helse, ferdigheter og interesser.",
            "Vi legger vekt på arbeidstrening i reelle arbeidsoppgaver innen {bransje}.",
            "Gjennom kvalifisering og praksis får deltakerne erfaring som arbeidsgivere etterspør.",
            "Kvalifiseringen kan kombineres med norskopplæring for deltakere med kort botid i Norge.",
            "Arrangøren samarbeider tett med arbeidsgivere i {sted} om praksisplasser og ansettelser.",
            "Praksisplassen velges ut fra deltakerens mål, og arbeidsgiveren får veiledning om tilrettelegging.",
            "Jobbspesialisten kontakter arbeidsgivere sammen med deltakeren og hjelper med å finne en passende arbeidsplass.",
            "Veiledningen foregår individuelt og i gruppe, og tar utgangspunkt i deltakerens ressurser.",
            "Deltakerne lærer å skrive CV og søknader, og øver på jobbintervju med tilbakemelding.",
            "Tiltaket har plass til {antall} deltakere, og oppstarten avtales med Nav-kontoret.",
            "Oppmøte er {dager} dager i uken, vanligvis fra klokken 09.00 til 14.30.",
            "Deltakeren får kartlagt arbeidsevne, interesser og muligheter i starten av tiltaket.",
            "Kartleggingen danner grunnlaget for en aktivitetsplan som deltakeren og arrangøren lager sammen.",
            "Aktivitetsplanen følges opp underveis og justeres når behovene endrer seg.",
            "Det er mulig å delta på deltid når helsen tilsier det.",
            "Arrangøren har lang erfaring med oppfølging av personer med psykiske helseutfordringer og rusproblemer.",
            "For unge under 30 år legges det særlig vekt på å fullføre skole eller komme i lære.",
            "Tiltaket passer også for deg som har vært lenge borte fra arbeidslivet.",
            "Underveis får deltakerne opplæring i helse, miljø og sikkerhet (HMS).",
            "Deltakerne får prøve seg i ulike arbeidsoppgaver, for eksempel innen {bransje}.",
            "Opplæringen gir et godt grunnlag for videre kvalifisering eller fast arbeid.",
            "Ved behov kan arrangøren bistå med tolk i samtaler og møter.",
            "Arbeidsgiverne som samarbeider med oss, finnes i hele {sted} og omegn.",
            "Etter endt tiltak skriver arrangøren en sluttrapport som deltakeren får lese og kommentere.",
            "Sluttrapporten beskriver hva deltakeren har gjort, hvordan det har gått, og hva som anbefales videre.",
            "Mange av deltakerne går over i arbeid, utdanning eller lærlingplass etter tiltaket.",
            "Arrangøren har egne lokaler sentralt i {sted} med gode kollektivforbindelser.",
            "Lokalene er universelt utformet og tilrettelagt for rullestolbrukere.",
            "Deltakeren får dekket nødvendige utgifter til reise etter Navs regler.",
            "Det gis opplæring i digitale verktøy som brukes i arbeidslivet, som e-post, Teams og timeføring.",
            "Vi jobber etter prinsippet om å plassere først og trene etterpå.",
            "Arrangøren følger opp arbeidsgiveren og deltakeren etter ansettelse, slik at arbeidsforholdet varer.",
            "Oppfølgingen avsluttes når deltakeren står stabilt i arbeid eller har fått et annet tilbud.",
            "Kurset har både teoretisk undervisning og praktiske øvelser i verksted og på arbeidsplasser.",
            "Deltakerne får et kursbevis som dokumenterer kompetansen de har fått.",
            "Undervisningen gis på norsk, og det kreves norskkunnskaper tilsvarende nivå A2 eller høyere.",
            "Samtalene handler om arbeid, helse, økonomi og hverdagsmestring.",
            "Arrangøren samarbeider med fastlege, kommunen og andre hjelpere når deltakeren ønsker det.",
            "Deltakeren har ansvar for egen jobbsøking, men får støtte og motivasjon underveis.",
            "Arbeidstreningen foregår i arbeidslag med en arbeidsleder som gir opplæring og veiledning.",
            "I arbeidslagene lærer deltakerne å samarbeide, holde avtaler og møte presis.",
            "Det legges vekt på mestring, trygghet og gradvis økt belastning.",
            "Veilederne har bakgrunn fra helse- og sosialfag, pedagogikk og næringsliv.",
            "Tiltaket har løpende inntak, og ventetiden varierer gjennom året.",
            "Tiltaket har felles oppstart, og hele gruppen starter samme dag.",
            "Påmelding skjer gjennom Nav-veilederen, som sender en henvisning til arrangøren.",
            "Før oppstart blir deltakeren invitert til en samtale hos arrangøren for å bli kjent.",
            "Deltakere som trenger det, får hjelp til å skaffe førerkort, sertifikater eller kurs i førstehjelp.",
            "Arrangøren har avtaler med bedrifter innen {bransje} som tar imot deltakere i praksis.",
            "Praksisen varer vanligvis i fire til åtte uker, og kan forlenges ved behov.",
            "Arbeidsutprøvingen gir deltakeren og arbeidsgiveren et bedre grunnlag for å vurdere videre muligheter.",
            "Oppfølgingen er individuell og tilpasset, og omfanget avtales med Nav-kontoret.",
            "Ved fravær skal deltakeren gi beskjed til arrangøren samme dag.",
            "Deltakerne får lunsj på dager med heldagsundervisning.",
            "Gjennom hele tiltaket får deltakeren veiledning om arbeidsmarkedet i {sted} og regionen.",
            "Kvalifiseringsprogrammet kan være et neste steg for deltakere som trenger lengre tid.",
            "Målet er varig tilknytning til arbeidslivet, helst i en ordinær stilling med lønn.");

    // ---------------------------------------------------------------------------------------------------------------

    final Random rnd;
    final LocalDate idag;
    final Path dir;
    final List<Kontor> kontorer = new ArrayList<>();
    final Map<String, List<Kontor>> kontorerPerRegion = new LinkedHashMap<>();
    final Map<String, List<String>> avtaletyper = new HashMap<>();
    final Map<String, String> systemPrismodell = new HashMap<>();
    final Map<String, String> arenakoder = new LinkedHashMap<>();
    int antallDeltakelser = DELTAKELSER;
    int antallArenaRader = ARENA_RADER;
    final Set<String> orgnumre = new HashSet<>();

    Generer(long seed, LocalDate idag, Path dir) {
        this.rnd = new Random(seed);
        this.idag = idag;
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        long seed = 42;
        Path dir = Path.of("target/bench/data");
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Oslo"));
        int deltakelser = DELTAKELSER;
        int arenaRader = ARENA_RADER;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--idag" -> idag = LocalDate.parse(args[i + 1]);
                case "--deltakelser" -> deltakelser = Integer.parseInt(args[i + 1]);
                case "--arena-rader" -> arenaRader = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        var g = new Generer(seed, idag, dir);
        g.antallDeltakelser = deltakelser;
        g.antallArenaRader = arenaRader;
        g.lesReferansedata();
        g.generer();
    }

    void lesReferansedata() throws IOException {
        Map<String, List<String>> kommunerPerKontor = new HashMap<>();
        for (List<String> r : csv(dir.resolve("kommuner.csv"))) {
            kommunerPerKontor.computeIfAbsent(r.get(1), k -> new ArrayList<>()).add(stedsnavn(r.get(0)));
        }
        for (List<String> r : csv(dir.resolve("kontorer.csv"))) {
            String navn = r.get(1);
            var steder = new ArrayList<String>(kommunerPerKontor.getOrDefault(r.get(0), List.of()));
            String kontorsted = stedsnavn(navn.replaceFirst("^Nav ", ""));
            if (!steder.contains(kontorsted)) {
                steder.add(kontorsted);
            }
            var k = new Kontor(r.get(0), navn, r.get(2), r.get(3).replaceFirst("^Nav ", ""), steder);
            kontorer.add(k);
            kontorerPerRegion.computeIfAbsent(k.region(), x -> new ArrayList<>()).add(k);
        }
        for (List<String> r : csv(dir.resolve("avtaletyper.csv"))) {
            avtaletyper.computeIfAbsent(r.get(0), k -> new ArrayList<>()).add(r.get(1));
        }
        for (List<String> r : csv(dir.resolve("tiltakstyper.csv"))) {
            systemPrismodell.put(r.get(0), r.get(1));
            if (r.size() > 2) {
                arenakoder.put(r.get(0), r.get(2));
            }
        }
        if (kontorer.isEmpty() || avtaletyper.isEmpty()) {
            throw new IllegalStateException("no reference data in " + dir + ": has the application migrated?");
        }
    }

    /** "Herøy (Møre og Romsdal)" → "Herøy"; "Nav Eigersund-Bjerkreim" style names keep their hyphen. */
    static String stedsnavn(String navn) {
        return navn.replaceAll("\\s*\\(.*\\)$", "").trim();
    }

    // ---------------------------------------------------------------------------------------------------------------

    void generer() throws IOException {
        Files.createDirectories(dir);
        List<Arrangor> hovedenheter = new ArrayList<>();
        List<Arrangor> underenheter = new ArrayList<>();
        try (var arr = ny("arrangor.csv"); var kp = ny("kontaktperson.csv")) {
            genererArrangorer(hovedenheter, underenheter, arr, kp);
        }
        List<Avtale> avtaler = new ArrayList<>();
        try (var av = ny("avtale.csv"); var pm = ny("prismodell.csv"); var sats = ny("prismodell_sats.csv")) {
            genererAvtaler(hovedenheter, avtaler, av, pm, sats);
        }
        try (var gj = ny("gjennomforing.csv"); var ne = ny("gjennomforing_nav_enhet.csv");
                var ak = ny("gjennomforing_arrangor_kontaktperson.csv");
                var nk = ny("gjennomforing_nav_kontaktperson.csv")) {
            genererGjennomforinger(avtaler, gj, ne, ak, nk);
        }
        // own random sources: the data above stays what it was for a given seed
        try (var dl = ny("deltakelse.csv")) {
            new Deltakelser(new Random(rnd.nextLong() ^ 0x5DE17A4E1L)).generer(dl);
        }
        new Arenafil(new Random(rnd.nextLong() ^ 0xA2E7AL), hovedenheter, underenheter).generer();
    }

    void genererArrangorer(List<Arrangor> hovedenheter, List<Arrangor> underenheter, Csv arr, Csv kp) throws IOException {
        var regioner = new ArrayList<>(kontorerPerRegion.keySet());
        int antall = 0;
        while (antall < ARRANGORER) {
            boolean kjede = rnd.nextInt(100) < 4;
            String region = regioner.get(rnd.nextInt(regioner.size()));
            Kontor kontor = velg(kontorerPerRegion.get(region));
            String sted = velg(kontor.steder());
            String navn = kjede
                    ? velg(KJEDE_FORLEDD) + velg(KJEDE_ETTERLEDD) + (rnd.nextBoolean() ? " NORGE AS" : " AS")
                    : HOVEDENHET_MONSTRE.get(rnd.nextInt(HOVEDENHET_MONSTRE.size())).formatted(store(sted));
            int antallUnder = Math.min(ARRANGORER - antall - 1,
                    kjede ? 8 + rnd.nextInt(25) : 1 + (int) Math.min(9, Math.floor(-Math.log(1 - rnd.nextDouble()) * 2.5)));
            var hoved = new Arrangor(uuid(), orgnr(), navn, null, region, kontor, sted, new ArrayList<>(),
                    new ArrayList<>());
            hovedenheter.add(hoved);
            skrivArrangor(arr, hoved);
            kontaktpersoner(kp, hoved, "{AVTALE,OKONOMI}", 1 + rnd.nextInt(2));
            antall++;
            Set<String> brukteNavn = new HashSet<>();
            for (int i = 0; i < antallUnder; i++) {
                String uRegion = kjede ? regioner.get(rnd.nextInt(regioner.size())) : region;
                Kontor uKontor = kjede || rnd.nextInt(3) == 0 ? velg(kontorerPerRegion.get(uRegion)) : kontor;
                String uSted = velg(uKontor.steder());
                String uNavn = navn + " AVD " + store(uSted);
                if (!brukteNavn.add(uNavn)) {
                    uNavn = uNavn + " " + velg(AVDELINGER);
                    brukteNavn.add(uNavn);
                }
                var under = new Arrangor(uuid(), orgnr(), uNavn, hoved.id(), uRegion, uKontor, uSted, List.of(),
                        new ArrayList<>());
                hoved.underenheter().add(under.id());
                underenheter.add(under);
                skrivArrangor(arr, under);
                kontaktpersoner(kp, under, rnd.nextInt(4) == 0 ? "{AVTALE,GJENNOMFORING}" : "{GJENNOMFORING}",
                        1 + rnd.nextInt(2));
                antall++;
            }
        }
        underenhetOppslag = new HashMap<>();
        underenheter.forEach(u -> underenhetOppslag.put(u.id(), u));
    }

    Map<UUID, Arrangor> underenhetOppslag;

    void skrivArrangor(Csv arr, Arrangor a) throws IOException {
        var opprettet = tidspunkt(idag.minusDays(400 + rnd.nextInt(2000)));
        arr.rad(a.id(), a.orgnr(), a.navn(), a.hovedenhet(), rnd.nextInt(3), opprettet,
                tidspunkt(idag.minusDays(rnd.nextInt(400))));
    }

    void kontaktpersoner(Csv kp, Arrangor a, String ansvar, int antall) throws IOException {
        String domene = a.navn().toLowerCase(Locale.ROOT).replaceAll(" avd .*", "")
                .replaceAll("[^a-zæøå]", "").replace("æ", "ae").replace("ø", "o").replace("å", "a") + ".example";
        for (int i = 0; i < antall; i++) {
            String fornavn = velg(FORNAVN);
            String etternavn = velg(ETTERNAVN);
            var id = uuid();
            a.kontaktpersoner().add(id);
            String epost = (ascii(fornavn) + "." + ascii(etternavn) + "@" + domene).toLowerCase(Locale.ROOT);
            String telefon = rnd.nextBoolean()
                    ? "%d%d %02d %02d %02d".formatted(2 + rnd.nextInt(6), rnd.nextInt(10), rnd.nextInt(100),
                            rnd.nextInt(100), rnd.nextInt(100))
                    : "%d%02d %02d %03d".formatted(4 + rnd.nextInt(6), rnd.nextInt(100), rnd.nextInt(100),
                            rnd.nextInt(1000));
            kp.rad(id, a.id(), fornavn + " " + etternavn, epost, rnd.nextInt(5) == 0 ? null : telefon, ansvar, 0,
                    tidspunkt(idag.minusDays(300 + rnd.nextInt(900))), tidspunkt(idag.minusDays(rnd.nextInt(300))));
        }
    }

    void genererAvtaler(List<Arrangor> hovedenheter, List<Avtale> avtaler, Csv av, Csv pm, Csv sats) throws IOException {
        var medUnderenheter = hovedenheter.stream().filter(h -> !h.underenheter().isEmpty()).toList();
        for (int n = 0; n < AVTALER; n++) {
            String kode = vektet(TILTAKSKODER, TILTAK_VEKT);
            List<String> lovlige = avtaletyper.get(kode);
            String avtaletype = lovlige.contains("FORHANDSGODKJENT") ? "FORHANDSGODKJENT"
                    : rnd.nextInt(10) < 5 && lovlige.contains("RAMMEAVTALE") ? "RAMMEAVTALE"
                    : rnd.nextInt(10) < 8 || !lovlige.contains("OFFENTLIG_OFFENTLIG") ? "AVTALE" : "OFFENTLIG_OFFENTLIG";
            boolean forhandsgodkjent = avtaletype.equals("FORHANDSGODKJENT");
            int s = rnd.nextInt(100);
            Status status = s < 4 ? Status.UTKAST : s < 10 ? Status.AVBRUTT : s < 20 ? Status.AVSLUTTET
                    : s < 24 ? Status.FREMTIDIG : Status.AKTIV;
            // a provider with many units gets more agreements
            Arrangor hoved = medUnderenheter.get(rnd.nextInt(medUnderenheter.size()));
            if (rnd.nextBoolean()) {
                Arrangor annen = medUnderenheter.get(rnd.nextInt(medUnderenheter.size()));
                if (annen.underenheter().size() > hoved.underenheter().size()) {
                    hoved = annen;
                }
            }
            var regioner = new LinkedHashSet<String>();
            var underenheter = new ArrayList<Arrangor>();
            for (UUID u : hoved.underenheter()) {
                if (underenheter.size() < 6 && (underenheter.isEmpty() || rnd.nextInt(3) > 0)) {
                    underenheter.add(underenhetOppslag.get(u));
                }
            }
            underenheter.forEach(u -> regioner.add(u.region()));
            var kontorer = new LinkedHashSet<String>();
            underenheter.forEach(u -> kontorer.add(u.kontor().enhetsnummer()));
            for (String region : regioner) {
                List<Kontor> iRegion = kontorerPerRegion.get(region);
                if (rnd.nextInt(10) < 3) {
                    iRegion.forEach(k -> kontorer.add(k.enhetsnummer()));
                } else {
                    int flere = 1 + rnd.nextInt(Math.min(12, iRegion.size()));
                    for (int i = 0; i < flere; i++) {
                        kontorer.add(velg(iRegion).enhetsnummer());
                    }
                }
            }
            LocalDate start;
            LocalDate slutt;
            switch (status) {
                case AVSLUTTET -> {
                    slutt = idag.minusDays(1 + rnd.nextInt(700));
                    start = slutt.minusDays(365 + rnd.nextInt(3 * 365));
                }
                case FREMTIDIG -> {
                    start = idag.plusDays(1 + rnd.nextInt(180));
                    slutt = start.plusDays(365 + rnd.nextInt(3 * 365));
                }
                default -> {
                    start = idag.minusDays(rnd.nextInt(4 * 365));
                    slutt = idag.plusDays(30 + rnd.nextInt(3 * 365));
                }
            }
            if (forhandsgodkjent) {
                slutt = status == Status.AVSLUTTET ? slutt : null;
            }
            LocalDate opsjonMaks = !forhandsgodkjent && slutt != null && !avtaletype.equals("OFFENTLIG_OFFENTLIG")
                    && rnd.nextInt(3) > 0 ? slutt.plusYears(1 + rnd.nextInt(2)) : null;
            if (forhandsgodkjent && status == Status.AVSLUTTET) {
                // a pre-approved agreement has no end date: it ends by being aborted
                status = Status.AVBRUTT;
                slutt = null;
            }
            boolean utkast = status == Status.UTKAST;
            var prismodeller = new ArrayList<Prismodell>();
            var avtale = new Avtale(uuid(), kode, avtaletype, utkast ? null : hoved,
                    utkast ? List.of() : underenheter, List.copyOf(regioner), List.copyOf(kontorer), start, slutt,
                    status, prismodeller);
            avtaler.add(avtale);

            String tiltaksnavn = tiltaksnavnKort(kode);
            String navn = tiltaksnavn + " " + (regioner.size() > 1 ? "flere regioner" : kontorerPerRegion
                    .get(regioner.iterator().next()).getFirst().regionnavn()) + " – " + hovedNavnKort(hoved.navn());
            var opprettet = tidspunkt(start.minusDays(30 + rnd.nextInt(120)));
            String avbruttTidspunkt = null;
            String avbruttAarsaker = null;
            String avbruttForklaring = null;
            if (status == Status.AVBRUTT) {
                LocalDate avbrutt = start.plusDays(rnd.nextInt((int) Math.max(1, idag.toEpochDay() - start.toEpochDay())));
                avbruttTidspunkt = tidspunkt(avbrutt);
                var aarsaker = new java.util.TreeSet<String>();
                aarsaker.add(velg(AVBRYTELSESAARSAKER));
                if (rnd.nextInt(4) == 0) {
                    aarsaker.add(velg(AVBRYTELSESAARSAKER));
                }
                avbruttAarsaker = "{" + String.join(",", aarsaker) + "}";
                avbruttForklaring = aarsaker.contains("ANNET")
                        ? "Arrangøren har avviklet virksomheten i regionen, og deltakerne er overført til andre tiltak."
                        : null;
            }
            String avslutning = status == Status.AVSLUTTET ? tidspunkt(slutt.plusDays(1)) : null;
            String beskrivelse = rnd.nextInt(5) == 0 ? null
                    : "Avtale om " + tiltaksnavn.toLowerCase(Locale.ROOT) + " for Nav-kontorene i "
                            + (regioner.size() > 1 ? "flere regioner" : kontorerPerRegion.get(regioner.iterator().next())
                                    .getFirst().regionnavn()) + ". " + setninger(2 + rnd.nextInt(3), hoved, kode);
            av.rad(avtale.id(), rnd.nextInt(4), navn, kode, avtaletype,
                    forhandsgodkjent ? null : (start.getYear() % 100) + "/" + (1000 + rnd.nextInt(30000)),
                    utkast ? null : hoved.id(),
                    utkast ? "{}" : array(underenheter.stream().map(a -> a.id().toString()).toList()),
                    utkast ? "{}" : array(List.of(hoved.kontaktpersoner().getFirst().toString())),
                    start, slutt, opsjonMaks, array(List.copyOf(regioner)), array(List.copyOf(kontorer)),
                    array(List.of(navIdent(), navIdent()).subList(0, 1 + rnd.nextInt(2))), beskrivelse,
                    avbruttTidspunkt, avbruttAarsaker, avbruttForklaring, avslutning, opprettet,
                    tidspunkt(idag.minusDays(rnd.nextInt(200))));

            if (forhandsgodkjent) {
                var p = new Prismodell(uuid(), systemPrismodell.get(kode));
                prismodeller.add(p);
                pm.rad(p.id(), avtale.id(), p.type(), null, 0);
            } else {
                int antall = rnd.nextInt(5) == 0 ? 2 : 1;
                var typer = new ArrayList<>(List.of("AVTALT_PRIS_PER_MANEDSVERK", "AVTALT_PRIS_PER_UKESVERK",
                        "AVTALT_PRIS_PER_TIME_OPPFOLGING", "ANNEN_AVTALT_PRIS"));
                Collections.shuffle(typer, rnd);
                for (int i = 0; i < antall; i++) {
                    var p = new Prismodell(uuid(), typer.get(i));
                    prismodeller.add(p);
                    boolean annen = p.type().equals("ANNEN_AVTALT_PRIS");
                    pm.rad(p.id(), avtale.id(), p.type(),
                            annen ? "Pris per deltaker etter avtalt timesats og materialkostnader, se avtalens vedlegg 3."
                                    : null, i);
                    if (!annen) {
                        int grunn = switch (p.type()) {
                            case "AVTALT_PRIS_PER_MANEDSVERK" -> 18_000 + rnd.nextInt(14_000);
                            case "AVTALT_PRIS_PER_UKESVERK" -> 4_000 + rnd.nextInt(5_000);
                            default -> 850 + rnd.nextInt(600);
                        };
                        int ar = 0;
                        for (LocalDate fra = start; !fra.isAfter(idag) && ar < 4; fra = fra.plusYears(1), ar++) {
                            sats.rad(p.id(), fra, grunn + ar * grunn * 3 / 100 + ".00");
                        }
                        if (ar == 0) {
                            sats.rad(p.id(), start, grunn + ".00");
                        }
                    }
                }
            }
        }
    }

    void genererGjennomforinger(List<Avtale> avtaler, Csv gj, Csv ne, Csv ak, Csv nk) throws IOException {
        // which agreement each implementation belongs to: agreements with many offices and course types get more
        var medArrangor = avtaler.stream().filter(a -> a.hovedenhet() != null).toList();
        double[] vekt = new double[medArrangor.size()];
        double sum = 0;
        for (int i = 0; i < vekt.length; i++) {
            var a = medArrangor.get(i);
            double v = (1 + a.kontorer().size() / 3.0) * (FELLES_OPPSTART.contains(a.tiltakskode()) ? 2.5 : 1)
                    * (0.3 + rnd.nextDouble());
            sum += v;
            vekt[i] = sum;
        }
        var tilhorer = new ArrayList<Avtale>(GJENNOMFORINGER);
        for (int i = 0; i < GJENNOMFORINGER; i++) {
            double x = rnd.nextDouble() * sum;
            int lo = 0;
            int hi = vekt.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (vekt[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tilhorer.add(medArrangor.get(lo));
        }
        // exactly a fifth published: nine in ten of them under agreements active today, the rest under agreements the
        // catalog must hide (ended, aborted, not yet started)
        var iAktive = new ArrayList<Integer>();
        var iAndre = new ArrayList<Integer>();
        for (int i = 0; i < GJENNOMFORINGER; i++) {
            (tilhorer.get(i).status() == Status.AKTIV ? iAktive : iAndre).add(i);
        }
        Collections.shuffle(iAktive, rnd);
        Collections.shuffle(iAndre, rnd);
        var publisert = new boolean[GJENNOMFORINGER];
        iAktive.subList(0, PUBLISERTE_I_AKTIVE).forEach(i -> publisert[i] = true);
        iAndre.subList(0, PUBLISERTE - PUBLISERTE_I_AKTIVE).forEach(i -> publisert[i] = true);

        for (int i = 0; i < GJENNOMFORINGER; i++) {
            genererGjennomforing(tilhorer.get(i), publisert[i], gj, ne, ak, nk);
        }
    }

    void genererGjennomforing(Avtale avtale, boolean publisert, Csv gj, Csv ne, Csv ak, Csv nk) throws IOException {
        String kode = avtale.tiltakskode();
        Arrangor under = velg(avtale.underenheter());
        String sted = rnd.nextInt(4) == 0 ? velg(under.kontor().steder()) : under.sted();
        String bransje = velg(BRANSJER);
        boolean felles = FELLES_OPPSTART.contains(kode) ? rnd.nextInt(10) > 0 : rnd.nextInt(10) == 0;
        String fag = velg(FAG);
        String navn = switch (kode) {
            case "ARBEIDSFORBEREDENDE_TRENING" -> velg(List.of("Arbeidsforberedende trening " + sted, "AFT " + sted,
                    "AFT " + bransje + " – " + sted));
            case "VARIG_TILRETTELAGT_ARBEID_SKJERMET" -> velg(List.of("Varig tilrettelagt arbeid " + sted,
                    "VTA " + bransje + " " + sted));
            case "AVKLARING" -> velg(List.of("Avklaring " + sted, "Avklaring med arbeidsutprøving – " + sted,
                    "Avklaring for unge " + sted, "Avklaring og kartlegging " + sted));
            case "OPPFOLGING" -> velg(List.of("Oppfølging " + sted, "Oppfølging ung " + sted,
                    "Oppfølging med vekt på språk – " + sted, "Oppfølging psykisk helse og arbeid " + sted,
                    "Individuell jobbstøtte " + sted));
            case "JOBBKLUBB" -> velg(List.of("Jobbklubb " + sted, "Jobbklubb for unge " + sted,
                    "Jobbsøkerkurs " + sted, "Jobbklubb " + (rnd.nextBoolean() ? "vår " : "høst ")
                            + (idag.getYear() + rnd.nextInt(2) - 1) + " " + sted));
            case "DIGITALT_OPPFOLGINGSTILTAK" -> velg(List.of("Digitalt oppfølgingstiltak " + under.kontor().regionnavn(),
                    "Digital jobbcoach " + sted));
            case "GRUPPE_ARBEIDSMARKEDSOPPLAERING" -> velg(KURS) + " – " + sted;
            case "GRUPPE_FAG_OG_YRKESOPPLAERING" -> "Fagbrev i " + fag + " – " + sted;
            default -> velg(List.of("Arbeidsrettet rehabilitering " + sted, "Arbeidsrettet rehabilitering – dag "
                    + sted));
        };
        LocalDate avtaleSlutt = avtale.slutt();
        LocalDate senest = avtaleSlutt != null && avtaleSlutt.isBefore(idag.plusDays(240)) ? avtaleSlutt
                : idag.plusDays(240);
        String status;
        LocalDate start;
        LocalDate slutt;
        if (publisert) {
            status = "GJENNOMFORES";
            start = mellom(avtale.start(), felles ? senest : min(senest, idag.plusDays(30)));
            slutt = felles ? max(start.plusWeeks(4 + rnd.nextInt(40)), idag.plusDays(rnd.nextInt(60)))
                    : rnd.nextBoolean() ? null : max(idag.plusDays(30 + rnd.nextInt(700)), start);
            if (avtaleSlutt != null && slutt != null && slutt.isAfter(avtaleSlutt) && !avtaleSlutt.isBefore(idag)) {
                slutt = avtaleSlutt;
            }
        } else {
            int s = rnd.nextInt(100);
            boolean avtaleOver = avtale.status() == Status.AVSLUTTET || avtale.status() == Status.AVBRUTT;
            status = avtaleOver ? (s < 80 ? "AVSLUTTET" : s < 93 ? "AVBRUTT" : "AVLYST")
                    : avtale.status() == Status.FREMTIDIG ? (s < 85 ? "GJENNOMFORES" : "AVLYST")
                    : s < 45 ? "GJENNOMFORES" : s < 80 ? "AVSLUTTET" : s < 92 ? "AVBRUTT" : "AVLYST";
            LocalDate tidligst = avtale.start();
            LocalDate sistMulig = avtaleOver ? min(idag.minusDays(1), avtaleSlutt == null ? idag : avtaleSlutt)
                    : senest;
            if (sistMulig.isBefore(tidligst)) {
                sistMulig = tidligst;
            }
            switch (status) {
                case "GJENNOMFORES" -> {
                    start = mellom(max(tidligst, idag.minusDays(400)), max(sistMulig, tidligst));
                    slutt = felles || rnd.nextBoolean() ? start.plusWeeks(6 + rnd.nextInt(50)) : null;
                    if (slutt != null && slutt.isBefore(idag)) {
                        slutt = idag.plusDays(rnd.nextInt(200));
                    }
                }
                case "AVSLUTTET" -> {
                    start = mellom(tidligst, min(idag.minusDays(30), max(sistMulig, tidligst)));
                    slutt = mellom(start.plusWeeks(2), max(start.plusWeeks(2), idag.minusDays(1)));
                    if (!slutt.isBefore(idag)) {
                        slutt = idag.minusDays(1);
                    }
                }
                default -> {
                    start = mellom(tidligst, max(min(sistMulig, idag), tidligst));
                    slutt = status.equals("AVLYST") ? start.minusDays(1 + rnd.nextInt(20))
                            : start.plusDays(7 + rnd.nextInt(120));
                }
            }
            if (start.isBefore(avtale.start())) {
                start = avtale.start();
            }
        }
        boolean apen = publisert ? rnd.nextInt(10) < 7 : status.equals("GJENNOMFORES") && rnd.nextInt(10) == 0;
        String avbruttDato = null;
        String avbruttAarsak = null;
        if (status.equals("AVBRUTT") || status.equals("AVLYST")) {
            avbruttDato = min(idag, max(start.minusDays(rnd.nextInt(20)), avtale.start())).toString();
            avbruttAarsak = velg(List.of(
                    "For få deltakere til å starte gruppen.",
                    "Arrangøren mangler kvalifisert personell i perioden.",
                    "Lokalene er ikke lenger tilgjengelige, og tiltaket flyttes til en ny gjennomføring.",
                    "Nav-kontorene har ikke lenger behov for plassene."));
        }
        boolean aftVta = kode.equals("ARBEIDSFORBEREDENDE_TRENING") || kode.equals("VARIG_TILRETTELAGT_ARBEID_SKJERMET");
        int plasser = aftVta ? 10 + rnd.nextInt(70) : felles ? 8 + rnd.nextInt(12) : 5 + rnd.nextInt(35);
        Integer ventetid = !felles && rnd.nextBoolean() ? 1 + rnd.nextInt(12) : null;
        String ventetidEnhet = ventetid == null ? null : ventetid > 6 ? "UKER" : rnd.nextBoolean() ? "UKER" : "MANEDER";
        String oppmote = rnd.nextInt(8) == 0 ? null
                : velg(GATER) + " " + (1 + rnd.nextInt(120)) + (rnd.nextInt(5) == 0 ? "B" : "") + ", "
                        + postnummer(under.kontor()) + " " + sted;
        var id = uuid();
        var opprettet = tidspunkt(min(idag, start).minusDays(14 + rnd.nextInt(100)));
        var gjennomforing = new Gjennomforing(id, under.id(), plasser, felles, status, start, slutt, new ArrayList<>());
        gjennomforinger.add(gjennomforing);
        gj.rad(id, avtale.id(), kode, navn, under.id(), start, slutt, plasser, felles ? "FELLES" : "LOPENDE",
                velg(avtale.prismodeller()).id(), oppmote, ventetid, ventetidEnhet,
                beskrivelse(kode, under, sted, bransje, fag, plasser), publisert, apen, status, avbruttDato,
                avbruttAarsak, rnd.nextInt(6), opprettet, tidspunkt(idag.minusDays(rnd.nextInt(60))));

        // the offices it serves: its unit's office when the agreement has it, and a few more of the agreement's
        var enheter = new LinkedHashSet<String>();
        if (avtale.kontorer().contains(under.kontor().enhetsnummer())) {
            enheter.add(under.kontor().enhetsnummer());
        }
        int flere = rnd.nextInt(10) == 0 ? avtale.kontorer().size() : rnd.nextInt(Math.min(4, avtale.kontorer().size()) + 1);
        for (int i = 0; i < flere || enheter.isEmpty(); i++) {
            enheter.add(velg(avtale.kontorer()));
        }
        for (String e : enheter) {
            ne.rad(id, e);
        }
        gjennomforing.enheter().addAll(enheter);
        if (rnd.nextInt(5) > 0) {
            ak.rad(id, velg(under.kontaktpersoner()));
        }
        int navKontakter = 1 + (rnd.nextInt(3) == 0 ? 1 : 0);
        var identer = new HashSet<String>();
        for (int i = 0; i < navKontakter; i++) {
            String ident = navIdent();
            if (identer.add(ident)) {
                String fornavn = velg(FORNAVN);
                String etternavn = velg(ETTERNAVN);
                nk.rad(id, ident, fornavn + " " + etternavn,
                        (ascii(fornavn) + "." + ascii(etternavn) + "@nav.no").toLowerCase(Locale.ROOT), i);
            }
        }
    }

    /** 150–450 words: the measure type's opening, then general sentences without repeats, at most 3,900 characters. */
    String beskrivelse(String kode, Arrangor arrangor, String sted, String bransje, String fag, int plasser) {
        var sb = new StringBuilder();
        for (String s : INNLEDNING.get(kode)) {
            sb.append(fyllInn(s, arrangor, sted, bransje, fag, plasser)).append(' ');
        }
        int ord = 150 + rnd.nextInt(300);
        var pool = new ArrayList<>(SETNINGER);
        Collections.shuffle(pool, rnd);
        int avsnitt = 0;
        for (String s : pool) {
            if (antallOrd(sb) >= ord) {
                break;
            }
            String setning = fyllInn(s, arrangor, sted, bransje, fag, plasser);
            if (sb.length() + setning.length() + 2 > 3_900) {
                break;
            }
            if (++avsnitt % 5 == 0) {
                sb.setLength(sb.length() - 1);
                sb.append("\n\n");
            }
            sb.append(setning).append(' ');
        }
        return sb.toString().trim();
    }

    String setninger(int antall, Arrangor arrangor, String kode) {
        var sb = new StringBuilder();
        var pool = new ArrayList<>(SETNINGER);
        Collections.shuffle(pool, rnd);
        for (int i = 0; i < antall; i++) {
            sb.append(fyllInn(pool.get(i), arrangor, arrangor.sted(), velg(BRANSJER), velg(FAG), 10)).append(' ');
        }
        return sb.toString().trim();
    }

    String fyllInn(String s, Arrangor arrangor, String sted, String bransje, String fag, int plasser) {
        return s.replace("{arrangor}", hovedNavnKort(arrangor.navn()))
                .replace("{sted}", sted)
                .replace("{bransje}", bransje)
                .replace("{fag}", fag)
                .replace("{antall}", String.valueOf(plasser))
                .replace("{uker}", String.valueOf(4 + rnd.nextInt(20)))
                .replace("{dager}", String.valueOf(3 + rnd.nextInt(3)));
    }

    static int antallOrd(CharSequence s) {
        int n = 0;
        boolean iOrd = false;
        for (int i = 0; i < s.length(); i++) {
            boolean bokstav = !Character.isWhitespace(s.charAt(i));
            if (bokstav && !iOrd) {
                n++;
            }
            iOrd = bokstav;
        }
        return n;
    }

    /** "JOBBVEIEN OSLO AS AVD SAGENE" → "Jobbveien Oslo" (for texts). */
    static String hovedNavnKort(String navn) {
        String kort = navn.replaceAll(" AVD .*", "").replaceAll(" (NORGE )?AS$", "");
        var sb = new StringBuilder();
        for (String ord : kort.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(ord.equals("og") ? ord : Character.toUpperCase(ord.charAt(0)) + ord.substring(1));
        }
        return sb.toString();
    }

    static String tiltaksnavnKort(String kode) {
        return switch (kode) {
            case "OPPFOLGING" -> "Oppfølging";
            case "GRUPPE_ARBEIDSMARKEDSOPPLAERING" -> "Arbeidsmarkedsopplæring";
            case "AVKLARING" -> "Avklaring";
            case "JOBBKLUBB" -> "Jobbklubb";
            case "ARBEIDSFORBEREDENDE_TRENING" -> "Arbeidsforberedende trening";
            case "VARIG_TILRETTELAGT_ARBEID_SKJERMET" -> "Varig tilrettelagt arbeid";
            case "ARBEIDSRETTET_REHABILITERING" -> "Arbeidsrettet rehabilitering";
            case "DIGITALT_OPPFOLGINGSTILTAK" -> "Digitalt oppfølgingstiltak";
            default -> "Fag- og yrkesopplæring";
        };
    }

    /** A plausible four-digit postcode, the same for all addresses served by one office. */
    static String postnummer(Kontor k) {
        int n = Math.floorMod(k.enhetsnummer().hashCode() * 31, 9000) + 10;
        return "%04d".formatted(n);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Enrolments (deltakelse.deltakelse) and the legacy file for the import (issue 4, point 10)

    /** What the enrolments need of an implementation. */
    record Gjennomforing(UUID id, UUID arrangorId, int plasser, boolean felles, String status, LocalDate start,
            LocalDate slutt, List<String> enheter) {}

    final List<Gjennomforing> gjennomforinger = new ArrayList<>();

    /**
     * The synthetic (Dolly: month + 40) fødselsnummer of person {@code i} of {@link #PERSONER}, or null for the few
     * indexes whose block of individnumre has no valid number. Person i is born 1950 + i/70 days, with individnumre
     * 7·(i mod 70) to that + 6 (all below 500, so the century is the 1900s): different persons, different numbers.
     */
    static String fnr(int i) {
        LocalDate fodt = LocalDate.of(1950, 1, 1).plusDays(i / 70);
        int fra = (i % 70) * 7;
        String start = "%02d%02d%02d".formatted(fodt.getDayOfMonth(), fodt.getMonthValue() + 40, fodt.getYear() % 100);
        for (int ind = fra; ind < fra + 7; ind++) {
            String ni = start + "%03d".formatted(ind);
            int k1 = kontrollsiffer(ni, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
            if (k1 < 0) {
                continue;
            }
            int k2 = kontrollsiffer(ni + k1, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
            if (k2 >= 0) {
                return ni + k1 + k2;
            }
        }
        return null;
    }

    static int kontrollsiffer(String siffer, int[] vekter) {
        int sum = 0;
        for (int i = 0; i < vekter.length; i++) {
            sum += (siffer.charAt(i) - '0') * vekter[i];
        }
        int rest = sum % 11;
        return rest == 0 ? 0 : rest == 1 ? -1 : 11 - rest;
    }

    /** A person's number: a random person with a valid number. */
    static String person(Random r) {
        while (true) {
            String f = fnr(r.nextInt(PERSONER));
            if (f != null) {
                return f;
            }
        }
    }

    /**
     * Enrolments for every implementation with a realistic mix: running ones have their places mostly taken
     * (VENTER_PA_OPPSTART, DELTAR; never more than the places), a waiting list when full, applications under
     * assessment for FELLES intake, a few drafts, and a history of ended enrolments; ended and aborted implementations
     * only ended enrolments, cancelled ones IKKE_AKTUELL. Exactly {@code antallDeltakelser} rows.
     */
    final class Deltakelser {

        final Random r;

        Deltakelser(Random r) {
            this.r = r;
        }

        void generer(Csv ut) throws IOException {
            // first the enrolments that are open (they depend on the places), then the ended ones to fill the total
            var apne = new ArrayList<List<String>>(gjennomforinger.size());
            long antallApne = 0;
            double[] vekt = new double[gjennomforinger.size()];
            double sum = 0;
            for (int i = 0; i < gjennomforinger.size(); i++) {
                var g = gjennomforinger.get(i);
                var statuser = apne(g);
                apne.add(statuser);
                antallApne += statuser.size();
                double aar = Math.max(0.1, (min(idag, g.slutt() == null ? idag : g.slutt()).toEpochDay()
                        - g.start().toEpochDay()) / 365.0);
                vekt[i] = g.status().equals("AVLYST") ? 0.3 * g.plasser() : g.plasser() * Math.min(aar, 5);
                sum += vekt[i];
            }
            long avsluttede = Math.max(0, antallDeltakelser - antallApne);
            long skrevet = 0;
            double rest = 0;
            for (int i = 0; i < gjennomforinger.size(); i++) {
                var g = gjennomforinger.get(i);
                for (String status : apne.get(i)) {
                    if (skrevet < antallDeltakelser) {
                        skriv(ut, g, status);
                        skrevet++;
                    }
                }
                double andel = avsluttede * vekt[i] / sum + rest;
                long n = (long) andel;
                rest = andel - n;
                if (i == gjennomforinger.size() - 1) {
                    n = antallDeltakelser - skrevet;
                }
                for (long k = 0; k < n && skrevet < antallDeltakelser; k++) {
                    skriv(ut, g, avsluttet(g));
                    skrevet++;
                }
            }
        }

        List<String> apne(Gjennomforing g) {
            var statuser = new ArrayList<String>();
            if (!g.status().equals("GJENNOMFORES")) {
                return statuser;
            }
            boolean startet = !g.start().isAfter(idag);
            int tarPlass = (int) Math.round(g.plasser() * (0.6 + 0.4 * r.nextDouble()));
            if (r.nextInt(3) == 0) {
                tarPlass = g.plasser(); // full
            }
            for (int i = 0; i < tarPlass; i++) {
                statuser.add(startet && r.nextInt(10) < 8 ? "DELTAR" : "VENTER_PA_OPPSTART");
            }
            if (tarPlass == g.plasser() && !g.felles()) {
                int venter = r.nextInt(g.plasser() / 2 + 1);
                for (int i = 0; i < venter; i++) {
                    statuser.add("VENTELISTE");
                }
            }
            if (g.felles()) {
                int soknader = r.nextInt(g.plasser() / 3 + 1);
                for (int i = 0; i < soknader; i++) {
                    statuser.add(r.nextBoolean() ? "SOKT_INN" : "VURDERES");
                }
            }
            int utkast = r.nextInt(3);
            for (int i = 0; i < utkast; i++) {
                statuser.add("UTKAST_TIL_PAMELDING");
            }
            return statuser;
        }

        String avsluttet(Gjennomforing g) {
            if (g.status().equals("AVLYST")) {
                return "IKKE_AKTUELL";
            }
            int x = r.nextInt(100);
            if (x < 1) {
                return "FEILREGISTRERT";
            }
            if (x < 15) {
                return "IKKE_AKTUELL";
            }
            if (g.felles()) {
                return x < 80 ? "FULLFORT" : "AVBRUTT";
            }
            return "HAR_SLUTTET";
        }

        void skriv(Csv ut, Gjennomforing g, String status) throws IOException {
            String fnr = person(r);
            LocalDate gSlutt = g.slutt() == null ? idag.plusYears(1) : g.slutt();
            LocalDate start = null;
            LocalDate slutt = null;
            switch (status) {
                case "DELTAR" -> {
                    start = mellom(r, g.start(), min(idag, gSlutt));
                    slutt = r.nextBoolean() ? null : max(idag.plusDays(1 + r.nextInt(300)), start);
                }
                case "VENTER_PA_OPPSTART" -> start = g.felles() ? g.start() : max(g.start(), idag.plusDays(r.nextInt(60)));
                case "HAR_SLUTTET", "FULLFORT", "AVBRUTT" -> {
                    LocalDate sist = min(idag.minusDays(1), gSlutt);
                    start = mellom(r, g.start(), max(g.start(), sist));
                    slutt = mellom(r, start, max(start, sist));
                }
                case "IKKE_AKTUELL", "FEILREGISTRERT" -> start = r.nextInt(3) == 0 ? g.start() : null;
                default -> { } // SOKT_INN, VURDERES, VENTELISTE, UTKAST_TIL_PAMELDING: no dates yet
            }
            LocalDate opprettet = min(idag, start == null ? g.start() : start).minusDays(3 + r.nextInt(60));
            String prosent = r.nextInt(5) == 0 ? List.of("50.00", "60.00", "80.00").get(r.nextInt(3)) : "100.00";
            String innhold = r.nextInt(3) == 0 ? null : velg(r, INNHOLD);
            LocalDate endret = slutt != null && slutt.isBefore(idag) ? slutt : max(opprettet, min(idag, idag.minusDays(r.nextInt(30))));
            ut.rad(uuid(r), g.id(), fnr, velg(r, FORNAVN) + " " + velg(r, ETTERNAVN), status, start, slutt,
                    status.equals("UTKAST_TIL_PAMELDING") ? null : prosent, innhold,
                    "" + (char) ('A' + r.nextInt(26)) + (100_000 + r.nextInt(900_000)),
                    g.enheter().get(r.nextInt(g.enheter().size())), r.nextInt(4), tidspunkt(r, opprettet),
                    tidspunkt(r, endret), g.arrangorId());
        }

    }

    static final List<String> INNHOLD = List.of(
            "Kartlegging av arbeidsevne og mål for arbeid.", "Jobbsøking med oppfølging fra jobbspesialist.",
            "Arbeidstrening i butikk tre dager i uken.", "Norskopplæring kombinert med praksis.",
            "Oppfølging på arbeidsplassen etter ansettelse.", "Avklaring av helse og arbeid.");

    /**
     * The legacy file the import is measured with ({@code arena-deltakelser.csv}, docs/import-deltakelser.md):
     * {@code antallArenaRader} enrolments of the same persons at the generated providers over 2005–2024, measure
     * codes as tiltakskode or Arena code, Arena statuses in a realistic mix, and one row in 200 invalid (a wrong check
     * digit, an unregistered provider, an impossible date, an end before the start, an unknown status or measure
     * code). Every row has the six columns, so a raw COPY reads the same file.
     */
    final class Arenafil {

        static final List<String> STATUSER = List.of("FULLF", "GJENN", "DELAVB", "IKKAKTUELL", "AVSLAG", "TILBUD",
                "JATAKK", "VENTELISTE", "AKTUELL", "INFOMOETE", "IKKEM", "NEITAKK", "GJENN_AVB", "GJENN_AVL", "FEILREG");
        static final int[] STATUS_VEKT = {30, 8, 10, 15, 5, 3, 2, 4, 6, 2, 6, 3, 3, 2, 1};

        final Random r;
        final List<String> orgnumre = new ArrayList<>();
        final List<String> koder = new ArrayList<>();

        Arenafil(Random r, List<Arrangor> hovedenheter, List<Arrangor> underenheter) {
            this.r = r;
            underenheter.forEach(a -> orgnumre.add(a.orgnr()));
            hovedenheter.stream().limit(hovedenheter.size() / 5).forEach(a -> orgnumre.add(a.orgnr()));
            arenakoder.forEach((kode, arena) -> {
                koder.add(kode);
                koder.add(arena);
                koder.add(arena.toLowerCase(Locale.ROOT));
            });
            if (koder.isEmpty()) {
                koder.addAll(TILTAKSKODER); // reference data from before the Arena codes were exported
            }
        }

        void generer() throws IOException {
            try (var ut = Files.newBufferedWriter(dir.resolve("arena-deltakelser.csv"), StandardCharsets.UTF_8)) {
                ut.write("fodselsnummer;tiltakskode;arrangor_orgnr;startdato;sluttdato;status\n");
                LocalDate tidligst = LocalDate.of(2005, 1, 1);
                LocalDate sist = LocalDate.of(2024, 12, 31);
                var linje = new StringBuilder(80);
                for (int i = 0; i < antallArenaRader; i++) {
                    String fnr = person(r);
                    String kode = koder.get(r.nextInt(koder.size()));
                    String orgnr = orgnumre.get(r.nextInt(orgnumre.size()));
                    String status = vektet(r, STATUSER, STATUS_VEKT);
                    boolean utenDatoer = (status.equals("AKTUELL") || status.equals("VENTELISTE")
                            || status.equals("INFOMOETE") || status.equals("AVSLAG")) && r.nextInt(10) < 7;
                    LocalDate start = utenDatoer ? null
                            : tidligst.plusDays(r.nextInt((int) (sist.toEpochDay() - tidligst.toEpochDay())));
                    LocalDate slutt = start == null || status.equals("GJENN") && r.nextBoolean() ? null
                            : start.plusDays(r.nextInt(400));
                    String startTekst = start == null ? "" : start.toString();
                    String sluttTekst = slutt == null ? "" : slutt.toString();
                    if (r.nextInt(200) == 0) {
                        switch (r.nextInt(6)) {
                            case 0 -> fnr = fnr.substring(0, 10) + (char) ('0' + (fnr.charAt(10) - '0' + 1) % 10);
                            case 1 -> orgnr = "811111112"; // valid, but no registered provider
                            case 2 -> startTekst = "2019-02-30";
                            case 3 -> {
                                startTekst = "2020-06-01";
                                sluttTekst = "2020-05-31";
                            }
                            case 4 -> status = "PAMELDT";
                            default -> kode = "KURS";
                        }
                    }
                    linje.setLength(0);
                    linje.append(fnr).append(';').append(kode).append(';').append(orgnr).append(';').append(startTekst)
                            .append(';').append(sluttTekst).append(';').append(status).append('\n');
                    ut.append(linje);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** A valid organisation number (MOD11, weights 3,2,7,6,5,4,3,2) starting with 8 or 9, unique in this run. */
    String orgnr() {
        int[] w = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            var d = new int[9];
            d[0] = 8 + rnd.nextInt(2);
            int sum = d[0] * w[0];
            for (int i = 1; i < 8; i++) {
                d[i] = rnd.nextInt(10);
                sum += d[i] * w[i];
            }
            int rest = sum % 11;
            int kontroll = rest == 0 ? 0 : 11 - rest;
            if (kontroll == 10) {
                continue;
            }
            d[8] = kontroll;
            var sb = new StringBuilder();
            for (int x : d) {
                sb.append(x);
            }
            if (orgnumre.add(sb.toString())) {
                return sb.toString();
            }
        }
    }

    String navIdent() {
        return "" + (char) ('A' + rnd.nextInt(26)) + (100_000 + rnd.nextInt(900_000));
    }

    UUID uuid() {
        return uuid(rnd);
    }

    static UUID uuid(Random r) {
        long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    <T> T velg(List<T> liste) {
        return velg(rnd, liste);
    }

    static <T> T velg(Random r, List<T> liste) {
        return liste.get(r.nextInt(liste.size()));
    }

    <T> T vektet(List<T> liste, int[] vekter) {
        return vektet(rnd, liste, vekter);
    }

    static <T> T vektet(Random r, List<T> liste, int[] vekter) {
        int total = 0;
        for (int v : vekter) {
            total += v;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < vekter.length; i++) {
            x -= vekter[i];
            if (x < 0) {
                return liste.get(i);
            }
        }
        return liste.getLast();
    }

    LocalDate mellom(LocalDate fra, LocalDate til) {
        return mellom(rnd, fra, til);
    }

    static LocalDate mellom(Random r, LocalDate fra, LocalDate til) {
        long dager = til.toEpochDay() - fra.toEpochDay();
        return dager <= 0 ? fra : fra.plusDays(r.nextLong(dager + 1));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    String tidspunkt(LocalDate dag) {
        return tidspunkt(rnd, dag);
    }

    static String tidspunkt(Random r, LocalDate dag) {
        return dag.atTime(7 + r.nextInt(10), r.nextInt(60), r.nextInt(60)).atOffset(ZoneOffset.UTC).toString();
    }

    static String store(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String ascii(String s) {
        return s.replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("Æ", "Ae").replace("Ø", "O")
                .replace("Å", "A").replace("ü", "u");
    }

    static String array(List<String> elementer) {
        return "{" + String.join(",", elementer) + "}";
    }

    Csv ny(String fil) throws IOException {
        return new Csv(Files.newBufferedWriter(dir.resolve(fil), StandardCharsets.UTF_8));
    }

    /** A CSV file for COPY ... (format csv): null = empty unquoted field; every other value quoted. */
    record Csv(BufferedWriter out) implements AutoCloseable {

        void rad(Object... verdier) throws IOException {
            for (int i = 0; i < verdier.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = verdier[i];
                if (v != null) {
                    out.write('"');
                    out.write(v.toString().replace("\"", "\"\""));
                    out.write('"');
                }
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    static List<List<String>> csv(Path fil) throws IOException {
        var rader = new ArrayList<List<String>>();
        for (String linje : Files.readAllLines(fil, StandardCharsets.UTF_8)) {
            if (linje.isBlank()) {
                continue;
            }
            var felt = new ArrayList<String>();
            var sb = new StringBuilder();
            boolean sitat = false;
            for (int i = 0; i < linje.length(); i++) {
                char c = linje.charAt(i);
                if (sitat) {
                    if (c == '"' && i + 1 < linje.length() && linje.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else if (c == '"') {
                        sitat = false;
                    } else {
                        sb.append(c);
                    }
                } else if (c == '"') {
                    sitat = true;
                } else if (c == ',') {
                    felt.add(sb.toString());
                    sb.setLength(0);
                } else {
                    sb.append(c);
                }
            }
            felt.add(sb.toString());
            rader.add(felt);
        }
        return rader;
    }
}
