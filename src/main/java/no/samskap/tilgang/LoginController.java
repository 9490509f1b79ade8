package no.samskap.tilgang;

import java.util.Comparator;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (demo mode) and the role's start page. */
@Controller
class LoginController {

    private final DemoUsers demoUsers;
    private final TilgangService tilgang;

    LoginController(DemoUsers demoUsers, TilgangService tilgang) {
        this.demoUsers = demoUsers;
        this.tilgang = tilgang;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoBrukere", demoUsers.all().stream()
                .sorted(Comparator.comparing(DemoUsers.DemoUser::rolle))
                .toList());
        return "tilgang/login";
    }

    @GetMapping("/")
    String start(Model model) {
        Innlogget user = tilgang.innlogget();
        model.addAttribute("roller", user.roller().stream().sorted().map(Enum::name).toList());
        return "tilgang/start";
    }
}
