package no.samskap.effekt.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.KjorUtbetaling;
import no.samskap.effekt.UtbetalingService;
import no.samskap.effekt.Utbetalingskjoringvisning;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.effekt.web.Skjemaer.KjoringForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payments: the payment runs (NAV makes the run of a period; each shows its lines per payer and recipient with what the
 * caps cut), payments against the payers' commitments and the contract cap, the planned profile against what was
 * paid, and each party's statement.
 */
@Controller
@RequestMapping("/effektkontrakter/{id}")
class UtbetalingPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final EffektkontraktService kontrakter;
    private final UtbetalingService utbetaling;
    private final Diagrammer diagrammer;
    private final Formatering format;
    private final MessageSource messages;
    private final Clock clock;

    UtbetalingPageController(EffektkontraktService kontrakter, UtbetalingService utbetaling, Diagrammer diagrammer,
            Formatering format, MessageSource messages, Clock clock) {
        this.kontrakter = kontrakter;
        this.utbetaling = utbetaling;
        this.diagrammer = diagrammer;
        this.format = format;
        this.messages = messages;
        this.clock = clock;
    }

    /** A period a run can be made for: its name as the service takes it, and its dates. */
    record Periodevalg(String navn, LocalDate fra, LocalDate til) {}

    @GetMapping("/utbetalinger")
    String utbetalinger(@PathVariable UUID id, Model model) {
        return vis(id, null, model);
    }

    @PostMapping("/utbetalinger")
    String kjor(
            @PathVariable UUID id,
            @ModelAttribute("kjoringForm") KjoringForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var kjoringId = Skjemafeil.utfor(binding, response,
                () -> utbetaling.kjor(new KjorUtbetaling(id, form.periode(), form.utbetalingsdato())));
        if (kjoringId.isPresent()) {
            var kj = utbetaling.kjoring(id, kjoringId.get());
            redirect.addFlashAttribute("melding", tekst("effekt.melding.kjort", form.periode(),
                    format.belop(kj.totalt(), kj.valuta())));
            return "redirect:/effektkontrakter/" + id + "/utbetalinger/" + kjoringId.get();
        }
        return vis(id, form, model);
    }

    @GetMapping("/utbetalinger/{kjoringId}")
    String kjoring(@PathVariable UUID id, @PathVariable UUID kjoringId, Model model) {
        Kontraktsside.fyll(model, kontrakter.hent(id), "utbetalinger");
        model.addAttribute("kjoring", utbetaling.kjoring(id, kjoringId));
        return "effekt/kjoring";
    }

    @GetMapping("/oppgjor/{partId}")
    String oppgjor(@PathVariable UUID id, @PathVariable UUID partId, Model model) {
        var oppgjor = utbetaling.oppgjor(id, partId);
        Kontraktsside.fyll(model, kontrakter.hent(id), "");
        model.addAttribute("oppgjor", oppgjor);
        return "effekt/oppgjor";
    }

    private String vis(UUID id, @Nullable KjoringForm form, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "utbetalinger");
        List<Utbetalingskjoringvisning> kjoringer = utbetaling.kjoringer(id);
        model.addAttribute("kjoringer", kjoringer.reversed());
        var profil = utbetaling.profil(id);
        model.addAttribute("profil", profil);
        String valuta = Objects.requireNonNull(k.innhold().valuta());
        if (!profil.isEmpty()) {
            model.addAttribute("profildiagram", diagrammer.profil(profil, valuta));
        }
        if (k.innsyn().serAlt()) {
            model.addAttribute("takdiagram", diagrammer.utbetalingerMotTak(k, kjoringer));
        }
        List<Periodevalg> perioder = perioder(k, kjoringer);
        model.addAttribute("perioder", perioder);
        // after a rejected run the posted form is in the model with its errors: keep it
        if (form == null) {
            model.addAttribute("kjoringForm",
                    new KjoringForm(perioder.isEmpty() ? null : perioder.getFirst().navn(), LocalDate.now(clock)));
        }
        return "effekt/utbetalinger";
    }

    /** The periods after the last run, from the contract's start up to the one containing today, oldest first. */
    private List<Periodevalg> perioder(EffektkontraktDetaljer k, List<Utbetalingskjoringvisning> kjoringer) {
        var frekvens = k.innhold().utbetaling() == null || k.innhold().utbetaling().frekvens() == null
                ? Utbetalingsperiode.Periodetype.KVARTAL
                : k.innhold().utbetaling().frekvens();
        LocalDate fra = kjoringer.isEmpty()
                ? Objects.requireNonNull(k.innhold().fra())
                : kjoringer.getLast().til().plusDays(1);
        LocalDate idag = LocalDate.now(clock);
        LocalDate slutt = Objects.requireNonNull(k.innhold().til());
        List<Periodevalg> perioder = new ArrayList<>();
        for (LocalDate d = fra; !d.isAfter(idag) && !d.isAfter(slutt); ) {
            var p = Utbetalingsperiode.av(frekvens, d);
            perioder.add(new Periodevalg(Utbetalingsperiode.navn(frekvens, d), p.fra(), p.til()));
            d = p.til().plusDays(1);
        }
        return perioder;
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
