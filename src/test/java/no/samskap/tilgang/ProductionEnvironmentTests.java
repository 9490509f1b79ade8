package no.samskap.tilgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The environment variables docs/production.md names really configure the prod profile: application-prod.yml plus a
 * simulated process environment.
 */
class ProductionEnvironmentTests {

    private static final Map<String, Object> COMPLETE = Map.of(
            "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_SAMSKAP_ISSUER_URI", "https://login.example.no/samskap",
            "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SAMSKAP_CLIENT_ID", "samskap-web",
            "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SAMSKAP_CLIENT_SECRET", "hemmelig");

    @Test
    void configuresLoginAndApiFromTheDocumentedVariables() throws IOException {
        var env = prod(COMPLETE);

        OAuth2ClientProperties client = Binder.get(env).bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();
        assertThat(client.getRegistration().get("samskap").getClientId()).isEqualTo("samskap-web");
        assertThat(client.getRegistration().get("samskap").getClientSecret()).isEqualTo("hemmelig");
        assertThat(client.getRegistration().get("samskap").getScope()).containsExactlyInAnyOrder("openid", "profile");
        assertThat(client.getProvider().get("samskap").getIssuerUri()).isEqualTo("https://login.example.no/samskap");
        assertThat(env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                .as("the API trusts the login issuer by default")
                .isEqualTo("https://login.example.no/samskap");
        SecurityProperties security = Binder.get(env).bindOrCreate("samskap.security", SecurityProperties.class);
        assertThat(security.mode()).isEqualTo(SecurityProperties.Mode.OIDC);
        SecuritySetupCheck.verify(security, env);
    }

    @Test
    void takesClaimNamesAndASeparateApiIssuerFromTheEnvironment() throws IOException {
        var variables = new HashMap<>(COMPLETE);
        variables.put("SAMSKAP_SECURITY_ROLESCLAIM", "realm_access.roles");
        variables.put("SAMSKAP_SECURITY_IDENTCLAIM", "preferred_username");
        variables.put("SAMSKAP_SECURITY_NAVENHETCLAIM", "enhet");
        variables.put("SAMSKAP_SECURITY_ORGANISASJONSNUMMERCLAIM", "organisasjoner");
        variables.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "https://maskin.example.no");
        var env = prod(variables);

        SecurityProperties security = Binder.get(env).bindOrCreate("samskap.security", SecurityProperties.class);
        assertThat(security.rolesClaim()).isEqualTo("realm_access.roles");
        assertThat(security.identClaim()).isEqualTo("preferred_username");
        assertThat(security.navEnhetClaim()).isEqualTo("enhet");
        assertThat(security.organisasjonsnummerClaim()).isEqualTo("organisasjoner");
        assertThat(env.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri")).isEqualTo("https://maskin.example.no");
    }

    @Test
    void namesTheMissingVariables() throws IOException {
        var env = prod(Map.of("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SAMSKAP_CLIENT_SECRET", "hemmelig"));

        SecurityProperties security = Binder.get(env).bindOrCreate("samskap.security", SecurityProperties.class);
        assertThatThrownBy(() -> SecuritySetupCheck.verify(security, env))
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SAMSKAP_CLIENT_ID")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_SAMSKAP_ISSUER_URI");
    }

    @Test
    void requiresAnExternalDatabase() throws IOException {
        assertThat(prod(COMPLETE).getProperty("spring.datasource.url")).isEmpty();
        assertThat(prod(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/samskap")).getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db:5432/samskap");
    }

    private static StandardEnvironment prod(Map<String, Object> variables) throws IOException {
        var env = new StandardEnvironment();
        env.setActiveProfiles("prod");
        var sources = env.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        for (var source : new YamlPropertySourceLoader().load("application-prod", new ClassPathResource("application-prod.yml"))) {
            sources.addLast(source);
        }
        for (var source : new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))) {
            sources.addLast(source);
        }
        ConfigurationPropertySources.attach(env);
        return env;
    }
}
