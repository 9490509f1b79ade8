package no.samskap.tilgang;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samskap.security.*}: {@code mode} is {@code demo} (form login with demo users, HTTP Basic for the API) or
 * {@code oidc} (OIDC login, JWT bearer tokens; demo users refused). The claims name where roles and relations come
 * from in tokens.
 */
@ConfigurationProperties("samskap.security")
record SecurityProperties(
        @DefaultValue("demo") String mode,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("NAVident") String identClaim,
        @DefaultValue("nav_enhet") String navEnhetClaim,
        @DefaultValue("orgnr") String organisasjonsnummerClaim,
        @Nullable List<DemoUsers.DemoUser> demoUsers) {

    boolean demo() {
        return "demo".equalsIgnoreCase(mode);
    }
}
