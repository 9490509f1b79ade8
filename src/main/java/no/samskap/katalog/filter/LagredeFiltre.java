package no.samskap.katalog.filter;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.samskap.katalog.KatalogStandardfilter;
import no.samskap.platform.Historikk;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved catalog filters (lagrede filtre) of the logged-in counsellor or administrator: create with a name and the
 * current query string, rename, make default (at most one per owner), delete. Only the owner sees or changes them;
 * anyone else's filter is "not found" (404), so ids reveal nothing.
 */
@Service
public class LagredeFiltre implements KatalogStandardfilter {

    static final int MAKS_NAVN = 80;
    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final String RESSURS = "lagret-filter";

    private final LagretFilterRepository repository;
    private final TilgangService tilgang;
    private final MessageSource messages;
    private final Clock clock;

    LagredeFiltre(LagretFilterRepository repository, TilgangService tilgang, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.tilgang = tilgang;
        this.messages = messages;
        this.clock = clock;
    }

    /** The current user's saved filters by name. */
    @Transactional(readOnly = true)
    public List<LagretFilter> mine() {
        return repository.list(eier().ident());
    }

    /**
     * The saved filters of {@code ident}, who must be the current user (for the catalog page's list of links).
     *
     * @throws AccessDeniedException for anyone else's ident
     */
    @Transactional(readOnly = true)
    public List<LagretFilter> forEier(String ident) {
        Innlogget user = eier();
        if (!user.ident().equals(ident)) {
            throw new AccessDeniedException("saved filters are visible to their owner only");
        }
        return repository.list(ident);
    }

    /** One of the current user's saved filters; {@link NotFound} if it does not exist or belongs to someone else. */
    @Transactional(readOnly = true)
    public LagretFilter hent(UUID id) {
        return repository.find(id, eier().ident()).orElseThrow(() -> new NotFound(RESSURS, id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> standardsporring(String ident) {
        return repository.standardsporring(ident);
    }

    /**
     * Saves the query string under a name (1–80 characters, unique for the owner). The query string keeps only the
     * catalog's parameters; {@code side} is dropped.
     *
     * @return the new filter's id
     */
    @Transactional
    public UUID opprett(@Nullable String navn, @Nullable String sporring) {
        Innlogget user = eier();
        var feil = InvalidInput.collector();
        String gyldigNavn = navn(navn, user.ident(), null, feil);
        String gyldigSporring = Sporring.normaliser(sporring, "sporring", feil);
        feil.throwIfAny();
        UUID id = UUID.randomUUID();
        Instant naa = clock.instant();
        try {
            repository.insert(id, user.ident(), Objects.requireNonNull(gyldigNavn), Objects.requireNonNull(gyldigSporring), naa);
        } catch (DuplicateKeyException e) {
            throw navnFinnes();
        }
        historikk(id, "OPPRETTET", gyldigNavn, gyldigSporring, false, user, naa);
        return id;
    }

    /**
     * Renames and/or makes a filter the default (or not), if {@code version} is still current. A null name keeps the
     * name; a null {@code standard} keeps the flag. Making one the default takes the flag from the owner's others.
     */
    @Transactional
    public void endre(UUID id, @Nullable Long version, @Nullable String navn, @Nullable Boolean standard) {
        Innlogget user = eier();
        LagretFilter filter = repository.find(id, user.ident()).orElseThrow(() -> new NotFound(RESSURS, id));
        var feil = InvalidInput.collector();
        feil.check(version != null, "version", LagretFilterProblem.VERSION_PAAKREVD);
        String nyttNavn = navn == null ? filter.navn() : navn(navn, user.ident(), id, feil);
        feil.throwIfAny();
        boolean nyStandard = standard == null ? filter.standard() : standard;
        Instant naa = clock.instant();
        try {
            if (nyStandard && !filter.standard()) {
                var forrige = repository.findStandard(user.ident()).filter(f -> !f.id().equals(id));
                repository.fjernStandard(user.ident(), id, naa);
                forrige.ifPresent(f -> historikk(f.id(), "ENDRET", f.navn(), f.sporring(), false, user, naa));
            }
            int endret = repository.update(id, user.ident(), Objects.requireNonNull(version),
                    Objects.requireNonNull(nyttNavn), nyStandard, naa);
            if (endret == 0) {
                throw new StaleVersion(RESSURS, id);
            }
            historikk(id, "ENDRET", nyttNavn, filter.sporring(), nyStandard, user, naa);
        } catch (DuplicateKeyException e) {
            if (String.valueOf(e.getMessage()).contains("lagret_filter_eier_navn_uk")) {
                throw navnFinnes();
            }
            throw new StaleVersion(RESSURS, id);
        }
    }

    /** Deletes one of the current user's filters; {@link NotFound} for anyone else's. */
    @Transactional
    public void slett(UUID id) {
        Innlogget user = eier();
        LagretFilter filter = repository.find(id, user.ident()).orElseThrow(() -> new NotFound(RESSURS, id));
        if (repository.delete(id, user.ident()) == 0) {
            throw new NotFound(RESSURS, id);
        }
        historikk(id, "SLETTET", filter.navn(), filter.sporring(), filter.standard(), user, clock.instant());
    }

    /** The readable change history of one of the current user's filters, newest first. */
    @Transactional(readOnly = true)
    public List<Historikk.Visning> historikk(UUID id) {
        hent(id);
        return Historikk.beskriv(repository.historikk(id));
    }

    private void historikk(
            UUID id, String operasjon, String navn, String sporring, boolean standard, Innlogget user, Instant naa) {
        var snapshot = new LinkedHashMap<String, String>();
        snapshot.put("navn", navn);
        snapshot.put("sporring", sporring);
        snapshot.put("standard", messages.getMessage(standard ? "layout.ja" : "layout.nei", null, NB));
        repository.insertHistorikk(id, new Historikk.Oppforing(naa, user.ident(), operasjon, snapshot));
    }

    private Innlogget eier() {
        return tilgang.krev(Rolle.VEILEDER, Rolle.TILTAKSADMIN);
    }

    private @Nullable String navn(@Nullable String navn, String eier, @Nullable UUID unntatt, InvalidInput.Collector feil) {
        String s = navn == null ? "" : navn.strip();
        if (s.isEmpty()) {
            feil.add("navn", LagretFilterProblem.NAVN_PAAKREVD);
            return null;
        }
        if (s.length() > MAKS_NAVN) {
            feil.add("navn", LagretFilterProblem.NAVN_FOR_LANGT, MAKS_NAVN);
            return null;
        }
        if (repository.navnFinnes(eier, s, unntatt)) {
            feil.add("navn", LagretFilterProblem.NAVN_FINNES);
            return null;
        }
        return s;
    }

    private static InvalidInput navnFinnes() {
        return new InvalidInput(List.of(FieldViolation.of("navn", LagretFilterProblem.NAVN_FINNES)));
    }
}
