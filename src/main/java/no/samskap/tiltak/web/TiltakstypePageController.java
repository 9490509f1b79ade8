package no.samskap.tiltak.web;

import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.NotFound;
import no.samskap.tiltak.TiltakstypeService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Pages for measure types: the table (filterable by innsatsgruppe) and one type's detail. */
@Controller
class TiltakstypePageController {

    private final TiltakstypeService service;

    TiltakstypePageController(TiltakstypeService service) {
        this.service = service;
    }

    @GetMapping("/tiltakstyper")
    String list(@RequestParam(required = false) @Nullable Innsatsgruppe innsatsgruppe, Model model) {
        model.addAttribute("tiltakstyper", service.listTiltakstyper(innsatsgruppe).stream()
                .map(TiltakstypeResponse::fra)
                .toList());
        model.addAttribute("valgtInnsatsgruppe", innsatsgruppe);
        model.addAttribute("innsatsgrupper", Innsatsgruppe.values());
        return "tiltak/tiltakstyper";
    }

    @GetMapping("/tiltakstyper/{tiltakskode}")
    String detail(@PathVariable String tiltakskode, Model model) {
        try {
            model.addAttribute("tiltakstype", TiltakstypeResponse.fra(service.getTiltakstype(tiltakskode)));
        } catch (NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "tiltak/tiltakstype";
    }
}
