package no.samskap.katalog.deling;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for sharing an implementation with a person and for a person's earlier sharings. The fødselsnummer is only
 * ever in a POST body: after sharing, the redirect goes to the lookup page without it (the receipt shows the masked
 * number from a flash message); the lookup answers its POST directly, without a redirect.
 */
@Controller
class DelingPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final DelingService service;
    private final MessageSource messages;

    DelingPageController(DelingService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** The share form; {@code fodselsnummer} is never rendered back from a redirect. */
    record DelingForm(@Nullable String fodselsnummer, @Nullable String melding) {}

    record SokForm(@Nullable String fodselsnummer) {}

    @GetMapping("/katalog/{id}/del")
    String skjema(@PathVariable UUID id, Model model) {
        DelingSkjema skjema = service.skjema(id);
        model.addAttribute("skjema", skjema);
        model.addAttribute("delingForm", new DelingForm(null, skjema.melding()));
        return "katalog/deling-skjema";
    }

    @PostMapping("/katalog/{id}/del")
    String del(
            @PathVariable UUID id,
            @ModelAttribute DelingForm delingForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Deling deling = service.del(id, delingForm.fodselsnummer(), delingForm.melding());
            redirect.addFlashAttribute("melding",
                    tekst("deling.melding.delt", deling.gjennomforingNavn(), deling.fodselsnummer()));
            return "redirect:/katalog/delinger";
        } catch (InvalidInput e) {
            avvis(binding, e);
        } catch (BusinessRuleViolation e) {
            binding.reject(e.problem().code(), e.args().toArray(), null);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("skjema", service.skjema(id));
        return "katalog/deling-skjema";
    }

    @GetMapping("/katalog/delinger")
    String delinger(Model model) {
        service.krevTilgang();
        model.addAttribute("sokForm", new SokForm(null));
        return "katalog/delinger";
    }

    /** Shows the person's sharings in the response to the POST: the number never goes into a URL. */
    @PostMapping("/katalog/delinger")
    String sok(@ModelAttribute SokForm sokForm, BindingResult binding, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("resultat", service.delingerFor(sokForm.fodselsnummer()));
            model.addAttribute("sokForm", new SokForm(null));
        } catch (InvalidInput e) {
            avvis(binding, e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "katalog/delinger";
    }

    private static void avvis(BindingResult binding, InvalidInput e) {
        for (FieldViolation v : e.violations()) {
            Object[] args = v.args().toArray();
            if (v.field() == null) {
                binding.reject(v.problem().code(), args, null);
            } else {
                binding.rejectValue(v.field(), v.problem().code(), args, null);
            }
        }
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
