package no.samskap.tilgang;

import java.util.ArrayList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Start-up guard: the application refuses to start with an unsafe or incomplete security set-up, saying what to set.
 * Runs as a bean factory post-processor, before any bean is created, so its message comes first (not a follow-up
 * error from the OAuth2 auto-configuration). Demo users in OIDC mode are refused by {@link SecurityProperties}.
 */
final class SecuritySetupCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String DOCS = "See docs/production.md.";

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        Environment env = Objects.requireNonNull(environment, "environment");
        verify(Binder.get(env).bindOrCreate("samskap.security", SecurityProperties.class), env);
    }

    static void verify(SecurityProperties properties, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod")) && properties.demo()) {
            throw new IllegalStateException("The prod profile requires samskap.security.mode=oidc, but the mode is "
                    + "demo (demo users and password login are not allowed in production). Do not combine the prod "
                    + "and demo profiles, and do not set SAMSKAP_SECURITY_MODE=demo in production. " + DOCS);
        }
        if (properties.demo()) {
            return;
        }
        var missing = new ArrayList<String>();
        OAuth2ClientProperties client = Binder.get(environment)
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        if (client.getRegistration().isEmpty()) {
            missing.add("an OIDC client registration (SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SAMSKAP_CLIENT_ID, "
                    + "..._CLIENT_SECRET and SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_SAMSKAP_ISSUER_URI)");
        }
        client.getRegistration().forEach((id, registration) -> {
            if (!StringUtils.hasText(registration.getClientId())) {
                missing.add(env("spring.security.oauth2.client.registration." + id + ".client-id"));
            }
            String providerId = registration.getProvider() != null ? registration.getProvider() : id;
            var provider = client.getProvider().get(providerId);
            if (provider == null
                    || (!StringUtils.hasText(provider.getIssuerUri())
                            && !StringUtils.hasText(provider.getAuthorizationUri()))) {
                missing.add(env("spring.security.oauth2.client.provider." + providerId + ".issuer-uri"));
            }
        });
        String jwt = "spring.security.oauth2.resourceserver.jwt.";
        if (!StringUtils.hasText(environment.getProperty(jwt + "issuer-uri"))
                && !StringUtils.hasText(environment.getProperty(jwt + "jwk-set-uri"))) {
            missing.add(env(jwt + "issuer-uri") + " (the issuer of the API's bearer tokens)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("samskap.security.mode=oidc, but the OIDC configuration is incomplete. "
                    + "Set: " + String.join("; ", missing) + ". " + DOCS
                    + " (OIDC is the default mode; to run locally or in tests, activate the demo or test profile, "
                    + "which set samskap.security.mode=demo.)");
        }
    }

    private static String env(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
