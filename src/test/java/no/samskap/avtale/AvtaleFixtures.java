package no.samskap.avtale;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.avtale.domain.Avtale;
import no.samskap.avtale.domain.AvtaleInnhold;
import no.samskap.avtale.domain.AvtaleRegler;
import no.samskap.avtale.AvtaleUtkast;
import no.samskap.avtale.domain.Fakta;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Prismodelltype;
import no.samskap.tiltak.TiltakstypeInfo;

/** Test data for agreements: a valid draft and the facts that make it valid, each changeable. */
public final class AvtaleFixtures {

    public static final UUID HOVEDENHET = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    public static final UUID UNDERENHET = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    public static final UUID ANNEN_UNDERENHET = UUID.fromString("00000000-0000-0000-0000-00000000a003");
    public static final UUID FREMMED_UNDERENHET = UUID.fromString("00000000-0000-0000-0000-00000000b002");
    public static final UUID KONTAKTPERSON = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    public static final NavEnhetInfo OSLO = new NavEnhetInfo("0300", "Nav Oslo", NavEnhetType.FYLKE, null);
    public static final NavEnhetInfo GRUNERLOKKA = new NavEnhetInfo("0315", "Nav Grünerløkka", NavEnhetType.LOKAL, "0300");
    public static final NavEnhetInfo VESTLAND = new NavEnhetInfo("1200", "Nav Vestland", NavEnhetType.FYLKE, null);
    public static final NavEnhetInfo BERGENHUS = new NavEnhetInfo("1203", "Nav Bergenhus", NavEnhetType.LOKAL, "1200");
    public static final TiltakstypeInfo OPPFOLGING = new TiltakstypeInfo("OPPFOLGING", "Oppfølging", "INDOPPFAG",
            Set.of(Avtaletype.AVTALE, Avtaletype.RAMMEAVTALE, Avtaletype.OFFENTLIG_OFFENTLIG), Set.of(), null);
    public static final TiltakstypeInfo AFT = new TiltakstypeInfo("ARBEIDSFORBEREDENDE_TRENING",
            "Arbeidsforberedende trening", "ARBFORB", Set.of(Avtaletype.FORHANDSGODKJENT), Set.of(),
            Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED);
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate SLUTT = LocalDate.of(2027, 12, 31);

    private AvtaleFixtures() {}

    /** A mutable draft, valid with {@link #fakta()} as it is. */
    public static final class Utkast {
        public String navn = "Oppfølging Oslo 2026";
        public String tiltakskode = "OPPFOLGING";
        public Avtaletype avtaletype = Avtaletype.AVTALE;
        public String sakarkivnummer = "24/1234";
        public UUID hovedenhet = HOVEDENHET;
        public Set<UUID> underenheter = Set.of(UNDERENHET);
        public Set<UUID> kontaktpersoner = Set.of(KONTAKTPERSON);
        public LocalDate startdato = START;
        public LocalDate sluttdato = SLUTT;
        public LocalDate opsjonMaksVarighet = LocalDate.of(2029, 12, 31);
        public Set<String> regioner = Set.of("0300");
        public Set<String> enheter = Set.of("0315");
        public Set<String> administratorer = Set.of("Z123456");
        public String beskrivelse = "Individuell oppfølging.";
        public List<PrismodellUtkast> prismodeller = new ArrayList<>(List.of(prismodell()));

        public AvtaleUtkast bygg() {
            return new AvtaleUtkast(navn, tiltakskode, avtaletype, sakarkivnummer, hovedenhet, underenheter,
                    kontaktpersoner, startdato, sluttdato, opsjonMaksVarighet, regioner, enheter, administratorer,
                    beskrivelse, prismodeller);
        }

        /** A FORHANDSGODKJENT agreement for AFT (no end date, no options, no own price models). */
        public Utkast forhandsgodkjent() {
            tiltakskode = AFT.tiltakskode();
            avtaletype = Avtaletype.FORHANDSGODKJENT;
            sakarkivnummer = null;
            sluttdato = null;
            opsjonMaksVarighet = null;
            prismodeller = new ArrayList<>();
            return this;
        }
    }

    public static Utkast utkast() {
        return new Utkast();
    }

    public static PrismodellUtkast prismodell() {
        return new PrismodellUtkast(Prismodelltype.AVTALT_PRIS_PER_MANEDSVERK, null,
                List.of(new PrismodellUtkast.SatsUtkast(START, new BigDecimal("21500.00"))));
    }

    /** Facts of a mutable world that make {@link #utkast()} valid. */
    public static final class Verden {
        public TiltakstypeInfo tiltakstype = OPPFOLGING;
        public ArrangorInfo hovedenhet = new ArrangorInfo(HOVEDENHET, "983982433", "Fretex AS", null);
        public Set<UUID> underenheterAvHovedenhet = Set.of(UNDERENHET, ANNEN_UNDERENHET);
        public Set<UUID> kontaktpersoner = Set.of(KONTAKTPERSON);
        public Map<String, NavEnhetInfo> navEnheter = new HashMap<>(Map.of(
                "0300", OSLO, "0315", GRUNERLOKKA, "1200", VESTLAND, "1203", BERGENHUS));
        public LocalDate tidligsteGjennomforingStart = null;
        public Set<UUID> prismodellerIBruk = Set.of();
        public Set<UUID> underenheterIBruk = Set.of();
        public Set<String> navEnheterIBruk = Set.of();

        public Fakta bygg() {
            return new Fakta(tiltakstype, hovedenhet, underenheterAvHovedenhet, kontaktpersoner, navEnheter,
                    tidligsteGjennomforingStart, prismodellerIBruk, underenheterIBruk, navEnheterIBruk);
        }
    }

    public static Verden verden() {
        return new Verden();
    }

    /** A stored agreement made from a draft (must be valid in the world). */
    public static Avtale avtale(Utkast utkast, Verden verden) {
        var c = InvalidInput.collector();
        AvtaleInnhold innhold = AvtaleRegler.valider(utkast.bygg(), verden.bygg(), null, c);
        c.throwIfAny();
        var prismodeller = utkast.prismodeller.stream().map(p -> AvtaleRegler.prismodell(UUID.randomUUID(), p)).toList();
        Avtale ny = Avtale.opprett(UUID.randomUUID(), utkast.tiltakskode, innhold, prismodeller,
                verden.tiltakstype.systemPrismodell(), UUID.randomUUID(), Instant.parse("2025-12-01T10:00:00Z"));
        return Avtale.fraLager(ny.id(), 0, ny.tiltakskode(), ny.opprettet(), ny.innhold(), ny.prismodeller(),
                ny.opsjoner(), ny.avbrudd(), ny.avslutningRegistrert());
    }

    public static Avtale avtale() {
        return avtale(utkast(), verden());
    }
}
