package no.samskap.deltakelse;

import java.util.List;
import java.util.UUID;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.audit.Formaal;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which enrolments: a counsellor those of the own NAV office, a provider user those at its own providers
 * (fødselsnummer masked), a participant the own. Everyone else sees none. Used by every enrolment use case, so pages
 * and API share the rules.
 */
@Component
class Deltakelsestilgang {

    private final TilgangService tilgang;
    private final ArrangorKatalog arrangorer;

    Deltakelsestilgang(TilgangService tilgang, ArrangorKatalog arrangorer) {
        this.tilgang = tilgang;
        this.arrangorer = arrangorer;
    }

    /**
     * The relation through which the current user sees enrolments.
     *
     * @throws AccessDeniedException for roles without one, or a counsellor without an office / a participant without
     *     a personident
     */
    Tilgang lesetilgang() {
        Innlogget bruker = tilgang.innlogget();
        if (bruker.har(Rolle.VEILEDER) && bruker.navEnhet() != null) {
            return new Tilgang(bruker, Rolle.VEILEDER,
                    new DeltakelseRepository.Synlighet(bruker.navEnhet(), null, null));
        }
        if (bruker.har(Rolle.ARRANGOR) && !bruker.organisasjonsnumre().isEmpty()) {
            List<UUID> ids = arrangorer.idsForOrganisasjonsnumre(bruker.organisasjonsnumre());
            return new Tilgang(bruker, Rolle.ARRANGOR, new DeltakelseRepository.Synlighet(null, ids, null));
        }
        if (bruker.har(Rolle.DELTAKER) && bruker.personident() != null) {
            return new Tilgang(bruker, Rolle.DELTAKER,
                    new DeltakelseRepository.Synlighet(null, null, bruker.personident()));
        }
        throw new AccessDeniedException("no relation to enrolments");
    }

    /** The current user as a counsellor with an office, or 403. */
    Tilgang veileder() {
        return som(Rolle.VEILEDER);
    }

    /** The current user as a provider user, or 403. */
    Tilgang arrangor() {
        return som(Rolle.ARRANGOR);
    }

    /** The current user acting in this role (with its relation), or 403. */
    Tilgang som(Rolle rolle) {
        Tilgang t = lesetilgang();
        if (t.som() != rolle) {
            throw new AccessDeniedException("only " + rolle);
        }
        return t;
    }

    /**
     * @param som the role the user acts in here
     */
    record Tilgang(Innlogget bruker, Rolle som, DeltakelseRepository.Synlighet synlighet) {

        boolean kanSe(Deltakelse d) {
            return switch (som) {
                case VEILEDER -> synlighet.navEnhet().equals(d.navEnhet());
                case ARRANGOR -> d.arrangorId() != null && synlighet.arrangorIds().contains(d.arrangorId());
                case DELTAKER -> synlighet.fodselsnummer().equals(d.fodselsnummer());
                default -> false;
            };
        }

        /** Why this user reads or writes a person's enrolment (the audit entry's "why"). */
        Formaal formaal() {
            return switch (som) {
                case VEILEDER -> Formaal.OPPFOLGING;
                case ARRANGOR -> Formaal.GJENNOMFORING;
                default -> Formaal.EGEN_INNSYN;
            };
        }

        /** Only the counsellor sees the whole fødselsnummer. */
        boolean maskert() {
            return som != Rolle.VEILEDER;
        }
    }
}
