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
import no.samskap.effekt.EndreVilkaar;
import no.samskap.effekt.Kontraktsinnhold.Instrument;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.Kontraktsinnhold.Pristype;
import no.samskap.effekt.Kontraktsinnhold.Tidsenhet;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingFilter;
import no.samskap.tiltak.GjennomforingService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * NAV's editor of a contract's terms: a new contract, and an amendment of an existing one (the newest version's
 * content to change, with the date it applies from and why). One plain form with every part of the terms; buttons that
 * add or remove a row, or search implementations to cover, post it back and show it again without saving (htmx swaps
 * only the form when JavaScript runs). Saving goes through the service, whose field errors land beside their fields.
 */
@Controller
@RequestMapping("/effektkontrakter")
class KontraktskjemaPageController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    static final List<String> VALUTAER = List.of("NOK", "SEK", "DKK", "EUR", "GBP", "USD");

    private final EffektkontraktService kontrakter;
    private final GjennomforingService gjennomforinger;
    private final TilgangService tilgang;
    private final MessageSource messages;
    private final Clock clock;

    KontraktskjemaPageController(EffektkontraktService kontrakter, GjennomforingService gjennomforinger,
            TilgangService tilgang, MessageSource messages, Clock clock) {
        this.kontrakter = kontrakter;
        this.gjennomforinger = gjennomforinger;
        this.tilgang = tilgang;
        this.messages = messages;
        this.clock = clock;
    }

    /** The choices of the form's selects. */
    record Valg(
            List<Partsrolle> roller,
            List<Instrument> instrumenter,
            List<Tranche> trancher,
            List<Gjentakelse> gjentakelser,
            List<Bevistype> bevistyper,
            List<Pristype> pristyper,
            List<Tidsenhet> tidsenheter,
            List<Evalueringsmetode> metoder,
            List<Effektform> former,
            List<Utbetalingsperiode.Periodetype> frekvenser,
            List<Innsatsgruppe> innsatsgrupper) {

        static final Valg ALLE = new Valg(List.of(Partsrolle.values()), List.of(Instrument.values()),
                List.of(Tranche.values()), List.of(Gjentakelse.values()), List.of(Bevistype.values()),
                List.of(Pristype.values()), List.of(Tidsenhet.values()), List.of(Evalueringsmetode.values()),
                List.of(Effektform.values()), List.of(Utbetalingsperiode.Periodetype.values()),
                List.of(Innsatsgruppe.values()));
    }

    /** The codes typed so far, offered as suggestions where a field refers to a party, metric or milestone. */
    record Koder(List<String> parter, List<String> betalere, List<String> leverandorer, List<String> investorer,
            List<String> maal, List<String> milepaeler) {

        static Koder av(KontraktForm f) {
            return new Koder(parter(f, null), parter(f, Partsrolle.UTFALLSBETALER), parter(f, Partsrolle.LEVERANDOR),
                    parter(f, Partsrolle.INVESTOR),
                    f.resultatmaal.stream().map(m -> m.kode).filter(k -> !KontraktForm.blank(k)).map(Objects::requireNonNull)
                            .toList(),
                    f.milepaeler.stream().map(m -> m.kode).filter(k -> !KontraktForm.blank(k)).map(Objects::requireNonNull)
                            .toList());
        }

        private static List<String> parter(KontraktForm f, @Nullable Partsrolle rolle) {
            return f.parter.stream().filter(p -> rolle == null || p.rolle == rolle).map(p -> p.kode)
                    .filter(k -> !KontraktForm.blank(k)).map(Objects::requireNonNull).toList();
        }
    }

    /** An implementation offered or chosen, by name. */
    record GjennomforingValg(UUID id, String navn, @Nullable String arrangorNavn) {}

    @InitBinder("kontraktForm")
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        Kontraktsside.tillatNorskeTall(binder);
    }

    @GetMapping("/ny")
    String ny(Model model) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        return skjema(KontraktForm.ny(), null, model);
    }

    @PostMapping("/ny")
    String opprett(
            @ModelAttribute("kontraktForm") KontraktForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String handling,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        tilgang.krev(Rolle.TILTAKSADMIN);
        if (handling != null) {
            return endreRader(form, handling, null, model);
        }
        form.kontrollerTekstfelt(binding);
        var id = Skjemafeil.utfor(binding, response, () -> kontrakter.opprett(form.innhold()));
        if (id.isPresent()) {
            redirect.addFlashAttribute("melding", tekst("effekt.melding.opprettet"));
            return "redirect:/effektkontrakter/" + id.get();
        }
        return skjema(form, null, model);
    }

    @GetMapping("/{id}/endre")
    String endreSkjema(@PathVariable UUID id, Model model) {
        EffektkontraktDetaljer k = krevEndring(id);
        KontraktForm form = KontraktForm.fra(kontrakter.versjon(id, k.nyesteVersjon()), k.version());
        form.gjelderFra = LocalDate.now(clock);
        return skjema(form, id, model);
    }

    @PostMapping("/{id}/endre")
    String endre(
            @PathVariable UUID id,
            @ModelAttribute("kontraktForm") KontraktForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String handling,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        krevEndring(id);
        if (handling != null) {
            return endreRader(form, handling, id, model);
        }
        form.kontrollerTekstfelt(binding);
        if (Skjemafeil.utfor(binding, response, () -> kontrakter.endreVilkaar(
                new EndreVilkaar(id, form.version, form.gjelderFra, form.begrunnelse, form.innhold())))) {
            var versjoner = kontrakter.versjoner(id);
            var ny = versjoner.getFirst();
            redirect.addFlashAttribute("melding", tekst("effekt.melding.endret", ny.nummer(),
                    String.format("%02d.%02d.%d", ny.gjelderFra().getDayOfMonth(), ny.gjelderFra().getMonthValue(),
                            ny.gjelderFra().getYear())));
            return "redirect:/effektkontrakter/" + id + "/versjoner";
        }
        return skjema(form, id, model);
    }

    /** The editor is NAV's: anyone else related to the contract gets 403 (and 404 if not related at all). */
    private EffektkontraktDetaljer krevEndring(UUID id) {
        EffektkontraktDetaljer k = kontrakter.hent(id);
        if (!k.handlinger().endreVilkaar()) {
            throw new AccessDeniedException("only NAV amends an outcome contract");
        }
        return k;
    }

    private String endreRader(KontraktForm form, String handling, @Nullable UUID id, Model model) {
        if (handling.equals("sok:gjennomforinger")) {
            var filter = new GjennomforingFilter(form.gjennomforingSok, null, null, null, null, null, null, null,
                    "navn", 0, 20);
            model.addAttribute("gjennomforingTreff", gjennomforinger.list(filter).innhold().stream()
                    .filter(g -> !form.gjennomforinger.contains(g.id()))
                    .map(g -> new GjennomforingValg(g.id(), g.navn(), g.arrangorNavn()))
                    .toList());
        } else {
            form.endreRader(handling);
        }
        return skjema(form, id, model);
    }

    private String skjema(KontraktForm form, @Nullable UUID id, Model model) {
        if (!model.containsAttribute("kontraktForm")) {
            model.addAttribute("kontraktForm", form);
        }
        model.addAttribute("endre", id != null);
        model.addAttribute("kontraktId", id);
        model.addAttribute("skjemaAction", id == null ? "/effektkontrakter/ny" : "/effektkontrakter/" + id + "/endre");
        model.addAttribute("valg", Valg.ALLE);
        model.addAttribute("valutaer", VALUTAER);
        model.addAttribute("koder", Koder.av(form));
        List<GjennomforingValg> valgte = new ArrayList<>();
        for (UUID g : form.gjennomforinger) {
            gjennomforinger.finnForDeltakelse(g).ifPresentOrElse(
                    d -> valgte.add(new GjennomforingValg(g, d.navn(), null)),
                    () -> valgte.add(new GjennomforingValg(g, g.toString(), null)));
        }
        model.addAttribute("valgteGjennomforinger", valgte);
        return "effekt/skjema";
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
