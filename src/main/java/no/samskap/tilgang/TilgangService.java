package no.samskap.tilgang;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The access policy other modules ask: who is logged in, and may they do this. Services call it first in every use
 * case so pages, API and listeners share one rule.
 */
@Service
public class TilgangService {

    private final InnloggetResolver resolver;

    TilgangService(InnloggetResolver resolver) {
        this.resolver = resolver;
    }

    /** The current user; {@link Innlogget#system()} outside a request (jobs, start-up). */
    public Innlogget innlogget() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Innlogget.system();
        }
        return resolver.resolve(auth);
    }

    /** Throws {@link AccessDeniedException} (403) unless the current user has one of the roles. */
    public Innlogget krev(Rolle... roller) {
        Innlogget user = innlogget();
        for (Rolle rolle : roller) {
            if (user.har(rolle)) {
                return user;
            }
        }
        throw new AccessDeniedException("missing role");
    }

    /** May the current user read data that belongs to this provider organisation (hovedenhet or underenhet)? */
    public boolean kanSeArrangor(String... organisasjonsnumre) {
        Innlogget user = innlogget();
        if (user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.VEILEDER)) {
            return true;
        }
        if (user.har(Rolle.ARRANGOR)) {
            for (String orgnr : organisasjonsnumre) {
                if (user.organisasjonsnumre().contains(orgnr)) {
                    return true;
                }
            }
        }
        return false;
    }

}
