package no.samskap.tilgang;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code samskap.security.*}: {@code mode} is {@code oidc} (OIDC login for pages, JWT bearer tokens for the API;
 * demo users refused; the default) or {@code demo} (form login with demo users, HTTP Basic for the API; set by the
 * demo and test profiles). The claim names say where
 * roles, ident and relations come from in ID and access tokens; a name with dots ({@code realm_access.roles}) walks
 * into nested claims.
 */
@ConfigurationProperties("samskap.security")
record SecurityProperties(
        @DefaultValue("oidc") Mode mode,
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("NAVident") String identClaim,
        @DefaultValue("name") String navnClaim,
        @DefaultValue("nav_enhet") String navEnhetClaim,
        @DefaultValue("orgnr") String organisasjonsnummerClaim,
        @DefaultValue("pid") String personidentClaim,
        @Nullable List<DemoUsers.DemoUser> demoUsers) {

    enum Mode {
        DEMO,
        OIDC
    }

    SecurityProperties {
        if (mode == Mode.OIDC && demoUsers != null && !demoUsers.isEmpty()) {
            throw new IllegalStateException("samskap.security.demo-users is set while samskap.security.mode is oidc: "
                    + "demo users are not allowed outside demo mode. Remove samskap.security.demo-users "
                    + "(SAMSKAP_SECURITY_DEMO_USERS_*) from the configuration.");
        }
    }

    boolean demo() {
        return mode == Mode.DEMO;
    }
}
