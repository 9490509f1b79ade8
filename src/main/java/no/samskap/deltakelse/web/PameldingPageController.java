package no.samskap.deltakelse.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.MeldPa;
import no.samskap.deltakelse.PameldingSkjema;
import no.samskap.deltakelse.web.Skjemaer.PameldingForm;
import no.samskap.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A counsellor enrols a person from the catalog. The fødselsnummer is only in the POST body; after enrolling, the
 * redirect goes to the enrolment (by its id), which says whether the person got a place or the waiting list.
 */
@Controller
class PameldingPageController {

    static final String VIS = "deltakelse/pamelding";
    /** Flash attribute: the enrolment just made, so its page says what came of it. */
    static final String PAMELDT = "pameldt";

    private final DeltakelseService service;

    PameldingPageController(DeltakelseService service) {
        this.service = service;
    }

    @GetMapping("/deltakelser/ny")
    String skjema(@RequestParam UUID gjennomforingId, Model model) {
        PameldingSkjema skjema = service.pameldingSkjema(gjennomforingId);
        model.addAttribute("pameldingForm",
                new PameldingForm(gjennomforingId, null, null, skjema.startdato(), skjema.innhold()));
        return vis(skjema, model);
    }

    @PostMapping("/deltakelser/ny")
    String meldPa(
            @ModelAttribute("pameldingForm") PameldingForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID gjennomforingId = form.gjennomforingId();
        if (gjennomforingId == null) {
            throw new NotFound("gjennomforing", "");
        }
        Optional<UUID> id = Skjemafeil.utfor(binding, response, Map.of(), () -> service.meldPa(new MeldPa(
                gjennomforingId, form.fodselsnummer(), form.navn(), form.startdato(), form.innhold())));
        if (id.isPresent()) {
            redirect.addFlashAttribute(PAMELDT, id.get());
            return "redirect:/deltakelser/" + id.get();
        }
        return vis(service.pameldingSkjema(gjennomforingId), model);
    }

    private static String vis(PameldingSkjema skjema, Model model) {
        model.addAttribute("skjema", skjema);
        return VIS;
    }
}
