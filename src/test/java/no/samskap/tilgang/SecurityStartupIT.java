package no.samskap.tilgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import no.samskap.SamskapApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application refuses to start with an unsafe or incomplete security set-up, and says why. */
class SecurityStartupIT {

    @Test
    void refusesDemoUsersInOidcMode() {
        Throwable failure = start(List.of("test"),
                "samskap.security.mode=oidc",
                "samskap.security.demo-users[0].username=admin",
                "samskap.security.demo-users[0].navn=Astrid Tiltaksadmin",
                "samskap.security.demo-users[0].rolle=TILTAKSADMIN");

        assertThat(messages(failure)).anySatisfy(m -> assertThat(m)
                .contains("samskap.security.demo-users is set while samskap.security.mode is oidc")
                .contains("demo users are not allowed outside demo mode"));
    }

    @Test
    void refusesDemoModeInTheProdProfile() {
        Throwable failure = start(List.of("test", "prod"), "spring.datasource.url=__embedded__", "samskap.security.mode=demo");

        assertThat(messages(failure)).anySatisfy(m -> assertThat(m)
                .contains("The prod profile requires samskap.security.mode=oidc"));
    }

    @Test
    void refusesOidcModeWithoutIssuerAndClientNamingTheEnvironmentVariables() {
        Throwable failure = start(List.of("test", "prod"), "spring.datasource.url=__embedded__");

        assertThat(messages(failure)).anySatisfy(m -> assertThat(m)
                .contains("the OIDC configuration is incomplete")
                .contains("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_SAMSKAP_CLIENT_ID")
                .contains("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_SAMSKAP_ISSUER_URI")
                .contains("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"));
    }

    @Test
    void refusesAnUnknownSecurityMode() {
        Throwable failure = start(List.of("test"), "samskap.security.mode=ingen");

        assertThat(messages(failure)).anySatisfy(m -> assertThat(m).contains("samskap.security.mode"));
    }

    private static Throwable start(List<String> profiles, String... properties) {
        var builder = new SpringApplicationBuilder(SamskapApplication.class)
                .profiles(profiles.toArray(String[]::new))
                .properties("spring.main.banner-mode=off");
        // As command-line arguments, so they win over the profiles' files.
        var args = new ArrayList<String>(List.of("--server.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        Throwable failure = catchThrowable(() -> builder.run(args.toArray(String[]::new)).close());
        assertThat(failure).as("start-up fails").isNotNull();
        return failure;
    }

    private static List<String> messages(Throwable failure) {
        var messages = new ArrayList<String>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
