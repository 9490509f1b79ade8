package no.samskap.katalog.filter;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.StaleVersion;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for the current user's saved filters: the list ({@code /katalog/filtre}) with rename, make default and
 * delete (after a confirmation page), and saving the catalog's current filter. The save form is a fragment on the
 * catalog page; when it has errors, the answer is this module's own page with the form and the messages (422).
 */
@Controller
@RequestMapping("/katalog/filtre")
class LagretFilterPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final LagredeFiltre service;
    private final MessageSource messages;

    LagretFilterPageController(LagredeFiltre service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    record LagreForm(@Nullable String navn, @Nullable String sporring) {}

    record NavnForm(@Nullable String navn, @Nullable Long version) {}

    @GetMapping
    String liste(Model model) {
        model.addAttribute("filtre", service.mine());
        return "katalog/filtre";
    }

    /** The save form on its own page, e.g. {@code /katalog/filtre/ny?sporring=navEnhet%3D0315}. */
    @GetMapping("/ny")
    String ny(@RequestParam(required = false) @Nullable String sporring, Model model) {
        service.mine(); // the access check: counsellors and administrators only
        model.addAttribute("lagreForm", new LagreForm(null, sporring));
        return "katalog/filter-ny";
    }

    @PostMapping
    String lagre(
            @ModelAttribute LagreForm lagreForm,
            BindingResult binding,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            UUID id = service.opprett(lagreForm.navn(), lagreForm.sporring());
            LagretFilter filter = service.hent(id);
            redirect.addFlashAttribute("melding", tekst("lagret-filter.melding.lagret", filter.navn()));
            return "redirect:/katalog?" + filter.sporring();
        } catch (InvalidInput e) {
            avvis(binding, e);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "katalog/filter-ny";
    }

    @GetMapping("/{id}/endre")
    String endre(@PathVariable UUID id, Model model) {
        LagretFilter filter = service.hent(id);
        model.addAttribute("navnForm", new NavnForm(filter.navn(), filter.version()));
        return endreSide(filter, model);
    }

    @PostMapping("/{id}/endre")
    String endreNavn(
            @PathVariable UUID id,
            @ModelAttribute NavnForm navnForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.endre(id, navnForm.version(), navnForm.navn(), null);
            redirect.addFlashAttribute("melding", tekst("lagret-filter.melding.endret"));
            return "redirect:/katalog/filtre";
        } catch (InvalidInput e) {
            avvis(binding, e);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (StaleVersion e) {
            binding.reject("layout.endret-av-andre");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
        return endreSide(service.hent(id), model);
    }

    @PostMapping("/{id}/standard")
    String standard(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "true") boolean standard,
            RedirectAttributes redirect) {
        String key = standard ? "lagret-filter.melding.standard" : "lagret-filter.melding.ikke-standard";
        try {
            service.endre(id, version, null, standard);
        } catch (StaleVersion | InvalidInput e) {
            key = "layout.endret-av-andre";
        }
        redirect.addFlashAttribute("melding", tekst(key, service.hent(id).navn()));
        return "redirect:/katalog/filtre";
    }

    @GetMapping("/{id}/slett")
    String bekreftSletting(@PathVariable UUID id, Model model) {
        model.addAttribute("filter", service.hent(id));
        return "katalog/filter-slett";
    }

    @PostMapping("/{id}/slett")
    String slett(@PathVariable UUID id, RedirectAttributes redirect) {
        String navn = service.hent(id).navn();
        service.slett(id);
        redirect.addFlashAttribute("melding", tekst("lagret-filter.melding.slettet", navn));
        return "redirect:/katalog/filtre";
    }

    private String endreSide(LagretFilter filter, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("historikk", service.historikk(filter.id()));
        return "katalog/filter-endre";
    }

    private static void avvis(BindingResult binding, InvalidInput e) {
        for (FieldViolation v : e.violations()) {
            Object[] args = v.args().toArray();
            if (v.field() == null || "version".equals(v.field())) {
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
