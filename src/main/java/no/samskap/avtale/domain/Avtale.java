package no.samskap.avtale.domain;

import no.samskap.avtale.Avbrytelsesaarsak;

import static no.samskap.avtale.AvtaleProblem.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/**
 * An agreement between NAV and a provider for a measure type (aggregate). Its status is derived from the data and
 * today's date ({@link #status(LocalDate)}); state changes go through the intention-named methods, which check the
 * state rules. Field rules are in {@link AvtaleRegler}.
 */
public final class Avtale {

    /** Dates in rule messages use the format the pages show (dd.MM.yyyy), not ISO. */
    private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UUID id;
    private final long version;
    private final String tiltakskode;
    private final Instant opprettet;
    private AvtaleInnhold innhold;
    private final List<Prismodell> prismodeller;
    private final List<Opsjon> opsjoner;
    private @Nullable Avbrudd avbrudd;
    private @Nullable Instant avslutningRegistrert;

    private Avtale(
            UUID id,
            long version,
            String tiltakskode,
            Instant opprettet,
            AvtaleInnhold innhold,
            List<Prismodell> prismodeller,
            List<Opsjon> opsjoner,
            @Nullable Avbrudd avbrudd,
            @Nullable Instant avslutningRegistrert) {
        this.id = id;
        this.version = version;
        this.tiltakskode = tiltakskode;
        this.opprettet = opprettet;
        this.innhold = innhold;
        this.prismodeller = new ArrayList<>(prismodeller);
        this.opsjoner = new ArrayList<>(opsjoner);
        this.avbrudd = avbrudd;
        this.avslutningRegistrert = avslutningRegistrert;
    }

    /**
     * A new agreement. A FORHANDSGODKJENT agreement gets the measure type's system price model instead of
     * {@code prismodeller}.
     */
    public static Avtale opprett(
            UUID id,
            String tiltakskode,
            AvtaleInnhold innhold,
            List<Prismodell> prismodeller,
            @Nullable Prismodelltype systemPrismodell,
            UUID systemPrismodellId,
            Instant naa) {
        List<Prismodell> modeller = innhold.avtaletype() == Avtaletype.FORHANDSGODKJENT
                ? List.of(Prismodell.system(systemPrismodellId, krevSystemPrismodell(systemPrismodell)))
                : prismodeller;
        return new Avtale(id, 0, tiltakskode, naa, innhold, modeller, List.of(), null, null);
    }

    /** An agreement as stored. */
    public static Avtale fraLager(
            UUID id,
            long version,
            String tiltakskode,
            Instant opprettet,
            AvtaleInnhold innhold,
            List<Prismodell> prismodeller,
            List<Opsjon> opsjoner,
            @Nullable Avbrudd avbrudd,
            @Nullable Instant avslutningRegistrert) {
        return new Avtale(
                id, version, tiltakskode, opprettet, innhold, prismodeller, opsjoner, avbrudd, avslutningRegistrert);
    }

    /** UTKAST without a provider, AVBRUTT once aborted, AVSLUTTET from the day after the end date, else AKTIV. */
    public AvtaleStatus status(LocalDate idag) {
        if (avbrudd != null) {
            return AvtaleStatus.AVBRUTT;
        }
        if (innhold.arrangorHovedenhetId() == null) {
            return AvtaleStatus.UTKAST;
        }
        LocalDate slutt = innhold.sluttdato();
        if (slutt != null && idag.isAfter(slutt)) {
            return AvtaleStatus.AVSLUTTET;
        }
        return AvtaleStatus.AKTIV;
    }

    /**
     * Replaces the content (validated by {@link AvtaleRegler}). Moving into or out of FORHANDSGODKJENT replaces the
     * price models by the system price model or removes it.
     */
    public void endre(AvtaleInnhold nytt, @Nullable Prismodelltype systemPrismodell, UUID systemPrismodellId, LocalDate idag) {
        krevIkkeAvbrutt();
        boolean var = erForhandsgodkjent();
        boolean blir = nytt.avtaletype() == Avtaletype.FORHANDSGODKJENT;
        if (!var && blir) {
            prismodeller.clear();
            prismodeller.add(Prismodell.system(systemPrismodellId, krevSystemPrismodell(systemPrismodell)));
        } else if (var && !blir) {
            prismodeller.clear();
        }
        innhold = nytt;
        if (status(idag) != AvtaleStatus.AVSLUTTET) {
            avslutningRegistrert = null;
        }
    }

    /**
     * Aborts the agreement. Refused when already aborted or ended, and while an implementation under it is running.
     */
    public void avbryt(
            Set<Avbrytelsesaarsak> aarsaker,
            @Nullable String forklaring,
            boolean gjennomforingPagar,
            LocalDate idag,
            Instant naa) {
        krevIkkeAvbrutt();
        if (status(idag) == AvtaleStatus.AVSLUTTET) {
            throw new BusinessRuleViolation(AVTALE_ER_AVSLUTTET);
        }
        String tekst = AvtaleRegler.trim(forklaring);
        InvalidInput.collector()
                .check(!aarsaker.isEmpty(), "aarsaker", AARSAK_PAAKREVD)
                .check(!aarsaker.contains(Avbrytelsesaarsak.ANNET) || tekst != null, "forklaring", FORKLARING_PAAKREVD)
                .check(tekst == null || tekst.length() <= AvtaleRegler.TEKST_MAKS, "forklaring", BESKRIVELSE_FOR_LANG,
                        AvtaleRegler.TEKST_MAKS)
                .throwIfAny();
        if (gjennomforingPagar) {
            throw new BusinessRuleViolation(GJENNOMFORING_PAGAR);
        }
        avbrudd = new Avbrudd(naa, aarsaker, tekst);
    }

    /**
     * Exercises an option: moves the end date to {@code nySluttdato}, which must be later than the current end date and
     * not beyond the option model's maximum. Refused for FORHANDSGODKJENT and for aborted or ended agreements.
     */
    public Opsjon registrerOpsjon(
            UUID opsjonId, @Nullable LocalDate nySluttdato, String registrertAv, LocalDate idag, Instant naa) {
        krevIkkeAvbrutt();
        if (erForhandsgodkjent()) {
            throw new BusinessRuleViolation(OPSJON_FORHANDSGODKJENT);
        }
        if (status(idag) == AvtaleStatus.AVSLUTTET) {
            throw new BusinessRuleViolation(AVTALE_ER_AVSLUTTET);
        }
        LocalDate maks = innhold.opsjonMaksVarighet();
        LocalDate slutt = innhold.sluttdato();
        if (maks == null || slutt == null) {
            throw new BusinessRuleViolation(OPSJON_UTEN_OPSJONSMODELL);
        }
        if (nySluttdato == null) {
            throw new InvalidInput(List.of(no.samskap.shared.FieldViolation.of("nySluttdato", PAAKREVD)));
        }
        InvalidInput.collector()
                .check(nySluttdato.isAfter(slutt), "nySluttdato", OPSJON_MAA_FORLENGE, dato(slutt))
                .check(!nySluttdato.isAfter(maks), "nySluttdato", OPSJON_OVER_MAKS, dato(maks))
                .throwIfAny();
        var opsjon = new Opsjon(opsjonId, slutt, nySluttdato, registrertAv, naa);
        opsjoner.add(opsjon);
        innhold = withSluttdato(innhold, nySluttdato);
        return opsjon;
    }

    /** Adds a price model (validated by {@link AvtaleRegler#validerPrismodell}). */
    public void leggTilPrismodell(Prismodell prismodell) {
        krevIkkeAvbrutt();
        if (erForhandsgodkjent()) {
            throw new BusinessRuleViolation(PRISMODELL_FORHANDSGODKJENT);
        }
        prismodeller.add(prismodell);
    }

    /** Changes a price model's description and rates; its type may change only while no implementation uses it. */
    public void endrePrismodell(Prismodell ny, boolean iBruk) {
        krevIkkeAvbrutt();
        Prismodell gammel = prismodell(ny.id()).orElseThrow(() -> new NotFound("prismodell", ny.id()));
        if (erForhandsgodkjent()) {
            throw new BusinessRuleViolation(PRISMODELL_SYSTEM);
        }
        if (iBruk && gammel.type() != ny.type()) {
            throw new InvalidInput(List.of(no.samskap.shared.FieldViolation.of("type", PRISMODELL_I_BRUK)));
        }
        prismodeller.replaceAll(p -> p.id().equals(ny.id()) ? ny : p);
    }

    /** Removes a price model; refused for the system price model and while an implementation uses it. */
    public void fjernPrismodell(UUID prismodellId, Set<UUID> prismodellerIBruk) {
        krevIkkeAvbrutt();
        prismodell(prismodellId).orElseThrow(() -> new NotFound("prismodell", prismodellId));
        if (erForhandsgodkjent()) {
            throw new BusinessRuleViolation(PRISMODELL_SYSTEM);
        }
        if (prismodellerIBruk.contains(prismodellId)) {
            throw new BusinessRuleViolation(PRISMODELL_I_BRUK);
        }
        prismodeller.removeIf(p -> p.id().equals(prismodellId));
    }

    /** The nightly job records that the agreement has ended; true when this changed anything. */
    public boolean registrerAvslutning(LocalDate idag, Instant naa) {
        if (status(idag) != AvtaleStatus.AVSLUTTET || avslutningRegistrert != null) {
            return false;
        }
        avslutningRegistrert = naa;
        return true;
    }

    public Optional<Prismodell> prismodell(UUID prismodellId) {
        return prismodeller.stream().filter(p -> p.id().equals(prismodellId)).findFirst();
    }

    public boolean erForhandsgodkjent() {
        return innhold.avtaletype() == Avtaletype.FORHANDSGODKJENT;
    }

    private void krevIkkeAvbrutt() {
        if (avbrudd != null) {
            throw new BusinessRuleViolation(AVTALE_ER_AVBRUTT);
        }
    }

    private static Prismodelltype krevSystemPrismodell(@Nullable Prismodelltype type) {
        if (type == null) {
            throw new BusinessRuleViolation(AVTALETYPE_IKKE_TILLATT, "avtaletype");
        }
        return type;
    }

    static String dato(LocalDate dato) {
        return DATO.format(dato);
    }

    private static AvtaleInnhold withSluttdato(AvtaleInnhold i, LocalDate sluttdato) {
        return new AvtaleInnhold(i.navn(), i.avtaletype(), i.sakarkivnummer(), i.arrangorHovedenhetId(),
                i.arrangorUnderenheter(), i.arrangorKontaktpersoner(), i.startdato(), sluttdato, i.opsjonMaksVarighet(),
                i.navRegioner(), i.navEnheter(), i.administratorer(), i.beskrivelse());
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String tiltakskode() {
        return tiltakskode;
    }

    public Instant opprettet() {
        return opprettet;
    }

    public AvtaleInnhold innhold() {
        return innhold;
    }

    public List<Prismodell> prismodeller() {
        return List.copyOf(prismodeller);
    }

    public List<Opsjon> opsjoner() {
        return List.copyOf(opsjoner);
    }

    public @Nullable Avbrudd avbrudd() {
        return avbrudd;
    }

    public @Nullable Instant avslutningRegistrert() {
        return avslutningRegistrert;
    }
}
