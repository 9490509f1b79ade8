package no.samskap.deltakelse.web;

import java.util.UUID;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.tilgang.Rolle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The participant's own enrolments, phone first: the list and one enrolment with its provider and proposals. */
@Controller
class MineDeltakelserPageController {

    private final DeltakelseService service;

    MineDeltakelserPageController(DeltakelseService service) {
        this.service = service;
    }

    @GetMapping("/mine-deltakelser")
    String mine(@RequestParam(required = false) @Nullable Integer side, Model model) {
        model.addAttribute("side", service.mine(side));
        return "deltakelse/mine";
    }

    @GetMapping("/mine-deltakelser/{id}")
    String min(@PathVariable UUID id, Model model) {
        model.addAttribute("deltakelse", service.hentSom(Rolle.DELTAKER, id));
        return "deltakelse/min";
    }
}
