package no.samskap.arrangor.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samskap.arrangor.ArrangorDetaljer;
import no.samskap.arrangor.ArrangorFilter;
import no.samskap.arrangor.ArrangorService;
import no.samskap.arrangor.ArrangorSortering;
import no.samskap.arrangor.ArrangorType;
import no.samskap.arrangor.EndreArrangor;
import no.samskap.arrangor.EndreKontaktperson;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.arrangor.LeggTilKontaktperson;
import no.samskap.arrangor.OrganisasjonsnummerFinnes;
import no.samskap.arrangor.RegistrerArrangor;
import no.samskap.platform.Side;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Provider pages: list with search, filter, sorting and paging; register; detail with underenheter, contact persons
 * and history; edit. Every form is a plain POST (redirect on success, 422 with the messages beside the fields on
 * error); htmx only swaps the result table of the filter form.
 */
@Controller
@RequestMapping("/arrangorer")
class ArrangorPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final ArrangorService service;
    private final MessageSource messages;

    ArrangorPageController(ArrangorService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @ModelAttribute("kanEndre")
    boolean kanEndre() {
        return service.kanEndre();
    }

    @ModelAttribute("alleAnsvar")
    List<Ansvar> alleAnsvar() {
        return List.of(Ansvar.values());
    }

    @GetMapping
    String liste(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model) {
        ArrangorType valgtType = type(type);
        var filter = new ArrangorFilter(q, valgtType, null);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("sort", sort == null ? "" : sort);
        model.addAttribute("type", valgtType == null ? "" : valgtType.name().toLowerCase(Locale.ROOT));
        model.addAttribute("resultat", service.list(filter, ArrangorSortering.fra(sort), Side.foresporsel(side, storrelse)));
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "arrangor/liste :: resultat" : "arrangor/liste";
    }

    @GetMapping("/ny")
    String ny(@RequestParam(name = "hovedenhet", required = false) @Nullable UUID hovedenhet, Model model) {
        model.addAttribute("arrangorForm", new ArrangorForm(null, null, hovedenhet, null, null));
        return nySide(model);
    }

    @PostMapping
    String registrer(
            @ModelAttribute ArrangorForm arrangorForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return nySide(model);
        }
        try {
            UUID id = service.registrer(new RegistrerArrangor(
                    arrangorForm.organisasjonsnummer(),
                    arrangorForm.navn(),
                    arrangorForm.hovedenhetId(),
                    arrangorForm.hovedenhetOrganisasjonsnummer()));
            redirect.addFlashAttribute("melding", tekst("arrangor.melding.registrert"));
            return "redirect:/arrangorer/" + id;
        } catch (InvalidInput e) {
            avvis(binding, e);
        } catch (OrganisasjonsnummerFinnes e) {
            binding.rejectValue("organisasjonsnummer", "arrangor.organisasjonsnummer.finnes");
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return nySide(model);
    }

    @GetMapping("/{id}")
    String detalj(@PathVariable UUID id, Model model) {
        model.addAttribute("kontaktpersonForm", KontaktpersonForm.tom());
        return detaljSide(id, model);
    }

    @GetMapping("/{id}/rediger")
    String rediger(@PathVariable UUID id, Model model) {
        krevEndring();
        ArrangorDetaljer arrangor = service.hent(id);
        model.addAttribute("arrangorForm", ArrangorForm.av(arrangor));
        return redigerSide(arrangor, model);
    }

    @PostMapping("/{id}")
    String endre(
            @PathVariable UUID id,
            @ModelAttribute ArrangorForm arrangorForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ArrangorDetaljer arrangor = service.hent(id);
        if (!binding.hasErrors()) {
            try {
                service.endre(new EndreArrangor(
                        id,
                        arrangorForm.version(),
                        arrangorForm.navn(),
                        arrangorForm.hovedenhetId(),
                        arrangorForm.hovedenhetOrganisasjonsnummer()));
                redirect.addFlashAttribute("melding", tekst("arrangor.melding.endret"));
                return "redirect:/arrangorer/" + id;
            } catch (InvalidInput e) {
                avvis(binding, e);
            } catch (StaleVersion e) {
                binding.reject("layout.endret-av-andre");
                response.setStatus(HttpStatus.CONFLICT.value());
                return redigerSide(arrangor, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return redigerSide(arrangor, model);
    }

    @PostMapping("/{id}/kontaktpersoner")
    String leggTilKontaktperson(
            @PathVariable UUID id,
            @ModelAttribute KontaktpersonForm kontaktpersonForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.leggTilKontaktperson(new LeggTilKontaktperson(
                        id,
                        kontaktpersonForm.navn(),
                        kontaktpersonForm.epost(),
                        kontaktpersonForm.telefon(),
                        kontaktpersonForm.ansvarSett()));
                redirect.addFlashAttribute("melding", tekst("arrangor.melding.kontaktperson-lagt-til"));
                return "redirect:/arrangorer/" + id + "#kontaktpersoner";
            } catch (InvalidInput e) {
                avvis(binding, e);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return detaljSide(id, model);
    }

    @GetMapping("/{id}/kontaktpersoner/{kontaktpersonId}/rediger")
    String redigerKontaktperson(@PathVariable UUID id, @PathVariable UUID kontaktpersonId, Model model) {
        krevEndring();
        model.addAttribute("kontaktpersonForm", KontaktpersonForm.av(service.hentKontaktperson(id, kontaktpersonId)));
        return kontaktpersonSide(id, kontaktpersonId, model);
    }

    @PostMapping("/{id}/kontaktpersoner/{kontaktpersonId}")
    String endreKontaktperson(
            @PathVariable UUID id,
            @PathVariable UUID kontaktpersonId,
            @ModelAttribute KontaktpersonForm kontaktpersonForm,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.endreKontaktperson(new EndreKontaktperson(
                        id,
                        kontaktpersonId,
                        kontaktpersonForm.version(),
                        kontaktpersonForm.navn(),
                        kontaktpersonForm.epost(),
                        kontaktpersonForm.telefon(),
                        kontaktpersonForm.ansvarSett()));
                redirect.addFlashAttribute("melding", tekst("arrangor.melding.kontaktperson-endret"));
                return "redirect:/arrangorer/" + id + "#kontaktpersoner";
            } catch (InvalidInput e) {
                avvis(binding, e);
            } catch (StaleVersion e) {
                binding.reject("layout.endret-av-andre");
                response.setStatus(HttpStatus.CONFLICT.value());
                return kontaktpersonSide(id, kontaktpersonId, model);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return kontaktpersonSide(id, kontaktpersonId, model);
    }

    @PostMapping("/{id}/kontaktpersoner/{kontaktpersonId}/slett")
    String slettKontaktperson(
            @PathVariable UUID id,
            @PathVariable UUID kontaktpersonId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.slettKontaktperson(id, kontaktpersonId);
            redirect.addFlashAttribute("melding", tekst("arrangor.melding.kontaktperson-slettet"));
            return "redirect:/arrangorer/" + id + "#kontaktpersoner";
        } catch (BusinessRuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("feilmelding", tekst(e.problem().code(), e.args().toArray()));
            model.addAttribute("kontaktpersonForm", KontaktpersonForm.tom());
            return detaljSide(id, model);
        }
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String ikkeFunnet() {
        return "arrangor/ikke-funnet";
    }

    /** Edit pages are for those who may change; the service decides again on POST. */
    private void krevEndring() {
        if (!service.kanEndre()) {
            throw new AccessDeniedException("only TILTAKSADMIN edits providers");
        }
    }

    private String nySide(Model model) {
        model.addAttribute("hovedenheter", service.hovedenheter());
        return "arrangor/ny";
    }

    private String redigerSide(ArrangorDetaljer arrangor, Model model) {
        model.addAttribute("arrangor", arrangor);
        model.addAttribute("hovedenheter", arrangor.erHovedenhet() ? List.of() : service.hovedenheter());
        return "arrangor/rediger";
    }

    private String detaljSide(UUID id, Model model) {
        model.addAttribute("arrangor", service.hent(id));
        model.addAttribute("historikk", service.historikk(id));
        return "arrangor/detalj";
    }

    private String kontaktpersonSide(UUID id, UUID kontaktpersonId, Model model) {
        model.addAttribute("arrangor", service.hent(id));
        model.addAttribute("kontaktperson", service.hentKontaktperson(id, kontaktpersonId));
        model.addAttribute("historikk", service.kontaktpersonHistorikk(id, kontaktpersonId));
        return "arrangor/kontaktperson";
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

    private static @Nullable ArrangorType type(@Nullable String type) {
        if (type == null) {
            return null;
        }
        for (ArrangorType t : ArrangorType.values()) {
            if (t.name().equalsIgnoreCase(type.strip())) {
                return t;
            }
        }
        return null;
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
