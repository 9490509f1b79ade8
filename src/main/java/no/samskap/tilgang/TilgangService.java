package no.samskap.tilgang;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
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

    /**
     * Runs {@code arbeid} as the person who started a command-line command ({@code bin/samskap}), with the given
     * role: ident {@code kommando:<navn>}, so the audit log says who it was. Only for
     * {@link no.samskap.platform.Kommando} implementations: whoever can start a command on the server with the
     * database's credentials can already do anything an administrator can.
     */
    public <T> T somKommandobruker(String navn, Rolle rolle, Supplier<T> arbeid) {
        SecurityContext forrige = SecurityContextHolder.getContext();
        SecurityContext kontekst = SecurityContextHolder.createEmptyContext();
        kontekst.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                KOMMANDO_PREFIKS + navn, null, List.of(new SimpleGrantedAuthority(rolle.authority()))));
        SecurityContextHolder.setContext(kontekst);
        try {
            return arbeid.get();
        } finally {
            SecurityContextHolder.setContext(forrige);
        }
    }

    /** The prefix of the ident of a command-line user ({@link #somKommandobruker}). */
    public static final String KOMMANDO_PREFIKS = "kommando:";
}
