package no.samskap.deltakelse.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.deltakelse.DeltakelseDetails;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.Endringsforslag;
import no.samskap.deltakelse.EndringsforslagService;
import no.samskap.deltakelse.Forslagstype;
import no.samskap.deltakelse.NyttForslag;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.web.Skjemaer.ForslagForm;
import no.samskap.deltakelse.web.Skjemaer.SvarForm;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Rolle;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Proposals: the provider proposes a change (one form per kind, showing only the fields that kind needs); the
 * counsellor approves one from the enrolment's page or rejects it with a reason on its own page.
 */
@Controller
class ForslagPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Map<String, String> FELT = Map.of("aarsak.beskrivelse", "aarsakBeskrivelse");

    private final DeltakelseService deltakelser;
    private final EndringsforslagService service;
    private final MessageSource messages;

    ForslagPageController(DeltakelseService deltakelser, EndringsforslagService service, MessageSource messages) {
        this.deltakelser = deltakelser;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/deltakelser/{id}/forslag/ny")
    String skjema(@PathVariable UUID id, @RequestParam Forslagstype type, Model model) {
        model.addAttribute("forslagForm", new ForslagForm(null, null, null, null, null, null));
        return visSkjema(deltakelser.hentSom(Rolle.ARRANGOR, id), type, model);
    }

    @PostMapping("/deltakelser/{id}/forslag/ny")
    String foreslaa(
            @PathVariable UUID id,
            @RequestParam Forslagstype type,
            @ModelAttribute("forslagForm") ForslagForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, FELT, () -> service.foreslaa(new NyttForslag(id, type,
                form.startdato(), form.sluttdato(), form.deltakelsesprosent(), form.aarsak(), form.aarsakBeskrivelse(),
                form.begrunnelse()))).isPresent()) {
            redirect.addFlashAttribute("melding", tekst("deltakelse.melding.foreslatt"));
            return "redirect:/deltakelser/" + id;
        }
        return visSkjema(deltakelser.hentSom(Rolle.ARRANGOR, id), type, model);
    }

    /** Approves from the enrolment's page; a problem shows there (422, or 409 when changed by someone else). */
    @PostMapping("/deltakelser/{id}/forslag/{forslagId}/godkjenn")
    String godkjenn(
            @PathVariable UUID id,
            @PathVariable UUID forslagId,
            @ModelAttribute("svarForm") SvarForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        String feil;
        try {
            service.godkjenn(id, forslagId, form.version());
            redirect.addFlashAttribute("melding", tekst("deltakelse.melding.godkjent"));
            return "redirect:/deltakelser/" + id;
        } catch (InvalidInput e) {
            feil = e.violations().stream().map(v -> tekst(v.problem().code(), v.args().toArray()))
                    .reduce((a, b) -> a + " " + b).orElse("");
        } catch (BusinessRuleViolation e) {
            feil = tekst(e.problem().code(), e.args().toArray());
        } catch (StaleVersion e) {
            feil = tekst("layout.endret-av-andre");
            status = HttpStatus.CONFLICT;
        }
        response.setStatus(status.value());
        model.addAttribute("feil", feil);
        return DeltakelsePageController.visDetalj(deltakelser.hent(id), model);
    }

    @GetMapping("/deltakelser/{id}/forslag/{forslagId}/avvis")
    String avvisSkjema(@PathVariable UUID id, @PathVariable UUID forslagId, Model model) {
        DeltakelseDetails d = deltakelser.hentSom(Rolle.VEILEDER, id);
        Endringsforslag f = forslag(d, forslagId);
        model.addAttribute("svarForm", new SvarForm(null, f.version()));
        return visAvvis(d, f, model);
    }

    @PostMapping("/deltakelser/{id}/forslag/{forslagId}/avvis")
    String avvis(
            @PathVariable UUID id,
            @PathVariable UUID forslagId,
            @ModelAttribute("svarForm") SvarForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, Map.of(),
                () -> service.avvis(id, forslagId, form.begrunnelse(), form.version()))) {
            redirect.addFlashAttribute("melding", tekst("deltakelse.melding.avvist"));
            return "redirect:/deltakelser/" + id;
        }
        DeltakelseDetails d = deltakelser.hentSom(Rolle.VEILEDER, id);
        return visAvvis(d, forslag(d, forslagId), model);
    }

    private static String visSkjema(DeltakelseDetails d, Forslagstype type, Model model) {
        model.addAttribute("deltakelse", d);
        model.addAttribute("type", type);
        model.addAttribute("aarsaker", Aarsakstype.values());
        return "deltakelse/forslag";
    }

    private static String visAvvis(DeltakelseDetails d, Endringsforslag f, Model model) {
        model.addAttribute("deltakelse", d);
        model.addAttribute("forslag", f);
        return "deltakelse/avvis";
    }

    private static Endringsforslag forslag(DeltakelseDetails d, UUID forslagId) {
        return d.forslag().stream().filter(f -> f.id().equals(forslagId)).findFirst()
                .orElseThrow(() -> new NotFound("endringsforslag", forslagId));
    }

    private String tekst(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, key, NB);
    }
}
