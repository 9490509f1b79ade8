package no.samskap.arrangor;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.arrangor.domain.Arrangor;
import no.samskap.arrangor.domain.Kontaktperson;
import no.samskap.arrangor.persistence.ArrangorQueries;
import no.samskap.arrangor.persistence.ArrangorRepository;
import no.samskap.arrangor.persistence.HistorikkRepository;
import no.samskap.arrangor.persistence.KontaktpersonRepository;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.Organisasjonsnummer;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider module's use cases: register and change providers, manage their contact persons, list and read them.
 * Only TILTAKSADMIN writes; TILTAKSADMIN and VEILEDER read everything; ARRANGOR reads only its own organisations (and
 * the underenheter of its hovedenheter) — anything else is "not found" to it.
 */
@Service
public class ArrangorService {

    private final ArrangorRepository arrangorer;
    private final KontaktpersonRepository kontaktpersoner;
    private final HistorikkRepository historikk;
    private final ArrangorQueries queries;
    private final TilgangService tilgang;
    private final List<KontaktpersonBruk> bruk;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArrangorService(
            ArrangorRepository arrangorer,
            KontaktpersonRepository kontaktpersoner,
            HistorikkRepository historikk,
            ArrangorQueries queries,
            TilgangService tilgang,
            List<KontaktpersonBruk> bruk,
            Clock clock,
            ApplicationEventPublisher events) {
        this.arrangorer = arrangorer;
        this.kontaktpersoner = kontaktpersoner;
        this.historikk = historikk;
        this.queries = queries;
        this.tilgang = tilgang;
        this.bruk = List.copyOf(bruk);
        this.clock = clock;
        this.events = events;
    }

    /** Whether the current user may register and change providers (for showing write actions). */
    public boolean kanEndre() {
        return tilgang.innlogget().har(Rolle.TILTAKSADMIN);
    }

    /** One page of the providers the current user may see. */
    @Transactional(readOnly = true)
    public Side<ArrangorSammendrag> list(
            ArrangorFilter filter, ArrangorSortering sortering, Side.Sideforesporsel foresporsel) {
        Innlogget user = krevLesetilgang();
        return queries.side(filter, sortering, foresporsel, synlige(user));
    }

    /** A provider with underenheter and contact persons; not found when it does not exist or is not visible. */
    @Transactional(readOnly = true)
    public ArrangorDetaljer hent(UUID id) {
        krevSynlig(id);
        ArrangorDetaljer detaljer = queries.detaljer(id).orElseThrow(() -> new NotFound("arrangor", id));
        Set<UUID> synlige = synlige(tilgang.innlogget());
        if (synlige == null) {
            return detaljer;
        }
        var underenheter = detaljer.underenheter().stream()
                .filter(u -> synlige.contains(u.id()))
                .toList();
        return new ArrangorDetaljer(
                detaljer.id(),
                detaljer.organisasjonsnummer(),
                detaljer.navn(),
                detaljer.type(),
                detaljer.hovedenhet(),
                underenheter,
                detaljer.kontaktpersoner(),
                detaljer.version(),
                detaljer.opprettet(),
                detaljer.endret());
    }

    /** The provider's change history, newest first. */
    @Transactional(readOnly = true)
    public List<Historikk.Visning> historikk(UUID id) {
        krevSynlig(id);
        return Historikk.beskriv(historikk.forArrangor(id));
    }

    /** All hovedenheter by name, for choosing a parent (TILTAKSADMIN). */
    @Transactional(readOnly = true)
    public List<ArrangorInfo> hovedenheter() {
        tilgang.krev(Rolle.TILTAKSADMIN);
        return queries.hovedenheter();
    }

    /** A contact person of a visible provider. */
    @Transactional(readOnly = true)
    public KontaktpersonDetaljer hentKontaktperson(UUID arrangorId, UUID kontaktpersonId) {
        krevSynlig(arrangorId);
        return queries.kontaktpersonDetaljer(arrangorId, kontaktpersonId)
                .orElseThrow(() -> new NotFound("kontaktperson", kontaktpersonId));
    }

    /** A contact person's change history, newest first. */
    @Transactional(readOnly = true)
    public List<Historikk.Visning> kontaktpersonHistorikk(UUID arrangorId, UUID kontaktpersonId) {
        hentKontaktperson(arrangorId, kontaktpersonId);
        return Historikk.beskriv(historikk.forKontaktperson(kontaktpersonId));
    }

    /**
     * Registers a hovedenhet, or an underenhet under an existing hovedenhet.
     *
     * @throws InvalidInput with every broken field rule
     * @throws OrganisasjonsnummerFinnes when the organisasjonsnummer is already registered
     */
    @Transactional
    public UUID registrer(RegistrerArrangor kommando) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        var feil = InvalidInput.collector();
        Forelder forelder = forelder(kommando.hovedenhetId(), kommando.hovedenhetOrganisasjonsnummer(), feil);
        UUID id = UUID.randomUUID();
        Arrangor arrangor = Arrangor.registrer(
                id, kommando.organisasjonsnummer(), kommando.navn(), forelder.arrangor(), forelder.felt(), feil);
        if (arrangorer.findByOrganisasjonsnummer(arrangor.organisasjonsnummer().value()).isPresent()) {
            throw new OrganisasjonsnummerFinnes();
        }
        Instant naa = clock.instant();
        try {
            arrangorer.insert(arrangor, naa);
        } catch (DuplicateKeyException e) {
            throw new OrganisasjonsnummerFinnes();
        }
        historikk.insert(id, null, naa, user.ident(), "OPPRETTET", snapshot(arrangor, forelder.arrangor()));
        return id;
    }

    /**
     * Changes name (and for an underenhet, its hovedenhet) if nobody changed the provider since {@code version}.
     *
     * @throws StaleVersion when the version is not the current one; nothing is changed
     */
    @Transactional
    public void endre(EndreArrangor kommando) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        Arrangor arrangor = arrangorer.getById(kommando.id());
        var feil = InvalidInput.collector();
        if (kommando.version() == null) {
            feil.add("version", ArrangorProblem.VERSJON_PAAKREVD);
        }
        Forelder forelder = forelder(kommando.hovedenhetId(), kommando.hovedenhetOrganisasjonsnummer(), feil);
        arrangor.endre(kommando.navn(), forelder.arrangor(), forelder.oppgitt(), forelder.felt(), feil);
        if (!Objects.equals(kommando.version(), arrangor.version())) {
            throw new StaleVersion("arrangor", arrangor.id());
        }
        Instant naa = clock.instant();
        arrangorer.update(arrangor, naa);
        Arrangor hovedenhet = arrangor.hovedenhetId() == null ? null : arrangorer.getById(arrangor.hovedenhetId());
        historikk.insert(arrangor.id(), null, naa, user.ident(), "ENDRET", snapshot(arrangor, hovedenhet));
        events.publishEvent(new ArrangorEndret(arrangor.id()));
    }

    /** Adds a contact person to a provider. */
    @Transactional
    public UUID leggTilKontaktperson(LeggTilKontaktperson kommando) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        arrangorer.getById(kommando.arrangorId());
        var opplysninger = Kontaktperson.Opplysninger.valider(
                kommando.navn(), kommando.epost(), kommando.telefon(), kommando.ansvar(), InvalidInput.collector());
        Kontaktperson kontaktperson = Kontaktperson.opprett(UUID.randomUUID(), kommando.arrangorId(), opplysninger);
        Instant naa = clock.instant();
        kontaktpersoner.insert(kontaktperson, naa);
        historikk.insert(
                kontaktperson.arrangorId(),
                kontaktperson.id(),
                naa,
                user.ident(),
                "KONTAKTPERSON_LAGT_TIL",
                snapshot(kontaktperson));
        return kontaktperson.id();
    }

    /**
     * Changes a contact person if nobody changed it since {@code version}.
     *
     * @throws StaleVersion when the version is not the current one; nothing is changed
     */
    @Transactional
    public void endreKontaktperson(EndreKontaktperson kommando) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        Kontaktperson kontaktperson = kontaktperson(kommando.arrangorId(), kommando.kontaktpersonId());
        var feil = InvalidInput.collector();
        if (kommando.version() == null) {
            feil.add("version", ArrangorProblem.VERSJON_PAAKREVD);
        }
        var opplysninger = Kontaktperson.Opplysninger.valider(
                kommando.navn(), kommando.epost(), kommando.telefon(), kommando.ansvar(), feil);
        if (!Objects.equals(kommando.version(), kontaktperson.version())) {
            throw new StaleVersion("kontaktperson", kontaktperson.id());
        }
        kontaktperson.endre(opplysninger);
        Instant naa = clock.instant();
        kontaktpersoner.update(kontaktperson, naa);
        historikk.insert(
                kontaktperson.arrangorId(),
                kontaktperson.id(),
                naa,
                user.ident(),
                "KONTAKTPERSON_ENDRET",
                snapshot(kontaktperson));
    }

    /**
     * Deletes a contact person that no agreement or implementation uses.
     *
     * @throws no.samskap.shared.BusinessRuleViolation {@link ArrangorProblem#KONTAKTPERSON_I_BRUK} when linked
     */
    @Transactional
    public void slettKontaktperson(UUID arrangorId, UUID kontaktpersonId) {
        Innlogget user = tilgang.krev(Rolle.TILTAKSADMIN);
        Kontaktperson kontaktperson = kontaktperson(arrangorId, kontaktpersonId);
        kontaktperson.kontrollerSletting(bruk);
        kontaktpersoner.delete(kontaktperson);
        historikk.insert(
                arrangorId, kontaktpersonId, clock.instant(), user.ident(), "KONTAKTPERSON_SLETTET", Map.of());
    }

    private Kontaktperson kontaktperson(UUID arrangorId, UUID kontaktpersonId) {
        return kontaktpersoner.findById(kontaktpersonId)
                .filter(k -> k.arrangorId().equals(arrangorId))
                .orElseThrow(() -> new NotFound("kontaktperson", kontaktpersonId));
    }

    private Innlogget krevLesetilgang() {
        return tilgang.krev(Rolle.TILTAKSADMIN, Rolle.VEILEDER, Rolle.ARRANGOR);
    }

    /** Null when the user sees every provider; otherwise the ids it may see. */
    private @Nullable Set<UUID> synlige(Innlogget user) {
        if (user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.VEILEDER)) {
            return null;
        }
        return Set.copyOf(queries.idsForOrganisasjonsnumre(user.organisasjonsnumre()));
    }

    private void krevSynlig(UUID id) {
        Set<UUID> synlige = synlige(krevLesetilgang());
        if (synlige != null && !synlige.contains(id)) {
            throw new NotFound("arrangor", id);
        }
    }

    private record Forelder(@Nullable Arrangor arrangor, boolean oppgitt, String felt) {}

    private Forelder forelder(@Nullable UUID id, @Nullable String organisasjonsnummer, InvalidInput.Collector feil) {
        String orgnr = Arrangor.rensOrganisasjonsnummer(organisasjonsnummer);
        if (id == null && orgnr.isEmpty()) {
            return new Forelder(null, false, "hovedenhetId");
        }
        Arrangor viaId = null;
        if (id != null) {
            viaId = arrangorer.findById(id).orElse(null);
            if (viaId == null) {
                feil.add("hovedenhetId", ArrangorProblem.HOVEDENHET_FINNES_IKKE);
            }
        }
        Arrangor viaOrgnr = null;
        if (!orgnr.isEmpty()) {
            if (!Organisasjonsnummer.isValid(orgnr)) {
                feil.add("hovedenhetOrganisasjonsnummer", ArrangorProblem.ORGANISASJONSNUMMER_UGYLDIG);
            } else {
                viaOrgnr = arrangorer.findByOrganisasjonsnummer(orgnr).orElse(null);
                if (viaOrgnr == null) {
                    feil.add("hovedenhetOrganisasjonsnummer", ArrangorProblem.HOVEDENHET_FINNES_IKKE);
                }
            }
        }
        if (viaId != null && viaOrgnr != null && !viaId.id().equals(viaOrgnr.id())) {
            feil.add("hovedenhetOrganisasjonsnummer", ArrangorProblem.HOVEDENHET_MOTSTRIDENDE);
            return new Forelder(null, true, "hovedenhetId");
        }
        return new Forelder(
                viaId != null ? viaId : viaOrgnr, true, id != null ? "hovedenhetId" : "hovedenhetOrganisasjonsnummer");
    }

    static Map<String, String> snapshot(Arrangor arrangor, @Nullable Arrangor hovedenhet) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("organisasjonsnummer", arrangor.organisasjonsnummer().value());
        snapshot.put("navn", arrangor.navn());
        if (hovedenhet != null) {
            snapshot.put("hovedenhet", hovedenhet.navn() + " (" + hovedenhet.organisasjonsnummer().value() + ")");
        }
        return snapshot;
    }

    static Map<String, String> snapshot(Kontaktperson k) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("navn", k.navn());
        snapshot.put("epost", k.epost());
        if (k.telefon() != null) {
            snapshot.put("telefon", k.telefon());
        }
        snapshot.put("ansvar", k.ansvar().stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
        return snapshot;
    }
}
