package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Prismodelltype;
import no.samskap.tiltak.domain.Gjennomforing;
import org.jspecify.annotations.Nullable;

/** Agreements and implementations for tests, reached through the domain methods. */
public final class GjennomforingFixtures {

    public static final LocalDate AVTALE_START = LocalDate.of(2026, 1, 1);
    public static final LocalDate AVTALE_SLUTT = LocalDate.of(2027, 12, 31);

    private GjennomforingFixtures() {}

    /** An AKTIV framework agreement with two underenheter, two offices and one price model. */
    public static AvtaleForGjennomforing anAktivAvtale() {
        return new AvtaleForGjennomforing(
                UUID.randomUUID(),
                "Oppfølging Oslo 2026",
                "OPPFOLGING",
                Avtaletype.RAMMEAVTALE,
                true,
                AVTALE_START,
                AVTALE_SLUTT,
                UUID.randomUUID(),
                Set.of(UUID.randomUUID(), UUID.randomUUID()),
                Set.of("0300"),
                Set.of("0315", "0312"),
                Map.of(UUID.randomUUID(), Prismodelltype.values()[0]));
    }

    public static AvtaleForGjennomforing withType(AvtaleForGjennomforing a, Avtaletype type, boolean aktiv) {
        return new AvtaleForGjennomforing(
                a.id(),
                a.navn(),
                a.tiltakskode(),
                type,
                aktiv,
                a.startdato(),
                type == Avtaletype.FORHANDSGODKJENT ? null : a.sluttdato(),
                a.arrangorHovedenhetId(),
                a.arrangorUnderenheter(),
                a.navRegioner(),
                a.navEnheter(),
                a.prismodeller());
    }

    public static UUID underenhetOf(AvtaleForGjennomforing avtale) {
        return avtale.arrangorUnderenheter().stream().sorted().findFirst().orElseThrow();
    }

    public static UUID prismodellOf(AvtaleForGjennomforing avtale) {
        return avtale.prismodeller().keySet().iterator().next();
    }

    /** Valid content for an implementation under this agreement. */
    public static GjennomforingInnhold validInnhold(AvtaleForGjennomforing avtale) {
        return new GjennomforingInnhold(
                "Oppfølging for unge i Grünerløkka",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31),
                20,
                Oppstartstype.LOPENDE,
                prismodellOf(avtale),
                Set.of("0315"),
                List.of(),
                List.of(new NavKontaktperson("Z123456", "Kari Nordmann", "kari.nordmann@nav.no")),
                "Thorvald Meyers gate 1",
                new EstimertVentetid(3, EstimertVentetid.Enhet.UKER),
                "Individuell oppfølging mot arbeid.");
    }

    public static InnholdBuilder innhold(AvtaleForGjennomforing avtale) {
        return new InnholdBuilder(validInnhold(avtale));
    }

    /** Valid content with some parts changed. */
    public static final class InnholdBuilder {
        public @Nullable String navn;
        public @Nullable LocalDate startdato;
        public @Nullable LocalDate sluttdato;
        public @Nullable Integer antallPlasser;
        public @Nullable Oppstartstype oppstartstype;
        public @Nullable UUID prismodellId;
        public Set<String> navEnheter;
        public List<UUID> arrangorKontaktpersoner;
        public List<NavKontaktperson> navKontaktpersoner;
        public @Nullable String oppmotested;
        public @Nullable EstimertVentetid estimertVentetid;
        public @Nullable String beskrivelse;

        InnholdBuilder(GjennomforingInnhold i) {
            navn = i.navn();
            startdato = i.startdato();
            sluttdato = i.sluttdato();
            antallPlasser = i.antallPlasser();
            oppstartstype = i.oppstartstype();
            prismodellId = i.prismodellId();
            navEnheter = i.navEnheter();
            arrangorKontaktpersoner = i.arrangorKontaktpersoner();
            navKontaktpersoner = i.navKontaktpersoner();
            oppmotested = i.oppmotested();
            estimertVentetid = i.estimertVentetid();
            beskrivelse = i.beskrivelse();
        }

        public InnholdBuilder with(java.util.function.Consumer<InnholdBuilder> change) {
            change.accept(this);
            return this;
        }

        public GjennomforingInnhold build() {
            return new GjennomforingInnhold(
                    navn,
                    startdato,
                    sluttdato,
                    antallPlasser,
                    oppstartstype,
                    prismodellId,
                    navEnheter,
                    arrangorKontaktpersoner,
                    navKontaktpersoner,
                    oppmotested,
                    estimertVentetid,
                    beskrivelse);
        }
    }

    public static Gjennomforing aGjennomforing(AvtaleForGjennomforing avtale) {
        return Gjennomforing.opprett(
                UUID.randomUUID(), avtale.id(), avtale, underenhetOf(avtale), validInnhold(avtale), Set.of());
    }
}
