package no.samskap.deltakelse.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseDetails;
import no.samskap.deltakelse.DeltakelseFilter;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.deltakelse.EndreDeltakelse;
import no.samskap.deltakelse.Forslagstype;
import no.samskap.deltakelse.domain.Aarsak;
import no.samskap.deltakelse.historikk.DeltakelseshistorikkService;
import no.samskap.deltakelse.web.Skjemaer.EndreForm;
import no.samskap.deltakelse.web.Skjemaer.SokForm;
import no.samskap.deltakelse.web.Skjemaer.StatusForm;
import no.samskap.shared.Fodselsnummer;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The enrolments of a counsellor's office and of a provider's implementations: the list (filtered, paged), a
 * person's enrolments looked up by fødselsnummer (POST), one enrolment with history and proposals, and the
 * counsellor's forms to change status or dates. What each user sees and may do is the services' decision.
 */
@Controller
class DeltakelsePageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final int STORRELSE = 25;
    private static final Map<String, String> STATUSFELT = Map.of("status", "til", "aarsak.beskrivelse", "aarsakBeskrivelse");

    private final DeltakelseService service;
    private final DeltakelseshistorikkService historikk;
    private final TilgangService tilgang;
    private final MessageSource messages;

    DeltakelsePageController(DeltakelseService service, DeltakelseshistorikkService historikk, TilgangService tilgang,
            MessageSource messages) {
        this.service = service;
        this.historikk = historikk;
        this.tilgang = tilgang;
        this.messages = messages;
    }

    @GetMapping("/deltakelser")
    String liste(
            @RequestParam(required = false) @Nullable DeltakelseStatus status,
            @RequestParam(required = false) @Nullable UUID gjennomforingId,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model) {
        if (tilgang.innlogget().har(Rolle.DELTAKER)) {
            return "redirect:/mine-deltakelser";
        }
        var filter = new DeltakelseFilter(gjennomforingId, status, side, STORRELSE);
        model.addAttribute("filter", filter);
        model.addAttribute("side", service.list(filter));
        model.addAttribute("statuser", DeltakelseStatus.values());
        model.addAttribute("gjennomforinger", service.gjennomforingValg());
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "deltakelse/liste :: resultat" : "deltakelse/liste";
    }

    @GetMapping("/deltakelser/sok")
    String sokSkjema(Model model) {
        service.krevPersonsok();
        model.addAttribute("sokForm", new SokForm(null));
        return "deltakelse/sok";
    }

    /**
     * Answers the POST with the person's enrolments at the office and the history imported from Arena: the number
     * never goes into a URL.
     */
    @PostMapping("/deltakelser/sok")
    String sok(@ModelAttribute("sokForm") SokForm form, BindingResult binding, Model model,
            HttpServletResponse response) {
        Skjemafeil.utfor(binding, response, Map.of(), () -> service.forPerson(form.fodselsnummer()))
                .ifPresent(resultat -> {
                    model.addAttribute("resultat", resultat);
                    model.addAttribute("historikk", historikk.forPerson(form.fodselsnummer()));
                    // the service accepted the number: show it masked above the result, and not in the form again
                    model.addAttribute("sokt", Fodselsnummer.tolk(form.fodselsnummer(), true)
                            .map(Fodselsnummer::maskert).orElse(""));
                    model.addAttribute("sokForm", new SokForm(null));
                });
        return "deltakelse/sok";
    }

    @GetMapping("/deltakelser/{id}")
    String detalj(@PathVariable UUID id, Model model) {
        if (tilgang.innlogget().har(Rolle.DELTAKER)) {
            return "redirect:/mine-deltakelser/" + id;
        }
        DeltakelseDetails d = service.hent(id);
        if (id.equals(model.asMap().get(PameldingPageController.PAMELDT))) {
            model.addAttribute("melding", tekst("deltakelse.melding.pameldt." + d.status(), d.navn(),
                    d.fodselsnummerMaskert(), d.gjennomforingNavn()));
        }
        return visDetalj(d, model);
    }

    /** The enrolment's page (also after a failed answer to a proposal). */
    static String visDetalj(DeltakelseDetails d, Model model) {
        model.addAttribute("deltakelse", d);
        model.addAttribute("forslagstyper", Forslagstype.values());
        return "deltakelse/detalj";
    }

    @GetMapping("/deltakelser/{id}/status")
    String statusSkjema(@PathVariable UUID id, Model model) {
        DeltakelseDetails d = service.hentSom(Rolle.VEILEDER, id);
        model.addAttribute("statusForm", new StatusForm(null, null, null, d.version()));
        return visStatus(d, model);
    }

    @PostMapping("/deltakelser/{id}/status")
    String endreStatus(
            @PathVariable UUID id,
            @ModelAttribute("statusForm") StatusForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, STATUSFELT, () -> service.endreStatus(id, form.til(),
                form.aarsak() == null ? null : new Aarsak(form.aarsak(), form.aarsakBeskrivelse()), form.version()))) {
            redirect.addFlashAttribute("melding", tekst("deltakelse.melding.status-endret",
                    tekst("deltakelse.status." + form.til())));
            return "redirect:/deltakelser/" + id;
        }
        return visStatus(service.hentSom(Rolle.VEILEDER, id), model);
    }

    @GetMapping("/deltakelser/{id}/endre")
    String endreSkjema(@PathVariable UUID id, Model model) {
        DeltakelseDetails d = service.hentSom(Rolle.VEILEDER, id);
        model.addAttribute("endreForm",
                new EndreForm(d.startdato(), d.sluttdato(), d.deltakelsesprosent(), d.innhold(), d.version()));
        model.addAttribute("deltakelse", d);
        return "deltakelse/endre";
    }

    @PostMapping("/deltakelser/{id}/endre")
    String endre(
            @PathVariable UUID id,
            @ModelAttribute("endreForm") EndreForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, Map.of(), () -> service.endre(new EndreDeltakelse(id,
                form.startdato(), form.sluttdato(), form.deltakelsesprosent(), form.innhold(), form.version())))) {
            redirect.addFlashAttribute("melding", tekst("deltakelse.melding.endret"));
            return "redirect:/deltakelser/" + id;
        }
        model.addAttribute("deltakelse", service.hentSom(Rolle.VEILEDER, id));
        return "deltakelse/endre";
    }

    private static String visStatus(DeltakelseDetails d, Model model) {
        model.addAttribute("deltakelse", d);
        model.addAttribute("aarsaker", Aarsakstype.values());
        return "deltakelse/status";
    }

    private String tekst(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, key, NB);
    }
}
