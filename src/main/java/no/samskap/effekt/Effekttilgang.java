package no.samskap.effekt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.audit.Formaal;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.shared.NotFound;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees which outcome contract, and what they may do in it. NAV's measure administration (TILTAKSADMIN) sees and
 * runs all contracts. Everyone else is related to a contract through the organisation they act for: a user whose login
 * carries an organisation number that is a party of the contract in the role matching the user's role (ARRANGOR →
 * provider, EVALUATOR → evaluator, INVESTOR → investor). A contract the user is not related to is "not found" (404),
 * so ids reveal nothing; an action the relation does not allow is 403. Every use case of the module asks here first.
 */
@Component
class Effekttilgang {

    static final String RESSURS = "effektkontrakt";

    private final TilgangService tilgang;
    private final KontraktRepository kontrakter;

    Effekttilgang(TilgangService tilgang, KontraktRepository kontrakter) {
        this.tilgang = tilgang;
        this.kontrakter = kontrakter;
    }

    /**
     * The user's relation to the contract.
     *
     * @throws NotFound when the contract does not exist or the user is not related to it
     */
    Forhold forhold(UUID kontraktId) {
        Innlogget bruker = tilgang.innlogget();
        kontrakter.find(kontraktId).orElseThrow(() -> new NotFound(RESSURS, kontraktId));
        if (bruker.har(Rolle.TILTAKSADMIN)) {
            return new Forhold(bruker, Innsyn.NAV, Set.of());
        }
        List<KontraktRepository.PartRad> parter = kontrakter.parter(kontraktId);
        for (Innsyn innsyn : List.of(Innsyn.EVALUATOR, Innsyn.LEVERANDOR, Innsyn.INVESTOR)) {
            if (!bruker.har(rolle(innsyn))) {
                continue;
            }
            Set<UUID> egne = parter.stream()
                    .filter(p -> p.rolle() == partsrolle(innsyn) && p.organisasjonsnummer() != null
                            && bruker.organisasjonsnumre().contains(p.organisasjonsnummer()))
                    .map(KontraktRepository.PartRad::partId)
                    .collect(Collectors.toUnmodifiableSet());
            if (!egne.isEmpty()) {
                return new Forhold(bruker, innsyn, egne);
            }
        }
        throw new NotFound(RESSURS, kontraktId);
    }

    /** The current user as NAV's measure administration, or 403. */
    Innlogget nav() {
        return tilgang.krev(Rolle.TILTAKSADMIN);
    }

    Innlogget innlogget() {
        return tilgang.innlogget();
    }

    /** The parties' roles a user with these roles may see contracts through (empty for NAV: it sees all). */
    static Set<Partsrolle> partsroller(Innlogget bruker) {
        Set<Partsrolle> roller = EnumSet.noneOf(Partsrolle.class);
        for (Innsyn innsyn : List.of(Innsyn.EVALUATOR, Innsyn.LEVERANDOR, Innsyn.INVESTOR)) {
            if (bruker.har(rolle(innsyn))) {
                roller.add(partsrolle(innsyn));
            }
        }
        return roller;
    }

    private static Rolle rolle(Innsyn innsyn) {
        return switch (innsyn) {
            case NAV -> Rolle.TILTAKSADMIN;
            case EVALUATOR -> Rolle.EVALUATOR;
            case LEVERANDOR -> Rolle.ARRANGOR;
            case INVESTOR -> Rolle.INVESTOR;
        };
    }

    private static Partsrolle partsrolle(Innsyn innsyn) {
        return switch (innsyn) {
            case NAV -> Partsrolle.UTFALLSBETALER;
            case EVALUATOR -> Partsrolle.EVALUATOR;
            case LEVERANDOR -> Partsrolle.LEVERANDOR;
            case INVESTOR -> Partsrolle.INVESTOR;
        };
    }

    /**
     * A user's relation to one contract.
     *
     * @param egneParter the parties the user acts for (providers or investors); empty for NAV and the evaluator
     */
    record Forhold(Innlogget bruker, Innsyn innsyn, Set<UUID> egneParter) {

        /** NAV only, else 403. */
        Forhold krevNav() {
            return krev(innsyn == Innsyn.NAV);
        }

        /** The contract's evaluator only, else 403. */
        Forhold krevEvaluator() {
            return krev(innsyn == Innsyn.EVALUATOR);
        }

        /** One of the contract's providers only, else 403. */
        Forhold krevLeverandor() {
            return krev(innsyn == Innsyn.LEVERANDOR);
        }

        /** Anyone who may see participants (everyone but investors), else 403. */
        Forhold krevDeltakerinnsyn() {
            return krev(innsyn.serDeltakere());
        }

        /** NAV or the evaluator, else 403. */
        Forhold krevFulltInnsyn() {
            return krev(innsyn.serAlt());
        }

        /** Whether the user sees this party's rows (a provider its own; NAV and the evaluator all). */
        boolean ser(UUID partId) {
            return innsyn.serAlt() || egneParter.contains(partId);
        }

        /** Why the user reads or writes a participant's data (the audit entry's "why"). */
        Formaal formaal() {
            return innsyn == Innsyn.LEVERANDOR ? Formaal.GJENNOMFORING : Formaal.KONTROLL;
        }

        private Forhold krev(boolean ok) {
            if (!ok) {
                throw new AccessDeniedException("not allowed in this outcome contract");
            }
            return this;
        }
    }
}
