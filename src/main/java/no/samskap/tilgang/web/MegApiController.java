package no.samskap.tilgang.web;

import java.util.List;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I: the current user as Samskap sees it (ident, roles and relations). Lets partner systems check that their
 * token carries the claims they expect.
 */
@RestController
class MegApiController {

    record MegResponse(
            String ident,
            String navn,
            List<String> roller,
            @Nullable String navEnhet,
            List<String> organisasjonsnumre) {}

    private final TilgangService tilgang;

    MegApiController(TilgangService tilgang) {
        this.tilgang = tilgang;
    }

    @GetMapping("/api/v1/meg")
    MegResponse meg() {
        Innlogget user = tilgang.innlogget();
        return new MegResponse(
                user.ident(),
                user.navn(),
                user.roller().stream().sorted().map(Enum::name).toList(),
                user.navEnhet(),
                user.organisasjonsnumre());
    }
}
