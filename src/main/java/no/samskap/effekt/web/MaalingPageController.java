package no.samskap.effekt.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import no.samskap.effekt.Bevisreferanse;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.Effektdeltaker;
import no.samskap.effekt.EndreDeltaker;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.MaalingService;
import no.samskap.effekt.KravService;
import no.samskap.effekt.Kravvisning;
import no.samskap.effekt.RegistrerDeltaker;
import no.samskap.effekt.RegistrerMykMaaling;
import no.samskap.effekt.RegistrerUtfall;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.web.Skjemaer.DeltakerForm;
import no.samskap.effekt.web.Skjemaer.EndreDeltakerForm;
import no.samskap.effekt.web.Skjemaer.KravvalgForm;
import no.samskap.effekt.web.Skjemaer.MykForm;
import no.samskap.effekt.web.Skjemaer.UtfallForm;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.InvalidInput;
import no.samskap.tiltak.GjennomforingService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Measuring an outcome contract: its participants (a provider registers its own; the fødselsnummer only in the POST
 * body, shown masked), one participant's outcome events with typed evidence, soft-outcome readings and checkpoints,
 * all outcome events with the provider's claim of those it picks, the CSV import of outcome events, and the
 * checkpoints falling due with the provider's reminders. Investors never get here (the services answer 403).
 */
@Controller
@RequestMapping("/effektkontrakter/{id}")
class MaalingPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final EffektkontraktService kontrakter;
    private final MaalingService maaling;
    private final KravService krav;
    private final GjennomforingService gjennomforinger;
    private final MessageSource messages;

    MaalingPageController(EffektkontraktService kontrakter, MaalingService maaling, KravService krav,
            GjennomforingService gjennomforinger, MessageSource messages) {
        this.kontrakter = kontrakter;
        this.maaling = maaling;
        this.krav = krav;
        this.gjennomforinger = gjennomforinger;
        this.messages = messages;
    }

    /** An implementation the contract covers, for the participant form's choice. */
    record GjennomforingValg(UUID id, String navn) {}

    /** A provider party the user acts for, when it acts for several in the contract. */
    record LeverandorValg(UUID id, String navn) {}

    /** One line of a CSV import that could not be read: the line number, the column and the message key. */
    record Importfeil(@Nullable String linje, @Nullable String kolonne, String kode, Object[] args) {}

    @InitBinder
    void binder(WebDataBinder binder) {
        Kontraktsside.tillatNorskeTall(binder);
    }

    @GetMapping("/deltakere")
    String deltakere(@PathVariable UUID id, Model model) {
        return visDeltakere(id, DeltakerForm.tom(), model);
    }

    @PostMapping("/deltakere")
    String registrer(
            @PathVariable UUID id,
            @ModelAttribute("deltakerForm") DeltakerForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var deltakerId = Skjemafeil.utfor(binding, response, () -> maaling.registrerDeltaker(new RegistrerDeltaker(id,
                form.leverandor(), form.referanse(), form.fodselsnummer(), form.fodselsdato(), form.innsatsgruppe(),
                form.gjennomforingId(), form.inntaksdato(), form.sluttdato(), form.kohort())));
        if (deltakerId.isPresent()) {
            Effektdeltaker d = maaling.deltaker(id, deltakerId.get());
            redirect.addFlashAttribute("melding", d.avvik().isEmpty()
                    ? tekst("effekt.melding.deltaker-registrert", d.referanse())
                    : tekst("effekt.melding.deltaker-registrert-utenfor", d.referanse()));
            return "redirect:/effektkontrakter/" + id + "/deltakere/" + deltakerId.get();
        }
        return visDeltakere(id, form, model);
    }

    @GetMapping("/deltakere/{deltakerId}")
    String deltaker(@PathVariable UUID id, @PathVariable UUID deltakerId, Model model) {
        return visDeltaker(id, deltakerId, model);
    }

    @PostMapping("/deltakere/{deltakerId}/utfall")
    String registrerUtfall(
            @PathVariable UUID id,
            @PathVariable UUID deltakerId,
            @ModelAttribute("utfallForm") UtfallForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<Bevisreferanse> bevis = form.bevistype() == null && KontraktForm.blank(form.bevisreferanse())
                ? List.of()
                : List.of(new Bevisreferanse(form.bevistype(), form.bevisreferanse()));
        var utfallId = Skjemafeil.utfor(binding, response, MaalingPageController::utfallsfelt,
                () -> maaling.registrerUtfall(new RegistrerUtfall(id, deltakerId, form.maal(), form.dato(),
                        form.verdi(), form.jobbforlop(), bevis)));
        if (utfallId.isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.utfall-registrert"));
            return "redirect:/effektkontrakter/" + id + "/deltakere/" + deltakerId;
        }
        return visDeltaker(id, deltakerId, model);
    }

    @PostMapping("/deltakere/{deltakerId}/myke-resultater")
    String registrerMyk(
            @PathVariable UUID id,
            @PathVariable UUID deltakerId,
            @ModelAttribute("mykForm") MykForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, felt -> felt.equals("dato") ? "maaledato" : felt,
                () -> maaling.registrerMykMaaling(new RegistrerMykMaaling(id, deltakerId, form.skala(),
                        form.maaledato(), form.egenvurdering(), form.veiledervurdering()))).isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.myk-registrert"));
            return "redirect:/effektkontrakter/" + id + "/deltakere/" + deltakerId;
        }
        return visDeltaker(id, deltakerId, model);
    }

    @PostMapping("/deltakere/{deltakerId}/endre")
    String endreDeltaker(
            @PathVariable UUID id,
            @PathVariable UUID deltakerId,
            @ModelAttribute("endreDeltakerForm") EndreDeltakerForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Skjemafeil.utfor(binding, response, () -> maaling.endreDeltaker(new EndreDeltaker(id, deltakerId,
                form.version(), form.sluttdato(), form.kohort())))) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.deltaker-endret"));
            return "redirect:/effektkontrakter/" + id + "/deltakere/" + deltakerId;
        }
        return visDeltaker(id, deltakerId, model);
    }

    @GetMapping("/utfall")
    String utfall(@PathVariable UUID id, Model model) {
        model.addAttribute("kravvalgForm", new KravvalgForm(List.of()));
        return visUtfall(id, model);
    }

    /** The provider claims the outcome events it ticked; the checks run at once and the claims page shows them. */
    @PostMapping("/utfall/krav")
    String fremm(
            @PathVariable UUID id,
            @ModelAttribute("kravvalgForm") KravvalgForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var fremmet = Skjemafeil.utfor(binding, response,
                () -> krav.fremm(id, form.utfall() == null ? List.of() : form.utfall()));
        if (fremmet.isPresent()) {
            List<Kravvisning> liste = fremmet.get();
            long avvist = liste.stream().filter(k -> k.status() == Kravstatus.AVVIST).count();
            redirect.addFlashAttribute("melding", tekst("effekt.melding.krav-fremmet", liste.size(), avvist));
            return "redirect:/effektkontrakter/" + id + "/krav";
        }
        return visUtfall(id, model);
    }

    @PostMapping("/utfall/import")
    String importer(
            @PathVariable UUID id,
            @RequestParam(name = "fil", required = false) @Nullable MultipartFile fil,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        String csv = fil == null || fil.isEmpty() ? null : new String(fil.getBytes(), StandardCharsets.UTF_8);
        List<Importfeil> feil = new ArrayList<>();
        try {
            var resultat = maaling.importerUtfall(id, csv);
            redirect.addFlashAttribute("melding", tekst("effekt.melding.importert", resultat.antall()));
            return "redirect:/effektkontrakter/" + id + "/utfall";
        } catch (InvalidInput e) {
            e.violations().forEach(v -> feil.add(importfeil(v.field(), v.problem().code(), v.args().toArray())));
        } catch (BusinessRuleViolation e) {
            feil.add(importfeil(null, e.problem().code(), e.args().toArray()));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("importfeil", feil);
        model.addAttribute("kravvalgForm", new KravvalgForm(List.of()));
        return visUtfall(id, model);
    }

    @GetMapping("/sjekkpunkter")
    String sjekkpunkter(@PathVariable UUID id, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "sjekkpunkter");
        model.addAttribute("sjekkpunkter", maaling.sjekkpunkter(id));
        model.addAttribute("varsler", maaling.varsler(id));
        return "effekt/sjekkpunkter";
    }

    @PostMapping("/varsler/{varselId}/lest")
    String lest(@PathVariable UUID id, @PathVariable UUID varselId, RedirectAttributes redirect) {
        maaling.merkLest(id, varselId);
        redirect.addFlashAttribute("melding", tekst("effekt.melding.varsel-lest"));
        return "redirect:/effektkontrakter/" + id + "/sjekkpunkter";
    }

    /** The outcome events page, also after a rejected claim or import. */
    String visUtfall(UUID id, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "utfall");
        model.addAttribute("utfall", maaling.utfall(id, null));
        model.addAttribute("csvKolonner", String.join(";", List.of("referanse", "maal", "dato", "verdi", "jobbforlop",
                "bevistype", "bevisreferanse")));
        return "effekt/utfall";
    }

    private String visDeltakere(UUID id, DeltakerForm form, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "deltakere");
        model.addAttribute("deltakere", maaling.deltakere(id));
        if (!model.containsAttribute("deltakerForm")) {
            model.addAttribute("deltakerForm", form);
        }
        model.addAttribute("innsatsgrupper", Innsatsgruppe.values());
        model.addAttribute("leverandorvalg", k.egneParter().size() < 2 ? List.of() : k.innhold()
                .parter(Partsrolle.LEVERANDOR).stream()
                .filter(p -> k.egneParter().contains(p.id()))
                .map(p -> new LeverandorValg(Objects.requireNonNull(p.id()), Objects.requireNonNull(p.navn())))
                .toList());
        model.addAttribute("gjennomforingvalg", k.innhold().gjennomforinger().stream()
                .map(g -> new GjennomforingValg(g, gjennomforinger.finnForDeltakelse(g).map(x -> x.navn())
                        .orElse(g.toString())))
                .toList());
        return "effekt/deltakere";
    }

    /** The participant's page with its three forms; a form posted and rejected is in the model already. */
    private String visDeltaker(UUID id, UUID deltakerId, Model model) {
        Effektdeltaker d = maaling.deltaker(id, deltakerId);
        if (!model.containsAttribute("utfallForm")) {
            model.addAttribute("utfallForm", UtfallForm.tom());
        }
        if (!model.containsAttribute("mykForm")) {
            model.addAttribute("mykForm", MykForm.tom());
        }
        if (!model.containsAttribute("endreDeltakerForm")) {
            model.addAttribute("endreDeltakerForm", new EndreDeltakerForm(d.sluttdato(), d.kohort(), d.version()));
        }
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "deltakere");
        model.addAttribute("deltaker", d);
        model.addAttribute("utfall", maaling.utfall(id, d.id()));
        model.addAttribute("sjekkpunkter", maaling.sjekkpunkter(id, d.id()));
        model.addAttribute("myke", maaling.mykeResultater(id, d.id()).skalaer());
        model.addAttribute("bevistyper", Bevistype.values());
        return "effekt/deltaker";
    }

    /** The service names the evidence {@code bevis[0].type}; the form has one evidence with its own fields. */
    private static String utfallsfelt(String felt) {
        return switch (felt) {
            case "bevis[0].type" -> "bevistype";
            case "bevis[0].referanse" -> "bevisreferanse";
            default -> felt;
        };
    }

    /** {@code linje[3].dato} → line 3, column dato. */
    private static Importfeil importfeil(@Nullable String felt, String kode, Object[] args) {
        if (felt != null && felt.startsWith("linje[")) {
            int slutt = felt.indexOf(']');
            String kolonne = felt.length() > slutt + 2 ? felt.substring(slutt + 2) : null;
            return new Importfeil(felt.substring("linje[".length(), slutt), kolonne, kode, args);
        }
        return new Importfeil(null, null, kode, args);
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
