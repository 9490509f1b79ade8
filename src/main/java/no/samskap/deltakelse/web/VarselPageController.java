package no.samskap.deltakelse.web;

import java.util.UUID;
import no.samskap.deltakelse.VarselService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The counsellor's notifications; opening one (a POST: it changes state) marks it read and goes to the enrolment. */
@Controller
class VarselPageController {

    private final VarselService service;

    VarselPageController(VarselService service) {
        this.service = service;
    }

    @GetMapping("/varsler")
    String varsler(Model model) {
        model.addAttribute("varsler", service.mine());
        return "deltakelse/varsler";
    }

    @PostMapping("/varsler/{id}")
    String apne(@PathVariable UUID id) {
        return "redirect:/deltakelser/" + service.merkLest(id);
    }
}
