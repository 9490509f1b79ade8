package no.samskap.tiltak.domain;

import static no.samskap.tiltak.GjennomforingProblem.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.tiltak.AvtaleForGjennomforing;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingInnhold;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * An implementation (gjennomføring): one run of a measure at a provider's underenhet, under an agreement. Its state
 * changes only through the methods below, which check the rules and report every broken field rule together.
 */
public final class Gjennomforing {

    static final int MAKS_NAVN = 200;
    static final int MAKS_TEKST = 4000;
    static final int MAKS_OPPMOTESTED = 500;
    static final int MAKS_AARSAK = 1000;
    private static final Pattern NAV_IDENT = Pattern.compile("[A-Z]\\d{6}");
    private static final java.time.format.DateTimeFormatter DATO =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern EPOST = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UUID id;
    private final UUID avtaleId;
    private final String tiltakskode;
    private final UUID arrangorId;
    private String navn;
    private LocalDate startdato;
    private @Nullable LocalDate sluttdato;
    private int antallPlasser;
    private Oppstartstype oppstartstype;
    private UUID prismodellId;
    private Set<String> navEnheter;
    private List<UUID> arrangorKontaktpersoner;
    private List<NavKontaktperson> navKontaktpersoner;
    private @Nullable String oppmotested;
    private @Nullable EstimertVentetid estimertVentetid;
    private @Nullable String beskrivelse;
    private boolean publisert;
    private boolean apentForPamelding;
    private GjennomforingStatus status;
    private @Nullable LocalDate avbruttDato;
    private @Nullable String avbruttAarsak;
    private final long version;

    /** Restores a stored implementation as it was loaded ({@code version} is the loaded version). */
    public Gjennomforing(
            UUID id,
            UUID avtaleId,
            String tiltakskode,
            UUID arrangorId,
            String navn,
            LocalDate startdato,
            @Nullable LocalDate sluttdato,
            int antallPlasser,
            Oppstartstype oppstartstype,
            UUID prismodellId,
            Set<String> navEnheter,
            List<UUID> arrangorKontaktpersoner,
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
        this.id = id;
        this.avtaleId = avtaleId;
        this.tiltakskode = tiltakskode;
        this.arrangorId = arrangorId;
        this.navn = navn;
        this.startdato = startdato;
        this.sluttdato = sluttdato;
        this.antallPlasser = antallPlasser;
        this.oppstartstype = oppstartstype;
        this.prismodellId = prismodellId;
        this.navEnheter = Set.copyOf(navEnheter);
        this.arrangorKontaktpersoner = List.copyOf(arrangorKontaktpersoner);
        this.navKontaktpersoner = List.copyOf(navKontaktpersoner);
        this.oppmotested = oppmotested;
        this.estimertVentetid = estimertVentetid;
        this.beskrivelse = beskrivelse;
        this.publisert = publisert;
        this.apentForPamelding = apentForPamelding;
        this.status = status;
        this.avbruttDato = avbruttDato;
        this.avbruttAarsak = avbruttAarsak;
        this.version = version;
    }

    /**
     * Creates a running implementation under an agreement.
     *
     * @param avtale the agreement, null when the requested one does not exist (reported as a field error with the rest)
     * @param kjenteKontaktpersoner the contact person ids that belong to the provider and may be linked
     * @throws InvalidInput with every broken rule
     */
    public static Gjennomforing opprett(
            UUID id,
            @Nullable UUID avtaleId,
            @Nullable AvtaleForGjennomforing avtale,
            @Nullable UUID arrangorId,
            GjennomforingInnhold innhold,
            Set<UUID> kjenteKontaktpersoner) {
        var feil = InvalidInput.collector();
        if (avtaleId == null) {
            feil.add("avtaleId", AVTALE_PAAKREVD);
        } else if (avtale == null) {
            feil.add("avtaleId", AVTALE_FINNES_IKKE);
        } else {
            feil.check(avtale.aktiv(), "avtaleId", AVTALE_IKKE_AKTIV);
        }
        if (arrangorId == null) {
            feil.add("arrangorId", ARRANGOR_PAAKREVD);
        } else if (avtale != null) {
            feil.check(avtale.arrangorUnderenheter().contains(arrangorId), "arrangorId", ARRANGOR_IKKE_I_AVTALEN);
        }
        sjekkInnhold(feil, avtale, innhold, kjenteKontaktpersoner);
        feil.throwIfAny();
        var g = new Gjennomforing(
                id,
                java.util.Objects.requireNonNull(avtaleId),
                java.util.Objects.requireNonNull(avtale).tiltakskode(),
                java.util.Objects.requireNonNull(arrangorId),
                "",
                LocalDate.MIN,
                null,
                1,
                Oppstartstype.LOPENDE,
                id,
                Set.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                false,
                false,
                GjennomforingStatus.GJENNOMFORES,
                null,
                null,
                0);
        g.settInnhold(innhold);
        return g;
    }

    /**
     * Edits a running implementation.
     *
     * @param arrangorId the provider the client sent, or null when it sent none; it must be the current one
     * @throws BusinessRuleViolation when not running
     * @throws InvalidInput with every broken field rule
     */
    public void endre(
            AvtaleForGjennomforing avtale,
            @Nullable UUID arrangorId,
            GjennomforingInnhold innhold,
            Set<UUID> kjenteKontaktpersoner) {
        if (status != GjennomforingStatus.GJENNOMFORES) {
            throw new BusinessRuleViolation(KAN_IKKE_ENDRES);
        }
        var feil = InvalidInput.collector();
        feil.check(arrangorId == null || arrangorId.equals(this.arrangorId), "arrangorId", ARRANGOR_KAN_IKKE_ENDRES);
        sjekkInnhold(feil, avtale, innhold, kjenteKontaktpersoner);
        feil.throwIfAny();
        settInnhold(innhold);
    }

    /**
     * Stops a running implementation: a new end date before the start cancels it (AVLYST), otherwise it is stopped
     * early (AVBRUTT). It leaves the catalog and closes for enrolment.
     *
     * @param idag the day the abort is registered
     */
    public void avbryt(@Nullable LocalDate nySluttdato, @Nullable String aarsak, LocalDate idag) {
        if (status != GjennomforingStatus.GJENNOMFORES) {
            throw new BusinessRuleViolation(KAN_IKKE_AVBRYTES);
        }
        var feil = InvalidInput.collector();
        if (nySluttdato == null) {
            feil.add("sluttdato", AVBRYT_SLUTTDATO_PAAKREVD);
        } else if (sluttdato != null && nySluttdato.isAfter(sluttdato)) {
            feil.add("sluttdato", AVBRYT_SLUTTDATO_ETTER_SLUTTDATO, dato(sluttdato));
        }
        String begrunnelse = blankToNull(aarsak);
        if (begrunnelse == null) {
            feil.add("aarsak", AVBRYT_AARSAK_PAAKREVD);
        } else {
            feil.check(begrunnelse.length() <= MAKS_AARSAK, "aarsak", AVBRYT_AARSAK_FOR_LANG, MAKS_AARSAK);
        }
        feil.throwIfAny();
        LocalDate slutt = java.util.Objects.requireNonNull(nySluttdato);
        status = slutt.isBefore(startdato) ? GjennomforingStatus.AVLYST : GjennomforingStatus.AVBRUTT;
        sluttdato = slutt;
        avbruttDato = idag;
        avbruttAarsak = begrunnelse;
        publisert = false;
        apentForPamelding = false;
    }

    /** Reopens an ended implementation with a new end date after today. */
    public void gjenapne(@Nullable LocalDate nySluttdato, LocalDate idag) {
        if (status != GjennomforingStatus.AVSLUTTET) {
            throw new BusinessRuleViolation(KAN_IKKE_GJENAPNES);
        }
        var feil = InvalidInput.collector();
        if (nySluttdato == null) {
            feil.add("sluttdato", GJENAPNE_SLUTTDATO_PAAKREVD);
        } else {
            feil.check(nySluttdato.isAfter(idag), "sluttdato", GJENAPNE_SLUTTDATO_IKKE_FREMTIDIG);
        }
        feil.throwIfAny();
        sluttdato = nySluttdato;
        status = GjennomforingStatus.GJENNOMFORES;
    }

    /** Ends a running implementation whose end date has passed; true when it changed. */
    public boolean avsluttHvisUtlopt(LocalDate idag) {
        if (status == GjennomforingStatus.GJENNOMFORES && sluttdato != null && sluttdato.isBefore(idag)) {
            status = GjennomforingStatus.AVSLUTTET;
            apentForPamelding = false;
            return true;
        }
        return false;
    }

    /** Shows a running implementation in the counsellors' catalog. */
    public void publiser() {
        if (status != GjennomforingStatus.GJENNOMFORES) {
            throw new BusinessRuleViolation(KAN_IKKE_PUBLISERES);
        }
        publisert = true;
    }

    public void avpubliser() {
        publisert = false;
    }

    /** Lets counsellors enrol participants in a running implementation. */
    public void apneForPamelding() {
        if (status != GjennomforingStatus.GJENNOMFORES) {
            throw new BusinessRuleViolation(KAN_IKKE_APNES_FOR_PAMELDING);
        }
        apentForPamelding = true;
    }

    public void stengForPamelding() {
        apentForPamelding = false;
    }

    private static void sjekkInnhold(
            InvalidInput.Collector feil,
            @Nullable AvtaleForGjennomforing avtale,
            GjennomforingInnhold innhold,
            Set<UUID> kjenteKontaktpersoner) {
        String navn = blankToNull(innhold.navn());
        if (navn == null) {
            feil.add("navn", NAVN_PAAKREVD);
        } else {
            feil.check(navn.length() <= MAKS_NAVN, "navn", NAVN_FOR_LANGT, MAKS_NAVN);
        }

        LocalDate start = innhold.startdato();
        LocalDate slutt = innhold.sluttdato();
        if (start == null) {
            feil.add("startdato", STARTDATO_PAAKREVD);
        } else if (avtale != null) {
            feil.check(!start.isBefore(avtale.startdato()), "startdato", STARTDATO_FOR_AVTALENS_START, dato(avtale.startdato()));
            LocalDate avtaleSlutt = avtale.sluttdato();
            if (avtaleSlutt != null) {
                feil.check(!start.isAfter(avtaleSlutt), "startdato", STARTDATO_ETTER_AVTALENS_SLUTT, dato(avtaleSlutt));
            }
        }
        if (slutt == null) {
            feil.check(
                    avtale == null || avtale.avtaletype() == Avtaletype.FORHANDSGODKJENT,
                    "sluttdato",
                    SLUTTDATO_PAAKREVD);
        } else if (start != null) {
            feil.check(!slutt.isBefore(start), "sluttdato", SLUTTDATO_FOR_STARTDATO);
        }

        Integer plasser = innhold.antallPlasser();
        if (plasser == null) {
            feil.add("antallPlasser", ANTALL_PLASSER_PAAKREVD);
        } else {
            feil.check(plasser > 0, "antallPlasser", ANTALL_PLASSER_IKKE_POSITIVT);
        }

        feil.check(innhold.oppstartstype() != null, "oppstartstype", OPPSTARTSTYPE_PAAKREVD);

        UUID prismodell = innhold.prismodellId();
        if (prismodell == null) {
            feil.add("prismodellId", PRISMODELL_PAAKREVD);
        } else if (avtale != null) {
            feil.check(avtale.prismodeller().containsKey(prismodell), "prismodellId", PRISMODELL_IKKE_I_AVTALEN);
        }

        if (innhold.navEnheter().isEmpty()) {
            feil.add("navEnheter", NAV_ENHETER_PAAKREVD);
        } else if (avtale != null) {
            var utenfor = innhold.navEnheter().stream()
                    .filter(e -> !avtale.navEnheter().contains(e))
                    .sorted()
                    .toList();
            feil.check(utenfor.isEmpty(), "navEnheter", NAV_ENHET_IKKE_I_AVTALEN, String.join(", ", utenfor));
        }

        for (UUID kontaktperson : innhold.arrangorKontaktpersoner()) {
            if (!kjenteKontaktpersoner.contains(kontaktperson)) {
                feil.add("arrangorKontaktpersoner", ARRANGOR_KONTAKTPERSON_UKJENT);
                break;
            }
        }

        var identer = new HashSet<String>();
        for (int i = 0; i < innhold.navKontaktpersoner().size(); i++) {
            NavKontaktperson k = innhold.navKontaktpersoner().get(i);
            String prefix = "navKontaktpersoner[" + i + "].";
            String ident = blankToNull(k.navIdent());
            if (ident == null || !NAV_IDENT.matcher(ident).matches()) {
                feil.add(prefix + "navIdent", NAV_KONTAKTPERSON_IDENT_UGYLDIG);
            } else {
                feil.check(identer.add(ident), prefix + "navIdent", NAV_KONTAKTPERSON_IDENT_DUPLIKAT);
            }
            feil.check(blankToNull(k.navn()) != null, prefix + "navn", NAV_KONTAKTPERSON_NAVN_PAAKREVD);
            String epost = blankToNull(k.epost());
            feil.check(epost == null || EPOST.matcher(epost).matches(), prefix + "epost", NAV_KONTAKTPERSON_EPOST_UGYLDIG);
        }

        EstimertVentetid ventetid = innhold.estimertVentetid();
        if (ventetid != null && !ventetid.erTom()) {
            Integer verdi = ventetid.verdi();
            feil.check(
                    verdi != null && verdi > 0 && ventetid.enhet() != null,
                    "estimertVentetid",
                    VENTETID_UGYLDIG);
        }

        String oppmotested = blankToNull(innhold.oppmotested());
        feil.check(
                oppmotested == null || oppmotested.length() <= MAKS_OPPMOTESTED,
                "oppmotested",
                OPPMOTESTED_FOR_LANGT,
                MAKS_OPPMOTESTED);
        String beskrivelse = blankToNull(innhold.beskrivelse());
        feil.check(
                beskrivelse == null || beskrivelse.length() <= MAKS_TEKST, "beskrivelse", BESKRIVELSE_FOR_LANG, MAKS_TEKST);
    }

    /** Takes validated content. */
    private void settInnhold(GjennomforingInnhold innhold) {
        navn = java.util.Objects.requireNonNull(blankToNull(innhold.navn()));
        startdato = java.util.Objects.requireNonNull(innhold.startdato());
        sluttdato = innhold.sluttdato();
        antallPlasser = java.util.Objects.requireNonNull(innhold.antallPlasser());
        oppstartstype = java.util.Objects.requireNonNull(innhold.oppstartstype());
        prismodellId = java.util.Objects.requireNonNull(innhold.prismodellId());
        navEnheter = Set.copyOf(innhold.navEnheter());
        arrangorKontaktpersoner = List.copyOf(new java.util.LinkedHashSet<>(innhold.arrangorKontaktpersoner()));
        var kontakter = new ArrayList<NavKontaktperson>();
        for (NavKontaktperson k : innhold.navKontaktpersoner()) {
            kontakter.add(new NavKontaktperson(
                    java.util.Objects.requireNonNull(blankToNull(k.navIdent())),
                    java.util.Objects.requireNonNull(blankToNull(k.navn())),
                    blankToNull(k.epost())));
        }
        navKontaktpersoner = List.copyOf(kontakter);
        oppmotested = blankToNull(innhold.oppmotested());
        EstimertVentetid ventetid = innhold.estimertVentetid();
        estimertVentetid = ventetid == null || ventetid.erTom() ? null : ventetid;
        beskrivelse = blankToNull(innhold.beskrivelse());
    }

    /** Dates in messages as Norwegians write them (the message arguments are shown as they are). */
    private static String dato(LocalDate dato) {
        return DATO.format(dato);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID avtaleId() {
        return avtaleId;
    }

    public String tiltakskode() {
        return tiltakskode;
    }

    public UUID arrangorId() {
        return arrangorId;
    }

    public String navn() {
        return navn;
    }

    public LocalDate startdato() {
        return startdato;
    }

    public @Nullable LocalDate sluttdato() {
        return sluttdato;
    }

    public int antallPlasser() {
        return antallPlasser;
    }

    public Oppstartstype oppstartstype() {
        return oppstartstype;
    }

    public boolean pameldingKreverGodkjenning() {
        return oppstartstype.pameldingKreverGodkjenning();
    }

    public UUID prismodellId() {
        return prismodellId;
    }

    public Set<String> navEnheter() {
        return navEnheter;
    }

    public List<UUID> arrangorKontaktpersoner() {
        return arrangorKontaktpersoner;
    }

    public List<NavKontaktperson> navKontaktpersoner() {
        return navKontaktpersoner;
    }

    public @Nullable String oppmotested() {
        return oppmotested;
    }

    public @Nullable EstimertVentetid estimertVentetid() {
        return estimertVentetid;
    }

    public @Nullable String beskrivelse() {
        return beskrivelse;
    }

    public boolean publisert() {
        return publisert;
    }

    public boolean apentForPamelding() {
        return apentForPamelding;
    }

    public GjennomforingStatus status() {
        return status;
    }

    public @Nullable LocalDate avbruttDato() {
        return avbruttDato;
    }

    public @Nullable String avbruttAarsak() {
        return avbruttAarsak;
    }

    /** The version this implementation was loaded with (the optimistic-locking guard of the next update). */
    public long version() {
        return version;
    }
}
