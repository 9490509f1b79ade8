package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.IndigoService;
import no.samskap.effekt.Innsyn;
import no.samskap.effekt.InvestorService;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.KravService;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The outcome contracts' pages everyone related to a contract sees: the list of the user's contracts, a contract's
 * overview (terms, rate card, the outcomes chart, what the user may do next), its version history with the before and
 * after of each amendment, one version's terms, and the INDIGO export as a download. What each user sees is the
 * services' decision; a contract the user is not related to is 404.
 */
@Controller
@RequestMapping("/effektkontrakter")
class EffektkontraktPageController {

    private final EffektkontraktService kontrakter;
    private final KravService krav;
    private final InvestorService investorer;
    private final IndigoService indigo;
    private final TilgangService tilgang;
    private final Diagrammer diagrammer;

    EffektkontraktPageController(EffektkontraktService kontrakter, KravService krav, InvestorService investorer,
            IndigoService indigo, TilgangService tilgang, Diagrammer diagrammer) {
        this.kontrakter = kontrakter;
        this.krav = krav;
        this.investorer = investorer;
        this.indigo = indigo;
        this.tilgang = tilgang;
        this.diagrammer = diagrammer;
    }

    @GetMapping
    String liste(@RequestParam(required = false) @Nullable Integer side, Model model) {
        model.addAttribute("side", kontrakter.list(side, 25));
        model.addAttribute("kanOpprette", tilgang.innlogget().har(Rolle.TILTAKSADMIN));
        return "effekt/liste";
    }

    @GetMapping("/{id}")
    String oversikt(@PathVariable UUID id, Model model) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        Kontraktsside.fyll(model, k, "");
        if (k.innsyn().serDeltakere()) {
            var rapport = krav.resultatoversikt(id);
            model.addAttribute("rapport", rapport);
            model.addAttribute("resultatdiagram", diagrammer.resultater(k.innhold(), rapport));
        } else {
            var visning = investorer.investorvisning(id);
            model.addAttribute("visning", visning);
            model.addAttribute("resultatdiagram", diagrammer.resultater(visning));
        }
        return "effekt/kontrakt";
    }

    @GetMapping("/{id}/versjoner")
    String versjoner(@PathVariable UUID id, Model model) {
        Kontraktsside.fyll(model, kontrakter.hent(id), "versjoner");
        model.addAttribute("versjoner", kontrakter.versjoner(id));
        return "effekt/versjoner";
    }

    @GetMapping("/{id}/versjoner/{nummer}")
    String versjon(@PathVariable UUID id, @PathVariable int nummer, Model model) {
        var innhold = kontrakter.versjon(id, nummer);
        Kontraktsside.fyll(model, kontrakter.hent(id), "versjoner");
        model.addAttribute("nummer", nummer);
        model.addAttribute("versjon", kontrakter.versjoner(id).stream().filter(v -> v.nummer() == nummer)
                .findFirst().orElseThrow());
        model.addAttribute("innhold", innhold);
        model.addAttribute("samletTak", samletTak(innhold));
        return "effekt/versjon";
    }

    /** The most a version of the terms lets the contract pay: the payers' commitments, or the explicit cap if lower. */
    static BigDecimal samletTak(Kontraktsinnhold innhold) {
        BigDecimal sum = innhold.parter(Partsrolle.UTFALLSBETALER).stream()
                .map(p -> p.forpliktelse() == null ? BigDecimal.ZERO : p.forpliktelse())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return innhold.kontraktstak() == null ? sum : sum.min(innhold.kontraktstak());
    }

    /** The INDIGO export as a JSON file (NAV and the evaluator may ask for the public fields only). */
    @GetMapping(value = "/{id}/indigo", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> indigo(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean offentlig) {
        Map<String, Object> eksport = indigo.eksport(id, offentlig);
        Innsyn innsyn = kontrakter.hent(id).innsyn();
        String navn = "indigo-" + id + (offentlig || !innsyn.serAlt() ? "-offentlig" : "") + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(navn).build().toString())
                .body(eksport);
    }
}
