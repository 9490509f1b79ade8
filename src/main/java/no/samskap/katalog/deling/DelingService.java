package no.samskap.katalog.deling;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing a published implementation with a person (del med bruker) and the person's earlier sharings. This is
 * personal data: only VEILEDER may do either, and every write and every read is written to the audit log in the same
 * transaction (no data without an audit entry). The fødselsnummer goes only to the table and the audit entry's
 * person reference; callers get it back masked.
 */
@Service
@Transactional
public class DelingService {

    static final int MAKS_MELDING = 2000;
    private static final String RESSURS = "deling";

    private final DelingRepository repository;
    private final GjennomforingService gjennomforinger;
    private final TiltakstypeKatalog tiltakstyper;
    private final FodselsnummerRegler fodselsnumre;
    private final AuditLog audit;
    private final TilgangService tilgang;
    private final Clock clock;

    DelingService(
            DelingRepository repository,
            GjennomforingService gjennomforinger,
            TiltakstypeKatalog tiltakstyper,
            FodselsnummerRegler fodselsnumre,
            AuditLog audit,
            TilgangService tilgang,
            Clock clock) {
        this.repository = repository;
        this.gjennomforinger = gjennomforinger;
        this.tiltakstyper = tiltakstyper;
        this.fodselsnumre = fodselsnumre;
        this.audit = audit;
        this.tilgang = tilgang;
        this.clock = clock;
    }

    /** Throws {@code AccessDeniedException} (403) unless the current user may share and look up sharings (VEILEDER). */
    @Transactional(readOnly = true)
    public void krevTilgang() {
        tilgang.krev(Rolle.VEILEDER);
    }

    /** The share form for a published, running implementation: its name and the measure type's message text. */
    @Transactional(readOnly = true)
    public DelingSkjema skjema(UUID gjennomforingId) {
        tilgang.krev(Rolle.VEILEDER);
        GjennomforingDetails g = delbar(gjennomforingId);
        return new DelingSkjema(g.id(), g.navn(), tiltakstyper.delMedBrukerTekst(g.tiltakskode()).orElse(""));
    }

    /**
     * Shares a published, running implementation with the person and audits it ({@code OPPRETT}).
     *
     * @return the stored sharing, the number masked
     * @throws NotFound if the implementation does not exist or is not published (404)
     * @throws BusinessRuleViolation if it is no longer running (422)
     * @throws InvalidInput for a missing or invalid fødselsnummer or message (400), without the number in it
     */
    public Deling del(UUID gjennomforingId, @Nullable String fodselsnummer, @Nullable String melding) {
        Innlogget user = tilgang.krev(Rolle.VEILEDER);
        GjennomforingDetails g = delbar(gjennomforingId);
        var feil = InvalidInput.collector();
        Fodselsnummer fnr = fodselsnumre.kontroller(fodselsnummer, "fodselsnummer", feil);
        String tekst = melding == null ? "" : melding.strip();
        feil.check(!tekst.isEmpty(), "melding", DelingProblem.MELDING_PAAKREVD);
        feil.check(tekst.length() <= MAKS_MELDING, "melding", DelingProblem.MELDING_FOR_LANG, MAKS_MELDING);
        feil.throwIfAny();
        Fodselsnummer person = Objects.requireNonNull(fnr);
        var deling = new Deling(UUID.randomUUID(), g.id(), g.navn(), person.maskert(), tekst, user.ident(), user.navn(),
                clock.instant());
        repository.insert(deling, person);
        audit.registrer("OPPRETT", RESSURS, deling.id().toString(), person.verdi(), Formaal.OPPFOLGING);
        return deling;
    }

    /**
     * The person's earlier sharings, newest first; audits the lookup ({@code LES}, resource id {@code sok}) even when
     * there are none.
     */
    public Delinger delingerFor(@Nullable String fodselsnummer) {
        tilgang.krev(Rolle.VEILEDER);
        var feil = InvalidInput.collector();
        Fodselsnummer fnr = fodselsnumre.kontroller(fodselsnummer, "fodselsnummer", feil);
        feil.throwIfAny();
        Fodselsnummer person = Objects.requireNonNull(fnr);
        List<Deling> delinger = repository.forPerson(person);
        audit.registrer("LES", RESSURS, "sok", person.verdi(), Formaal.OPPFOLGING);
        return new Delinger(person.maskert(), delinger);
    }

    /** A VEILEDER sees only published implementations; anything else is "not found". */
    private GjennomforingDetails delbar(UUID gjennomforingId) {
        GjennomforingDetails g = gjennomforinger.get(gjennomforingId);
        if (!g.publisert()) {
            throw new NotFound("gjennomforing", gjennomforingId);
        }
        if (g.status() != GjennomforingStatus.GJENNOMFORES) {
            throw new BusinessRuleViolation(DelingProblem.GJENNOMFORING_IKKE_AKTIV);
        }
        return g;
    }
}
