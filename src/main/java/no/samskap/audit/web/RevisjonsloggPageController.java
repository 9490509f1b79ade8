package no.samskap.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import no.samskap.audit.AuditOppslag;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The administrator's audit log page: a person's audit trail and the chain check. The fødselsnummer travels only in
 * POST bodies — the lookup, and each page of its result (the paging buttons post it again) — never in a URL.
 */
@Controller
class RevisjonsloggPageController {

    private final AuditOppslag oppslag;

    RevisjonsloggPageController(AuditOppslag oppslag) {
        this.oppslag = oppslag;
    }

    record SokForm(@Nullable String fodselsnummer, @Nullable Integer side, @Nullable Long til) {}

    @GetMapping("/revisjonslogg")
    String side(Model model) {
        oppslag.krevTilgang();
        model.addAttribute("sokForm", new SokForm(null, null, null));
        return "audit/revisjonslogg";
    }

    /** Answers the POST directly with the person's entries (no redirect: the number must not go into a URL). */
    @PostMapping("/revisjonslogg")
    String sok(@ModelAttribute SokForm sokForm, BindingResult binding, Model model, HttpServletResponse response) {
        try {
            AuditOppslag.Personlogg logg = oppslag.forPerson(sokForm.fodselsnummer(), sokForm.side(), null, sokForm.til());
            model.addAttribute("resultat", logg.side());
            model.addAttribute("til", logg.tilOgMedSekvens());
            // valid by now: kept for the paging buttons (in POST bodies) and shown masked; the field is emptied
            String person = java.util.Objects.requireNonNull(sokForm.fodselsnummer()).strip().replace(" ", "");
            model.addAttribute("person", person);
            model.addAttribute("personMaskert", person.substring(0, 6) + "*****");
            model.addAttribute("sokForm", new SokForm(null, null, null));
        } catch (InvalidInput e) {
            for (FieldViolation v : e.violations()) {
                binding.rejectValue("fodselsnummer", v.problem().code(), v.args().toArray(), null);
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "audit/revisjonslogg";
    }

    @PostMapping("/revisjonslogg/kontroll")
    String kontroll(Model model) {
        model.addAttribute("kontroll", oppslag.kontrollerKjeden());
        model.addAttribute("sokForm", new SokForm(null, null, null));
        return "audit/revisjonslogg";
    }
}
