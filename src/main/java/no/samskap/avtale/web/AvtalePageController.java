package no.samskap.avtale.web;

import jakarta.servlet.http.HttpServletResponse;
import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.avtale.AvtaleDetaljer;
import no.samskap.avtale.AvtaleService;
import no.samskap.avtale.Avbrytelsesaarsak;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.avtale.persistence.AvtaleFilter;
import no.samskap.platform.Side;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.Organisasjonsnummer;
import no.samskap.shared.Prismodelltype;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agreement pages: list with filters, create/edit form (works without JavaScript: "Oppdater valg" re-renders the form
 * with the provider's underenheter and the regions' offices), detail page with history and the allowed actions.
 */
@Controller
@RequestMapping("/avtaler")
class AvtalePageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final AvtaleService service;
    private final MessageSource messages;

    AvtalePageController(AvtaleService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /** Amounts as people type them: "21 500,50" as well as "21500.50". */
    @InitBinder
    void belop(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(@Nullable String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                setValue(new BigDecimal(text.replaceAll("[\\s\u00a0]", "").replace(',', '.')));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof BigDecimal b ? b.toPlainString().replace('.', ',') : "";
            }
        });
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tiltakskode,
            @RequestParam(required = false) @Nullable Avtaletype avtaletype,
            @RequestParam(required = false) @Nullable AvtaleStatus status,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            Model model) {
        var filter = new AvtaleFilter(q, tiltakskode, avtaletype, status, region, null);
        model.addAttribute("filter", filter);
        model.addAttribute("side", service.list(filter, sort, Side.foresporsel(side, 25)));
        model.addAttribute("tiltakstyper", service.tiltakstyper());
        model.addAttribute("regioner", service.regioner());
        model.addAttribute("avtaletyper", Avtaletype.values());
        model.addAttribute("statuser", AvtaleStatus.values());
        return "avtale/liste";
    }

    @GetMapping("/ny")
    String ny(Model model) {
        var form = new AvtaleForm();
        return skjema(form, null, model);
    }

    @PostMapping("/ny")
    String opprett(
            @ModelAttribute("avtaleForm") AvtaleForm form,
            BindingResult errors,
            @RequestParam(required = false) @Nullable String oppdater,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (oppdater != null) {
            return oppdaterValg(form, null, htmx, model, response);
        }
        if (!errors.hasErrors()) {
            try {
                UUID id = service.create(form.utkast(hovedenhet(form), true));
                redirect.addFlashAttribute("melding", text("avtale.opprettet"));
                return "redirect:/avtaler/" + id;
            } catch (InvalidInput e) {
                bind(e.violations(), errors, AvtaleForm::felt);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return skjema(form, null, model);
    }

    @GetMapping("/{id}")
    String detalj(@PathVariable UUID id, Model model) {
        return detaljside(service.get(id), model);
    }

    @GetMapping("/{id}/rediger")
    String rediger(@PathVariable UUID id, Model model) {
        return skjema(AvtaleForm.fra(service.get(id)), id, model);
    }

    @PostMapping("/{id}/rediger")
    String lagre(
            @PathVariable UUID id,
            @ModelAttribute("avtaleForm") AvtaleForm form,
            BindingResult errors,
            @RequestParam(required = false) @Nullable String oppdater,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (oppdater != null) {
            return oppdaterValg(form, id, htmx, model, response);
        }
        if (!errors.hasErrors()) {
            try {
                service.update(id, versjon(form.getVersion()), form.utkast(hovedenhet(form), false));
                redirect.addFlashAttribute("melding", text("avtale.lagret"));
                return "redirect:/avtaler/" + id;
            } catch (InvalidInput e) {
                bind(e.violations(), errors, AvtaleForm::felt);
            } catch (BusinessRuleViolation e) {
                errors.reject(e.problem().code(), e.args().toArray(), text(e.problem().code(), e.args().toArray()));
            } catch (StaleVersion e) {
                errors.reject("layout.endret-av-andre", text("layout.endret-av-andre"));
                response.setStatus(HttpStatus.CONFLICT.value());
                return skjema(form, id, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return skjema(form, id, model);
    }

    @PostMapping("/{id}/avbryt")
    String avbryt(
            @PathVariable UUID id,
            @ModelAttribute("avbrytForm") AvbrytForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return handling(errors, model, response, redirect, id, "avtale.detalj.avbryt.lagret", UnaryOperator.identity(),
                () -> service.abort(id, versjon(form.getVersion()), Set.copyOf(form.getAarsaker()), form.getForklaring()));
    }

    @PostMapping("/{id}/opsjoner")
    String opsjon(
            @PathVariable UUID id,
            @ModelAttribute("opsjonForm") OpsjonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return handling(errors, model, response, redirect, id, "avtale.detalj.opsjon.lagret", UnaryOperator.identity(),
                () -> service.registerOpsjon(id, versjon(form.getVersion()), form.getNySluttdato()));
    }

    @PostMapping("/{id}/prismodeller")
    String leggTilPrismodell(
            @PathVariable UUID id,
            @ModelAttribute("prismodellForm") PrismodellForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        String view = handling(errors, model, response, redirect, id, "avtale.detalj.prismodell.lagret", form::felt,
                () -> service.addPrismodell(id, versjon(form.getVersion()), form.utkast()));
        form.leggTilTomRad();
        return view;
    }

    @GetMapping("/{id}/prismodeller/{prismodellId}")
    String prismodell(@PathVariable UUID id, @PathVariable UUID prismodellId, Model model) {
        AvtaleDetaljer d = service.get(id);
        var p = d.avtale().prismodell(prismodellId).orElseThrow(() -> new NotFound("prismodell", prismodellId));
        model.addAttribute("prismodellForm", PrismodellForm.fra(p, d.avtale().version()));
        return prismodellside(d, prismodellId, model);
    }

    @PostMapping("/{id}/prismodeller/{prismodellId}")
    String endrePrismodell(
            @PathVariable UUID id,
            @PathVariable UUID prismodellId,
            @ModelAttribute("prismodellForm") PrismodellForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                service.changePrismodell(id, prismodellId, versjon(form.getVersion()), form.utkast());
                redirect.addFlashAttribute("melding", text("avtale.detalj.prismodell.lagret"));
                return "redirect:/avtaler/" + id;
            } catch (InvalidInput e) {
                bind(e.violations(), errors, form::felt);
            } catch (BusinessRuleViolation e) {
                errors.reject(e.problem().code(), e.args().toArray(), text(e.problem().code(), e.args().toArray()));
            } catch (StaleVersion e) {
                errors.reject("layout.endret-av-andre", text("layout.endret-av-andre"));
                response.setStatus(HttpStatus.CONFLICT.value());
                form.leggTilTomRad();
                return prismodellside(service.get(id), prismodellId, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        form.leggTilTomRad();
        return prismodellside(service.get(id), prismodellId, model);
    }

    @PostMapping("/{id}/prismodeller/{prismodellId}/fjern")
    String fjernPrismodell(
            @PathVariable UUID id,
            @PathVariable UUID prismodellId,
            @ModelAttribute("fjernForm") OpsjonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        return handling(errors, model, response, redirect, id, "avtale.detalj.prismodell.fjernet", UnaryOperator.identity(),
                () -> service.removePrismodell(id, prismodellId, versjon(form.getVersion())));
    }

    @ExceptionHandler(NotFound.class)
    void ikkeFunnet(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** Runs an action of the detail page: redirect on success, else the detail page with the form's errors. */
    private String handling(
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            UUID id,
            String suksess,
            UnaryOperator<String> felt,
            Runnable action) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("melding", text(suksess));
                return "redirect:/avtaler/" + id;
            } catch (InvalidInput e) {
                bind(e.violations(), errors, felt);
            } catch (BusinessRuleViolation e) {
                errors.reject(e.problem().code(), e.args().toArray(), text(e.problem().code(), e.args().toArray()));
            } catch (StaleVersion e) {
                errors.reject("layout.endret-av-andre", text("layout.endret-av-andre"));
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        return detaljside(service.get(id), model);
    }

    private String detaljside(AvtaleDetaljer d, Model model) {
        long version = d.avtale().version();
        model.addAttribute("d", d);
        if (!model.containsAttribute("avbrytForm")) {
            var f = new AvbrytForm();
            f.setVersion(version);
            model.addAttribute("avbrytForm", f);
        }
        if (!model.containsAttribute("opsjonForm")) {
            var f = new OpsjonForm();
            f.setVersion(version);
            model.addAttribute("opsjonForm", f);
        }
        if (!model.containsAttribute("prismodellForm")) {
            model.addAttribute("prismodellForm", PrismodellForm.ny(version));
        }
        model.addAttribute("aarsaker", Avbrytelsesaarsak.values());
        model.addAttribute("prismodelltyper", prismodelltyper());
        return "avtale/detalj";
    }

    private String prismodellside(AvtaleDetaljer d, UUID prismodellId, Model model) {
        model.addAttribute("d", d);
        model.addAttribute("prismodellId", prismodellId);
        model.addAttribute("prismodelltyper", prismodelltyper());
        return "avtale/prismodell";
    }

    /** "Oppdater valg": the whole page without JavaScript, only the form for htmx. */
    private String oppdaterValg(
            AvtaleForm form, @Nullable UUID id, @Nullable String htmx, Model model, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        String view = skjema(form, id, model);
        return htmx == null ? view : view + " :: skjema";
    }

    private String skjema(AvtaleForm form, @Nullable UUID id, Model model) {
        model.addAttribute("avtaleForm", form);
        model.addAttribute("avtaleId", id);
        model.addAttribute("tiltakstyper", service.tiltakstyper());
        model.addAttribute("avtaletyper", Avtaletype.values());
        model.addAttribute("regioner", service.regioner());
        model.addAttribute("kontorer", service.kontorer(form.getNavRegioner()));
        model.addAttribute("prismodelltyper", prismodelltyper());
        ArrangorInfo hovedenhet = hovedenhet(form);
        model.addAttribute("hovedenhet", hovedenhet);
        model.addAttribute("underenheter", hovedenhet == null ? List.of() : service.underenheter(hovedenhet.id()));
        model.addAttribute("kontaktpersoner", hovedenhet == null ? List.of() : service.kontaktpersoner(hovedenhet.id()));
        return "avtale/skjema";
    }

    private @Nullable ArrangorInfo hovedenhet(AvtaleForm form) {
        String orgnr = form.getArrangorOrganisasjonsnummer();
        if (orgnr == null || !Organisasjonsnummer.isValid(orgnr.trim())) {
            return null;
        }
        return service.finnHovedenhet(orgnr.trim()).orElse(null);
    }

    private static List<Prismodelltype> prismodelltyper() {
        return Arrays.stream(Prismodelltype.values())
                .filter(t -> t != Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED)
                .toList();
    }

    private void bind(List<FieldViolation> violations, BindingResult errors, UnaryOperator<String> felt) {
        for (FieldViolation v : violations) {
            String code = v.problem().code();
            Object[] args = v.args().toArray();
            String field = v.field() == null ? "" : felt.apply(v.field());
            if (field.isEmpty()) {
                errors.reject(code, args, text(code, args));
                continue;
            }
            try {
                errors.rejectValue(field, code, args, text(code, args));
            } catch (RuntimeException notAFormField) {
                errors.reject(code, args, text(code, args));
            }
        }
    }

    private static long versjon(@Nullable Long version) {
        if (version == null) {
            throw new StaleVersion("avtale", "ukjent");
        }
        return version;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, NB);
    }
}
