package no.samskap.deltakelse.historikk;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' import page: upload a legacy file, follow the run's progress (htmx polls the progress fragment;
 * without JavaScript the page has a link to refresh it), then read the report of invalid lines.
 */
@Controller
class HistorikkimportPageController {

    private final HistorikkimportService service;

    HistorikkimportPageController(HistorikkimportService service) {
        this.service = service;
    }

    @GetMapping("/historikkimport")
    String oversikt(Model model) {
        service.krevTilgang();
        model.addAttribute("kjoringer", service.siste());
        return "deltakelse/historikkimport";
    }

    /** The upload is streamed to disk by the servlet container and from there to the import, never whole in memory. */
    @PostMapping("/historikkimport")
    String last(@RequestParam(name = "fil", required = false) @Nullable MultipartFile fil, Model model,
            HttpServletResponse response) {
        service.krevTilgang();
        try {
            if (fil == null || fil.isEmpty()) {
                throw new BusinessRuleViolation(HistorikkimportProblem.FIL_PAAKREVD, "fil");
            }
            UUID id;
            try (InputStream innhold = fil.getInputStream()) {
                id = service.startOpplasting(innhold, fil.getOriginalFilename());
            }
            return "redirect:/historikkimport/" + id;
        } catch (BusinessRuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("feil", e);
            model.addAttribute("kjoringer", service.siste());
            return "deltakelse/historikkimport";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run; with {@code HX-Request} only its progress-and-report fragment (polled while it runs). */
    @GetMapping("/historikkimport/{id}")
    String kjoring(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer side,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            HttpServletResponse response) {
        Historikkimport run = service.hent(id);
        model.addAttribute("run", run);
        if (run.ferdig()) {
            model.addAttribute("ugyldige", service.ugyldige(id, side, 100));
        }
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx != null ? "deltakelse/historikkimport-kjoring :: resultat" : "deltakelse/historikkimport-kjoring";
    }

    @PostMapping("/historikkimport/{id}/fortsett")
    String fortsett(@PathVariable UUID id, Model model, HttpServletResponse response) {
        try {
            return "redirect:/historikkimport/" + service.fortsett(id);
        } catch (BusinessRuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("run", service.hent(id));
            model.addAttribute("feil", e);
            return "deltakelse/historikkimport-kjoring";
        }
    }
}
