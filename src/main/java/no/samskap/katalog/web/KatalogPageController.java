package no.samskap.katalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.samskap.katalog.KatalogFilter;
import no.samskap.katalog.KatalogService;
import no.samskap.katalog.KatalogSortering;
import no.samskap.katalog.KatalogStandardfilter;
import no.samskap.katalog.filter.LagredeFiltre;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.InvalidInput;
import no.samskap.tilgang.Innlogget;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The catalog pages: the filterable result list (htmx updates only the results) and one implementation. */
@Controller
class KatalogPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final KatalogService service;
    private final ObjectProvider<KatalogStandardfilter> standardfilter;
    private final ObjectProvider<LagredeFiltre> lagredeFiltre;
    private final MessageSource messages;

    KatalogPageController(
            KatalogService service,
            ObjectProvider<KatalogStandardfilter> standardfilter,
            ObjectProvider<LagredeFiltre> lagredeFiltre,
            MessageSource messages) {
        this.service = service;
        this.standardfilter = standardfilter;
        this.lagredeFiltre = lagredeFiltre;
        this.messages = messages;
    }

    /** One office checkbox or region option of the form. */
    record Valg(String enhetsnummer, String navn, boolean valgt) {}

    @GetMapping("/katalog")
    String liste(
            HttpServletRequest request,
            HttpServletResponse response,
            @RequestParam MultiValueMap<String, String> parametre,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        Innlogget bruker = service.krevTilgang();
        String query = request.getQueryString();
        if (query == null || query.isBlank()) {
            return "redirect:/katalog?" + standardsporring(bruker);
        }
        response.addHeader("Vary", "HX-Request");
        KatalogSkjema skjema = KatalogSkjema.fra(parametre);
        model.addAttribute("skjema", skjema);
        model.addAttribute("lenkesporring", "?" + query);
        try {
            KatalogFilter filter = service.tolk(parametre);
            model.addAttribute("resultat", service.sok(filter));
            model.addAttribute("sporring", filter.sporring());
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("feil", e.violations().stream().map(this::tekst).toList());
            model.addAttribute("sporring", utenSide(query));
        }
        if (htmx != null) {
            return "katalog/liste :: resultat";
        }
        skjemavalg(bruker, skjema, model);
        LagredeFiltre filtre = lagredeFiltre.getIfAvailable();
        model.addAttribute("lagredeFiltre", filtre == null ? List.of() : filtre.mine());
        return "katalog/liste";
    }

    @GetMapping("/katalog/{id}")
    String detalj(@PathVariable UUID id, HttpServletRequest request, Model model) {
        model.addAttribute("detaljer", service.get(id));
        String query = request.getQueryString();
        model.addAttribute("tilbake", query == null || query.isBlank() ? "/katalog" : "/katalog?" + query);
        return "katalog/detalj";
    }

    private String standardsporring(Innlogget bruker) {
        KatalogStandardfilter filter = standardfilter.getIfAvailable();
        Optional<String> lagret = filter == null ? Optional.empty() : filter.standardsporring(bruker.ident());
        return lagret.filter(s -> !s.isBlank())
                .or(() -> service.kontorsporring(bruker))
                .orElse("sortering=" + KatalogSortering.NAVN.name());
    }

    /** The form's choices: the user's region with its offices as checkboxes, other regions in a select. */
    private void skjemavalg(Innlogget bruker, KatalogSkjema skjema, Model model) {
        List<NavEnhetInfo> regioner = service.regioner();
        NavEnhetInfo egenRegion = egenRegion(bruker, regioner);
        var gjenstaende = new LinkedHashSet<>(skjema.navEnheter());
        List<Valg> kontorer = new ArrayList<>();
        if (egenRegion != null) {
            gjenstaende.remove(egenRegion.enhetsnummer());
            for (NavEnhetInfo k : service.kontorer(egenRegion.enhetsnummer())) {
                kontorer.add(new Valg(k.enhetsnummer(), k.navn(), gjenstaende.remove(k.enhetsnummer())));
            }
        }
        String annenRegion = regioner.stream()
                .map(NavEnhetInfo::enhetsnummer)
                .filter(gjenstaende::contains)
                .findFirst()
                .orElse(null);
        if (annenRegion != null) {
            gjenstaende.remove(annenRegion);
        }
        model.addAttribute("egenRegion", egenRegion);
        model.addAttribute("egenRegionValgt",
                egenRegion != null && skjema.navEnheter().contains(egenRegion.enhetsnummer()));
        model.addAttribute("kontorer", kontorer);
        model.addAttribute("andreRegioner", regioner.stream()
                .filter(r -> egenRegion == null || !r.enhetsnummer().equals(egenRegion.enhetsnummer()))
                .map(r -> new Valg(r.enhetsnummer(), r.navn(), r.enhetsnummer().equals(annenRegion)))
                .toList());
        model.addAttribute("andreValgte", service.navEnheter(gjenstaende));
        model.addAttribute("tiltakstyper", service.tiltakstyper());
        model.addAttribute("innsatsgrupper", Innsatsgruppe.values());
        model.addAttribute("oppstartstyper", Oppstartstype.values());
        model.addAttribute("sorteringer", KatalogSortering.values());
    }

    private @Nullable NavEnhetInfo egenRegion(Innlogget bruker, List<NavEnhetInfo> regioner) {
        String enhet = bruker.navEnhet();
        if (enhet == null) {
            return null;
        }
        NavEnhetInfo info = service.navEnheter(List.of(enhet)).stream().findFirst().orElse(null);
        if (info == null) {
            return null;
        }
        String region = info.type() == NavEnhetType.FYLKE ? info.enhetsnummer() : info.region();
        return regioner.stream().filter(r -> r.enhetsnummer().equals(region)).findFirst().orElse(null);
    }

    private String tekst(FieldViolation v) {
        String melding = messages.getMessage(v.problem().code(), v.args().toArray(), v.problem().code(), NB);
        return melding == null ? v.problem().code() : melding;
    }

    private static String utenSide(String query) {
        String utenSide = UriComponentsBuilder.newInstance().query(query).replaceQueryParam("side").build().getQuery();
        return utenSide == null ? "" : utenSide;
    }
}
