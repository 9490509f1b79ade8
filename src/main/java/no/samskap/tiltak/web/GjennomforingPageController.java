package no.samskap.tiltak.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.AbortGjennomforing;
import no.samskap.tiltak.CreateGjennomforing;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingFilter;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.GjennomforingValg;
import no.samskap.tiltak.Oppstartstype;
import no.samskap.tiltak.ReopenGjennomforing;
import no.samskap.tiltak.TiltakstypeKatalog;
import no.samskap.tiltak.UpdateGjennomforing;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin and read pages for implementations: list, detail with actions and history, create and edit forms. */
@Controller
@RequestMapping("/gjennomforinger")
class GjennomforingPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final String SKJEMA = "tiltak/gjennomforing-skjema";
    private static final String DETALJ = "tiltak/gjennomforing";

    private final GjennomforingService service;
    private final TiltakstypeKatalog tiltakstyper;
    private final MessageSource messages;
    private final TilgangService tilgang;

    GjennomforingPageController(
            GjennomforingService service, TiltakstypeKatalog tiltakstyper, MessageSource messages, TilgangService tilgang) {
        this.service = service;
        this.tiltakstyper = tiltakstyper;
        this.messages = messages;
        this.tilgang = tilgang;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tiltakskode,
            @RequestParam(required = false) @Nullable String avtaleId,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String navEnhet,
            @RequestParam(required = false) @Nullable String arrangorId,
            @RequestParam(required = false) @Nullable String publisert,
            @RequestParam(required = false) @Nullable String apentForPamelding,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable String side,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model) {
        var filter = new GjennomforingFilter(
                q,
                tiltakskode,
                uuid(avtaleId),
                enumOrNull(GjennomforingStatus.class, status),
                navEnhet,
                uuid(arrangorId),
                bool(publisert),
                bool(apentForPamelding),
                sort,
                integer(side),
                25);
        model.addAttribute("filter", filter);
        model.addAttribute("side", service.list(filter));
        model.addAttribute("statuser", GjennomforingStatus.values());
        model.addAttribute("tiltakstyper", tiltakstyper.alle());
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "tiltak/gjennomforinger :: resultat" : "tiltak/gjennomforinger";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        GjennomforingDetails d = service.get(id);
        model.addAttribute("avbrytSkjema", GjennomforingHandlingForm.med(d.version()));
        model.addAttribute("gjenapneSkjema", GjennomforingHandlingForm.med(d.version()));
        return visDetalj(d, model);
    }

    @GetMapping("/ny")
    String newForm(@RequestParam UUID avtaleId, Model model) {
        return visSkjema(GjennomforingForm.ny(avtaleId), service.optionsForAvtale(avtaleId), null, model);
    }

    @PostMapping("/ny")
    String create(
            @ModelAttribute("skjema") GjennomforingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        UUID avtaleId = form.getAvtaleId();
        form.fjernTommeRader();
        if (!errors.hasErrors()) {
            try {
                UUID id = service.create(new CreateGjennomforing(avtaleId, form.getArrangorId(), form.innhold()));
                redirect.addFlashAttribute("melding", tekst("gjennomforing.melding.opprettet"));
                return "redirect:/gjennomforinger/" + id;
            } catch (InvalidInput e) {
                reject(errors, e);
            } catch (BusinessRuleViolation e) {
                errors.reject(e.problem().code(), e.args().toArray(), null);
            }
        }
        if (avtaleId == null) {
            throw new no.samskap.shared.NotFound("avtale", "");
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return visSkjema(form, service.optionsForAvtale(avtaleId), null, model);
    }

    @GetMapping("/{id}/rediger")
    String editForm(@PathVariable UUID id, Model model) {
        GjennomforingDetails d = service.get(id);
        return visSkjema(GjennomforingForm.fra(d), service.optionsForGjennomforing(id), d, model);
    }

    @PostMapping("/{id}/rediger")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("skjema") GjennomforingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        form.fjernTommeRader();
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                service.update(new UpdateGjennomforing(id, version(form.getVersion()), form.getArrangorId(), form.innhold()));
                redirect.addFlashAttribute("melding", tekst("gjennomforing.melding.lagret"));
                return "redirect:/gjennomforinger/" + id;
            } catch (InvalidInput e) {
                reject(errors, e);
            } catch (BusinessRuleViolation e) {
                errors.reject(e.problem().code(), e.args().toArray(), null);
            } catch (StaleVersion e) {
                errors.reject("layout.endret-av-andre");
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        GjennomforingDetails d = service.get(id);
        return visSkjema(form, service.optionsForGjennomforing(id), d, model);
    }

    @PostMapping("/{id}/avbryt")
    String abort(
            @PathVariable UUID id,
            @ModelAttribute("avbrytSkjema") GjennomforingHandlingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return handling(id, form, errors, model, response, redirect, "gjennomforing.melding.avbrutt", () -> service.abort(
                new AbortGjennomforing(id, version(form.getVersion()), form.getSluttdato(), form.getAarsak())));
    }

    @PostMapping("/{id}/gjenapne")
    String reopen(
            @PathVariable UUID id,
            @ModelAttribute("gjenapneSkjema") GjennomforingHandlingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return handling(id, form, errors, model, response, redirect, "gjennomforing.melding.gjenapnet", () -> service.reopen(
                new ReopenGjennomforing(id, version(form.getVersion()), form.getSluttdato())));
    }

    /** The four one-click actions of the detail page; each needs only the version the page was shown with. */
    @PostMapping("/{id}/{aksjon:publiser|avpubliser|apne-for-pamelding|steng-for-pamelding}")
    String enkelHandling(
            @PathVariable UUID id,
            @PathVariable String aksjon,
            @ModelAttribute("handling") GjennomforingHandlingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return switch (aksjon) {
            case "publiser" -> handling(id, form, errors, model, response, redirect, "gjennomforing.melding.publisert",
                    () -> service.publish(id, version(form.getVersion())));
            case "avpubliser" -> handling(id, form, errors, model, response, redirect,
                    "gjennomforing.melding.avpublisert", () -> service.unpublish(id, version(form.getVersion())));
            case "apne-for-pamelding" -> handling(id, form, errors, model, response, redirect,
                    "gjennomforing.melding.apnet", () -> service.openForEnrolment(id, version(form.getVersion())));
            default -> handling(id, form, errors, model, response, redirect, "gjennomforing.melding.stengt",
                    () -> service.closeForEnrolment(id, version(form.getVersion())));
        };
    }

    /**
     * Runs one action from the detail page: success redirects back with a message; otherwise the detail page is shown
     * again with the errors (422), or the "changed by someone else" notice (409).
     */
    private String handling(
            UUID id,
            GjennomforingHandlingForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String melding,
            Runnable action) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("melding", tekst(melding));
                return "redirect:/gjennomforinger/" + id;
            } catch (InvalidInput e) {
                reject(errors, e);
            } catch (BusinessRuleViolation e) {
                model.addAttribute("feil", tekst(e.problem().code(), e.args().toArray()));
            } catch (StaleVersion e) {
                model.addAttribute("feil", tekst("layout.endret-av-andre"));
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        GjennomforingDetails d = service.get(id);
        if (!model.containsAttribute("avbrytSkjema")) {
            model.addAttribute("avbrytSkjema", GjennomforingHandlingForm.med(d.version()));
        }
        if (!model.containsAttribute("gjenapneSkjema")) {
            model.addAttribute("gjenapneSkjema", GjennomforingHandlingForm.med(d.version()));
        }
        return visDetalj(d, model);
    }

    private String visDetalj(GjennomforingDetails d, Model model) {
        model.addAttribute("gjennomforing", d);
        model.addAttribute("historikk", service.history(d.id()));
        // Counsellors may read implementations but not agreements: no link that ends in "access denied".
        Innlogget user = tilgang.innlogget();
        model.addAttribute("avtaleSynlig", user.har(Rolle.TILTAKSADMIN) || user.har(Rolle.ARRANGOR));
        return DETALJ;
    }

    private String visSkjema(
            GjennomforingForm form, GjennomforingValg valg, @Nullable GjennomforingDetails eksisterende, Model model) {
        form.leggTilTommeRader();
        model.addAttribute("skjema", form);
        model.addAttribute("valg", valg);
        model.addAttribute("gjennomforing", eksisterende);
        model.addAttribute("oppstartstyper", Oppstartstype.values());
        model.addAttribute("ventetidEnheter", EstimertVentetid.Enhet.values());
        model.addAttribute(
                "prismodeller",
                valg.avtale().prismodeller().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByValue())
                        .toList());
        return SKJEMA;
    }

    /** Field names of the rules that the form shows under another name. */
    private static @Nullable String feltIForm(@Nullable String felt) {
        if (felt == null) {
            return null;
        }
        return switch (felt) {
            case "estimertVentetid" -> "ventetidVerdi";
            default -> felt;
        };
    }

    private static void reject(BindingResult errors, InvalidInput e) {
        for (FieldViolation v : e.violations()) {
            String felt = feltIForm(v.field());
            Object[] args = v.args().toArray();
            if (felt == null) {
                errors.reject(v.problem().code(), args, null);
            } else {
                try {
                    errors.rejectValue(felt, v.problem().code(), args, null);
                } catch (RuntimeException notAFormField) {
                    errors.reject(v.problem().code(), args, null);
                }
            }
        }
    }

    private static long version(@Nullable Long version) {
        if (version == null) {
            throw new StaleVersion("gjennomforing", "");
        }
        return version;
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, key, NB);
    }

    private static @Nullable UUID uuid(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Boolean bool(@Nullable String s) {
        return s == null || s.isBlank() ? null : Boolean.valueOf(s.strip());
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(s.strip())).findFirst().orElse(null);
    }
}
