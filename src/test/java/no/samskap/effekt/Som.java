package no.samskap.effekt;

import java.util.List;
import java.util.function.Supplier;
import no.samskap.tilgang.Rolle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Runs service calls in tests as a logged-in user: a demo user by name (its relations from the demo users), or any
 * user with an ident, a role and organisation numbers (as a bearer token's claims would carry them).
 */
final class Som {

    private Som() {}

    static <T> T demo(String bruker, Rolle rolle, Supplier<T> handling) {
        return med(UsernamePasswordAuthenticationToken.authenticated(bruker, null,
                List.of(new SimpleGrantedAuthority(rolle.authority()))), handling);
    }

    static void demo(String bruker, Rolle rolle, Runnable handling) {
        demo(bruker, rolle, () -> {
            handling.run();
            return null;
        });
    }

    static <T> T bruker(String ident, Rolle rolle, List<String> organisasjonsnumre, Supplier<T> handling) {
        Jwt jwt = Jwt.withTokenValue("test").header("alg", "none").subject(ident).claim("NAVident", ident)
                .claim("orgnr", organisasjonsnumre).build();
        return med(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(rolle.authority()))), handling);
    }

    private static <T> T med(Authentication auth, Supplier<T> handling) {
        var forrige = SecurityContextHolder.getContext();
        var kontekst = SecurityContextHolder.createEmptyContext();
        kontekst.setAuthentication(auth);
        SecurityContextHolder.setContext(kontekst);
        try {
            return handling.get();
        } finally {
            SecurityContextHolder.setContext(forrige);
        }
    }
}
