package no.samskap.effekt.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.Effektrapport;
import no.samskap.effekt.KravService;
import no.samskap.effekt.Kravvisning;
import no.samskap.effekt.RegistrerKohort;
import no.samskap.effekt.UtbetalingService;
import no.samskap.effekt.VurderKrav;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.effekt.web.Skjemaer.KohortForm;
import no.samskap.effekt.web.Skjemaer.VurderingForm;
import no.samskap.shared.NotFound;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Claims and their validation: the claims with what the checks found and the evaluator's decision (a provider its
 * own), the evaluator's queue with a decision on the claims ticked, one claim with the evaluator's approve or reject
 * and a reason (the four-eyes rule stated where it applies), the reconciliation per metric and participant, and the
 * comparison cohorts with the effect they trigger, which the evaluator records.
 */
@Controller
@RequestMapping("/effektkontrakter/{id}")
class KravPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final EffektkontraktService kontrakter;
    private final KravService krav;
    private final UtbetalingService utbetaling;
    private final TilgangService tilgang;
    private final MessageSource messages;

    KravPageController(EffektkontraktService kontrakter, KravService krav, UtbetalingService utbetaling,
            TilgangService tilgang, MessageSource messages) {
        this.kontrakter = kontrakter;
        this.krav = krav;
        this.utbetaling = utbetaling;
        this.tilgang = tilgang;
        this.messages = messages;
    }

    @GetMapping("/krav")
    String krav(@PathVariable UUID id, @RequestParam(required = false) @Nullable String status, Model model) {
        model.addAttribute("vurderingForm", VurderingForm.tom());
        return visKrav(id, status, model);
    }

    /** The evaluator's decision on the claims ticked in the queue, with one reason. */
    @PostMapping("/vurderinger")
    String vurderMange(
            @PathVariable UUID id,
            @ModelAttribute("vurderingForm") VurderingForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var vurdert = Skjemafeil.utfor(binding, response, () -> krav.vurder(new VurderKrav(id,
                form.krav() == null ? List.of() : form.krav(), form.beslutning(), form.begrunnelse())));
        if (vurdert.isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.vurdert." + form.beslutning(),
                    vurdert.get().size()));
            return "redirect:/effektkontrakter/" + id + "/krav?status=VENTER";
        }
        return visKrav(id, "VENTER", model);
    }

    @GetMapping("/krav/{kravId}")
    String kravet(@PathVariable UUID id, @PathVariable UUID kravId, Model model) {
        model.addAttribute("vurderingForm", VurderingForm.tom());
        return visKravet(id, kravId, model);
    }

    @PostMapping("/krav/{kravId}/vurdering")
    String vurder(
            @PathVariable UUID id,
            @PathVariable UUID kravId,
            @ModelAttribute("vurderingForm") VurderingForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, felt -> felt.equals("krav") ? "beslutning" : felt,
                () -> krav.vurder(new VurderKrav(id, List.of(kravId), form.beslutning(), form.begrunnelse())))
                .isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.vurdert." + form.beslutning(), 1));
            return "redirect:/effektkontrakter/" + id + "/krav/" + kravId;
        }
        return visKravet(id, kravId, model);
    }

    @GetMapping("/avstemming")
    String avstemming(@PathVariable UUID id, Model model) {
        Kontraktsside.fyll(model, kontrakter.hent(id), "avstemming");
        model.addAttribute("rapport", krav.avstemming(id));
        return "effekt/avstemming";
    }

    @GetMapping("/effekt")
    String effekt(@PathVariable UUID id, Model model) {
        model.addAttribute("kohortForm", KohortForm.tom());
        return visEffekt(id, null, model);
    }

    @PostMapping("/effekt/kohorter")
    String registrerKohort(
            @PathVariable UUID id,
            @ModelAttribute("kohortForm") KohortForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return lagreKohort(id, null, form, binding, model, response, redirect);
    }

    @GetMapping("/effekt/kohorter/{kohortId}")
    String kohort(@PathVariable UUID id, @PathVariable UUID kohortId, Model model) {
        Effektrapport.Kohortlinje l = utbetaling.effekt(id).kohorter().stream()
                .filter(k -> kohortId.equals(k.id()))
                .findFirst()
                .orElseThrow(() -> new NotFound("effekt-kohort", kohortId));
        model.addAttribute("kohortForm", new KohortForm(l.kohort(), l.dato(), l.antallTiltak(), l.utfallTiltak(),
                l.antallSammenligning(), l.utfallSammenligning(), l.version()));
        return visEffekt(id, kohortId, model);
    }

    @PostMapping("/effekt/kohorter/{kohortId}")
    String endreKohort(
            @PathVariable UUID id,
            @PathVariable UUID kohortId,
            @ModelAttribute("kohortForm") KohortForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return lagreKohort(id, kohortId, form, binding, model, response, redirect);
    }

    private String lagreKohort(UUID id, @Nullable UUID kohortId, KohortForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, () -> utbetaling.registrerKohort(new RegistrerKohort(id, kohortId,
                form.version(), form.navn(), form.dato(), form.antallTiltak(), form.utfallTiltak(),
                form.antallSammenligning(), form.utfallSammenligning()))).isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.kohort-lagret", form.navn()));
            return "redirect:/effektkontrakter/" + id + "/effekt";
        }
        return visEffekt(id, kohortId, model);
    }

    private String visKrav(UUID id, @Nullable String status, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "krav");
        List<Kravvisning> alle = krav.krav(id);
        List<Kravvisning> liste = alle.stream().filter(kv -> status == null || status.isBlank()
                || ("VENTER".equals(status) ? kv.vurdering() == null && kv.status() != Kravstatus.AVVIST
                        : kv.status().name().equals(status)))
                .toList();
        model.addAttribute("krav", liste);
        model.addAttribute("antallAlle", alle.size());
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("statuser", Kravstatus.values());
        model.addAttribute("beslutninger", Vurdering.Beslutning.values());
        model.addAttribute("kanVurdereNoen", liste.stream().anyMatch(Kravvisning::kanVurderes));
        return "effekt/krav";
    }

    private String visKravet(UUID id, UUID kravId, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "krav");
        Kravvisning kv = krav.kravet(id, kravId);
        model.addAttribute("kravet", kv);
        // four eyes: the evaluator who claimed it may not decide on it, and is told why instead of getting a form
        model.addAttribute("egetKrav", k.handlinger().vurdereKrav() && kv.vurdering() == null
                && kv.innsendtAv().strip().equalsIgnoreCase(tilgang.innlogget().ident().strip()));
        model.addAttribute("beslutninger", Vurdering.Beslutning.values());
        return "effekt/kravet";
    }

    private String visEffekt(UUID id, @Nullable UUID kohortId, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "effekt");
        model.addAttribute("effekt", utbetaling.effekt(id));
        model.addAttribute("kohortId", kohortId);
        return "effekt/effekt";
    }

    private String tekst(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
