package no.samskap.tilgang;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Maps any kind of authentication (demo user, OIDC login, JWT bearer token) to an {@link Innlogget}. */
@Component
class InnloggetResolver {

    private final DemoUsers demoUsers;
    private final SecurityProperties properties;

    InnloggetResolver(DemoUsers demoUsers, SecurityProperties properties) {
        this.demoUsers = demoUsers;
        this.properties = properties;
    }

    Innlogget resolve(Authentication auth) {
        Set<Rolle> roller = roller(auth.getAuthorities());
        Object principal = auth.getPrincipal();
        if (principal instanceof OidcUser oidc) {
            return fromClaims(oidc.getSubject(), oidc.getClaims(), roller);
        }
        if (principal instanceof Jwt jwt) {
            return fromClaims(jwt.getSubject(), jwt.getClaims(), roller);
        }
        var demo = demoUsers.find(auth.getName());
        if (demo != null) {
            return new Innlogget(demo.username(), demo.navn(), roller, demo.navEnhet(), demo.organisasjonsnumre(), demo.personident());
        }
        return new Innlogget(auth.getName(), auth.getName(), roller, null, List.of());
    }

    private Innlogget fromClaims(@Nullable String subject, Map<String, Object> claims, Set<Rolle> roller) {
        String ident = orElse(SecurityConfiguration.Claims.string(claims, properties.identClaim()), subject, "ukjent");
        String navn = orElse(SecurityConfiguration.Claims.string(claims, properties.navnClaim()), ident, ident);
        String enhet = SecurityConfiguration.Claims.string(claims, properties.navEnhetClaim());
        List<String> orgnr = SecurityConfiguration.Claims.strings(
                SecurityConfiguration.Claims.get(claims, properties.organisasjonsnummerClaim()));
        String personident = roller.contains(Rolle.DELTAKER)
                ? SecurityConfiguration.Claims.string(claims, properties.personidentClaim())
                : null;
        return new Innlogget(ident, navn, roller, enhet, orgnr, personident);
    }

    private static String orElse(@Nullable String value, @Nullable String fallback, String last) {
        if (value != null) {
            return value;
        }
        return fallback != null && !fallback.isBlank() ? fallback : last;
    }

    static Set<Rolle> roller(Collection<? extends GrantedAuthority> authorities) {
        var result = EnumSet.noneOf(Rolle.class);
        for (GrantedAuthority a : authorities) {
            for (Rolle r : Rolle.values()) {
                if (r.authority().equals(a.getAuthority())) {
                    result.add(r);
                }
            }
        }
        return result;
    }
}
