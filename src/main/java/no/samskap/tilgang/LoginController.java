package no.samskap.tilgang;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page (user name and password in demo mode, a link to the identity provider in OIDC mode) and the role's
 * start page.
 */
@Controller
class LoginController {

    private final DemoUsers demoUsers;
    private final TilgangService tilgang;
    private final SecurityProperties properties;
    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginController(
            DemoUsers demoUsers,
            TilgangService tilgang,
            SecurityProperties properties,
            ObjectProvider<ClientRegistrationRepository> registrations) {
        this.demoUsers = demoUsers;
        this.tilgang = tilgang;
        this.properties = properties;
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("skjemainnlogging", properties.demo());
        model.addAttribute("demoBrukere", demoUsers.all().stream()
                .sorted(Comparator.comparing(DemoUsers.DemoUser::rolle))
                .toList());
        List<String> oidc = properties.demo()
                ? List.of()
                : SecurityConfiguration.registrationIds(registrations.getIfAvailable()).stream()
                        .map(id -> "/oauth2/authorization/" + id)
                        .toList();
        model.addAttribute("oidcInnlogging", oidc);
        return "tilgang/login";
    }

    @GetMapping("/")
    String start(Model model) {
        Innlogget user = tilgang.innlogget();
        model.addAttribute("roller", user.roller().stream().sorted().map(Enum::name).toList());
        return "tilgang/start";
    }
}
