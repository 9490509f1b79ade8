package no.samskap.effekt.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.InvestorService;
import no.samskap.effekt.Investorposisjon;
import no.samskap.effekt.Investorvisning;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.RegistrerKontantstrom;
import no.samskap.effekt.domain.Kontantstrom;
import no.samskap.effekt.web.Skjemaer.KontantstromForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investors' side: the aggregated view an investor sees of a contract (figures of fewer than five participants
 * suppressed, never a participant), and the ledger — each investor's dated cash flows with MoM, IRR and maximum loss,
 * the waterfall order, the low/base/high scenarios — where NAV registers drawdowns. An investor sees its own ledger
 * only; providers get 403 from the services.
 */
@Controller
@RequestMapping("/effektkontrakter/{id}")
class InvestorPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final EffektkontraktService kontrakter;
    private final InvestorService investorer;
    private final Diagrammer diagrammer;
    private final MessageSource messages;

    InvestorPageController(EffektkontraktService kontrakter, InvestorService investorer, Diagrammer diagrammer,
            MessageSource messages) {
        this.kontrakter = kontrakter;
        this.investorer = investorer;
        this.diagrammer = diagrammer;
        this.messages = messages;
    }

    /** An investor party NAV may register a cash flow for. */
    record InvestorValg(UUID id, String navn) {}

    @InitBinder
    void binder(WebDataBinder binder) {
        Kontraktsside.tillatNorskeTall(binder);
    }

    @GetMapping("/investorvisning")
    String investorvisning(@PathVariable UUID id, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Investorvisning visning = investorer.investorvisning(id);
        Kontraktsside.fyll(model, k, "investorvisning");
        model.addAttribute("visning", visning);
        model.addAttribute("resultatdiagram", diagrammer.resultater(visning));
        if (!visning.profil().isEmpty()) {
            model.addAttribute("profildiagram", diagrammer.profil(visning));
        }
        return "effekt/investorvisning";
    }

    @GetMapping("/investorer")
    String investorer(@PathVariable UUID id, Model model) {
        return vis(id, KontantstromForm.tom(), model);
    }

    @PostMapping("/investorer/kontantstrommer")
    String registrer(
            @PathVariable UUID id,
            @ModelAttribute("kontantstromForm") KontantstromForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, () -> investorer.registrerKontantstrom(new RegistrerKontantstrom(id,
                form.investor(), form.dato(), form.type(), form.belop()))).isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.kontantstrom-registrert"));
            return "redirect:/effektkontrakter/" + id + "/investorer";
        }
        return vis(id, form, model);
    }

    private String vis(UUID id, KontantstromForm form, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "investorer");
        String valuta = Objects.requireNonNull(k.innhold().valuta());
        List<Investorposisjon> posisjoner = Diagrammer.iFossefallsrekkefolge(investorer.regnskap(id));
        model.addAttribute("posisjoner", posisjoner);
        List<Diagram> diagrammer = new ArrayList<>();
        for (int i = 0; i < posisjoner.size(); i++) {
            diagrammer.add(this.diagrammer.kontantstrommer(posisjoner.get(i), valuta, i + 1));
        }
        model.addAttribute("diagrammer", diagrammer);
        model.addAttribute("prognose", investorer.prognose(id));
        if (!model.containsAttribute("kontantstromForm")) {
            model.addAttribute("kontantstromForm", form);
        }
        model.addAttribute("investorvalg", k.innhold().parter(Partsrolle.INVESTOR).stream()
                .map(p -> new InvestorValg(Objects.requireNonNull(p.id()), Objects.requireNonNull(p.navn())))
                .toList());
        model.addAttribute("typer", List.of(Kontantstrom.Type.TREKK, Kontantstrom.Type.TILBAKEBETALING,
                Kontantstrom.Type.AVKASTNING));
        return "effekt/investorer";
    }

    private String tekst(String key, @Nullable Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
