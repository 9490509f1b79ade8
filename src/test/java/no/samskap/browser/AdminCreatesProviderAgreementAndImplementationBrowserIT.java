package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The admin's core journey through the real pages only: register a provider with an underenhet and a contact
 * person, create an agreement with it, create an implementation from the agreement, publish it and open it for
 * enrolment. Every form is first sent with bad input (error summary, messages beside the fields, nothing saved);
 * every page visited passes axe-core.
 */
@BrowserJourney
class AdminCreatesProviderAgreementAndImplementationBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    @Test
    void createsProviderAgreementAndImplementationAfterCorrectingFieldErrors(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String hovedenhetOrgnr = OrgnrFixtures.random();
        String hovedenhetNavn = "Reisefølge Arbeid AS " + id;
        String underenhetOrgnr = OrgnrFixtures.random();
        String underenhetNavn = "Reisefølge Arbeid Oslo " + id;
        String avtaleNavn = "Oppfølging Oslo øst " + id;
        String gjennomforingNavn = "Jobbklubb Grünerløkka " + id;
        var api = new JourneyApi(port, "admin");

        DemoLogin.loginAs(page, "admin");
        accessible(page);

        // Provider: bad input first, then a hovedenhet
        meny(page, "meny.arrangorer");
        heading(page, "arrangor.liste.tittel");
        accessible(page);
        page.getByRole(AriaRole.LINK, exact(tekst("arrangor.ny.knapp"))).click();
        heading(page, "arrangor.ny.tittel");
        accessible(page);

        String ugyldigOrgnr = OrgnrFixtures.withWrongCheckDigit();
        page.locator("#organisasjonsnummer").fill(ugyldigOrgnr);
        page.locator("#navn").fill("");
        assertThat(submit(page, "arrangor.ny.lagre").status()).isEqualTo(422);
        assertErrorSummary(page, "arrangor.organisasjonsnummer.ugyldig", "arrangor.navn.paakrevd");
        assertFieldError(page, "organisasjonsnummer", "arrangor.organisasjonsnummer.ugyldig");
        assertFieldError(page, "navn", "arrangor.navn.paakrevd");
        accessible(page);
        assertThat(api.finnArrangor(ugyldigOrgnr)).isEmpty();

        page.locator("#organisasjonsnummer").fill(hovedenhetOrgnr);
        page.locator("#navn").fill(hovedenhetNavn);
        submit(page, "arrangor.ny.lagre");
        heading(page, hovedenhetNavn);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("arrangor.melding.registrert"));
        assertHistory(page, tekst("arrangor.historikk.operasjon.OPPRETTET"));
        accessible(page);

        // Underenhet under it
        page.getByRole(AriaRole.LINK, exact(tekst("arrangor.underenheter.ny"))).click();
        heading(page, "arrangor.ny.tittel");
        assertThat(page.locator("#hovedenhetId option:checked")).containsText(hovedenhetOrgnr);
        accessible(page);
        page.locator("#organisasjonsnummer").fill(underenhetOrgnr);
        page.locator("#navn").fill(underenhetNavn);
        submit(page, "arrangor.ny.lagre");
        heading(page, underenhetNavn);
        accessible(page);
        page.getByRole(AriaRole.LINK, exact(hovedenhetNavn + " (" + hovedenhetOrgnr + ")")).click();
        heading(page, hovedenhetNavn);
        assertThat(page.locator("section[aria-labelledby=underenheter-tittel]"))
                .containsText(underenhetOrgnr);

        // Contact person on the hovedenhet
        Locator kontaktSkjema = page.locator("#kontaktpersoner form.skjema");
        kontaktSkjema.locator("#navn").fill("Kari Kontakt");
        kontaktSkjema.locator("#epost").fill("kari.kontakt@example.no");
        kontaktSkjema.getByLabel(tekst("arrangor.kontaktperson.ansvar.AVTALE"), new Locator.GetByLabelOptions().setExact(true)).check();
        kontaktSkjema.getByLabel(tekst("arrangor.kontaktperson.ansvar.GJENNOMFORING"), new Locator.GetByLabelOptions().setExact(true)).check();
        submit(page, "arrangor.kontaktperson.ny.lagre");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("arrangor.melding.kontaktperson-lagt-til"));
        assertThat(page.locator("#kontaktpersoner table")).containsText("kari.kontakt@example.no");
        accessible(page);

        // Agreement: all errors of bad input at once, nothing saved, then a valid one with a price model
        meny(page, "meny.avtaler");
        heading(page, "avtale.liste.tittel");
        accessible(page);
        page.getByRole(AriaRole.LINK, exact(tekst("avtale.liste.ny"))).click();
        heading(page, "avtale.ny.tittel");
        accessible(page);

        page.locator("#arrangorOrganisasjonsnummer").fill(hovedenhetOrgnr);
        page.locator("#arrangorOrganisasjonsnummer").press("Tab");
        Locator underenhet = page.getByLabel(underenhetNavn + " (" + underenhetOrgnr + ")");
        assertThat(underenhet).isVisible(); // the form was re-rendered with the provider's underenheter
        var htmxRequests = new CopyOnWriteArrayList<String>();
        page.onRequest(r -> {
            if (r.headers().containsKey("hx-request")) {
                htmxRequests.add(r.headers().get("hx-trigger") + " " + r.postData());
            }
        });
        underenhet.check();
        page.getByLabel("Kari Kontakt (kari.kontakt@example.no)").check();
        htmxIdle(page);
        // Ticking a box must not re-render the form: a swap would drop what the user typed meanwhile
        assertThat(htmxRequests).isEmpty();
        page.locator("#navn").fill("Kort");
        page.locator("#tiltakskode").selectOption("OPPFOLGING");
        page.locator("#avtaletype").selectOption("RAMMEAVTALE");
        page.locator("#sakarkivnummer").fill("24/1234");
        page.locator("#startdato").fill("2026-06-01");
        page.locator("#sluttdato").fill("2026-01-31");
        assertThat(submit(page, "layout.lagre").status()).isEqualTo(422);
        assertErrorSummary(page, "avtale.navn-for-kort", "avtale.sluttdato-for-startdato", "avtale.region-paakrevd");
        assertFieldError(page, "navn", "avtale.navn-for-kort", 5);
        assertFieldError(page, "sluttdato", "avtale.sluttdato-for-startdato");
        assertFieldError(page, "navRegioner", "avtale.region-paakrevd");
        accessible(page);
        assertThat(api.get("/api/v1/avtaler?q=" + JourneyApi.q("Kort")).toString()).doesNotContain(hovedenhetOrgnr);
        assertThat(api.get("/api/v1/avtaler?q=" + id).get("totalt").asInt()).isZero();

        page.locator("#navn").fill(avtaleNavn);
        page.locator("#startdato").fill("2026-01-01");
        page.locator("#sluttdato").fill("2027-12-31");
        page.locator("input[name=navRegioner][value='0300']").check();
        Locator kontor = page.locator("input[name=navEnheter][value='0315']");
        assertThat(kontor).isVisible(); // the form was re-rendered with the region's offices
        kontor.check();
        page.locator("#administratorer").fill("Z123456");
        page.locator("#prismodellType").selectOption("AVTALT_PRIS_PER_MANEDSVERK");
        page.locator("#satsGyldigFra").fill("2026-01-01");
        page.locator("#satsBelop").fill("21 500,50");
        submit(page, "layout.lagre");
        heading(page, avtaleNavn);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("avtale.opprettet"));
        assertThat(page.locator("main .status")).hasText(tekst("avtale.status.AKTIV"));
        assertHistory(page, tekst("avtale.operasjon.OPPRETTET"));
        accessible(page);

        // Implementation from the agreement: 0 places is refused, then created, published and opened
        page.getByRole(AriaRole.LINK, exact(tekst("avtale.detalj.opprett-gjennomforing"))).click();
        heading(page, "gjennomforing.skjema.ny");
        accessible(page);
        page.locator("#arrangorId").selectOption(new SelectOption().setLabel(underenhetNavn + " (" + underenhetOrgnr + ")"));
        page.locator("#navn").fill(gjennomforingNavn);
        page.locator("#startdato").fill("2026-12-01");
        page.locator("#sluttdato").fill("2027-06-30");
        page.locator("#antallPlasser").fill("0");
        page.locator("input[name=oppstartstype][value=LOPENDE]").check();
        page.locator("#prismodellId").selectOption(new SelectOption().setIndex(1));
        page.locator("input[name=navEnheter][value='0315']").check();
        page.locator("#oppmotested").fill("Thorvald Meyers gate 1, 0555 Oslo");
        assertThat(submit(page, "layout.lagre").status()).isEqualTo(422);
        assertErrorSummary(page, "gjennomforing.antall-plasser.ikke-positivt");
        assertFieldError(page, "antallPlasser", "gjennomforing.antall-plasser.ikke-positivt");
        accessible(page);
        assertThat(api.get("/api/v1/gjennomforinger?q=" + id).get("totalt").asInt()).isZero();

        page.locator("#antallPlasser").fill("12");
        submit(page, "layout.lagre");
        heading(page, gjennomforingNavn);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("gjennomforing.melding.opprettet"));
        assertHistory(page, tekst("gjennomforing.operasjon.OPPRETTET"));
        accessible(page);

        submit(page, "gjennomforing.handling.publiser");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("gjennomforing.melding.publisert"));
        submit(page, "gjennomforing.handling.apne");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("gjennomforing.melding.apnet"));
        assertHistory(page, tekst("gjennomforing.operasjon.PUBLISERT"));
        assertHistory(page, tekst("gjennomforing.operasjon.APNET_FOR_PAMELDING"));
        accessible(page);

        meny(page, "meny.gjennomforinger");
        accessible(page);
        page.locator("#q").fill(id);
        page.locator("#q").press("Enter");
        assertThat(page.getByRole(AriaRole.LINK, exact(gjennomforingNavn))).isVisible();
        accessible(page);
    }

    /** Waits until no htmx request is in flight, so a swap cannot replace what is typed next. */
    private static void htmxIdle(Page page) {
        page.waitForFunction("() => !document.querySelector('.htmx-request')");
    }

    private void meny(Page page, String key) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst(key)).setExact(true))
                .click();
    }

    /** Clicks the (only) button with this text and returns the response to the form's POST. */
    private Response submit(Page page, String key) {
        Locator button = page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(tekst(key)).setExact(true));
        return page.waitForResponse(r -> "POST".equals(r.request().method()) && !r.request().headers().containsKey("hx-request"), button::click);
    }

    private void heading(Page page, String keyOrText) {
        String text = messages.getMessage(keyOrText, null, keyOrText, NB);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text);
    }

    private void assertErrorSummary(Page page, String... keys) {
        Locator summary = page.locator("#feiloppsummering");
        assertThat(summary).isVisible();
        ErrorSummary.assertLinksReachTheFields(page);
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText(tekst("layout.feiloppsummering"));
        for (String key : keys) {
            assertThat(summary).containsText(messages.getMessage(key, new Object[] {5}, NB));
        }
    }

    private void assertFieldError(Page page, String field, String key, Object... args) {
        Locator error = page.locator("#" + field + "-feil");
        assertThat(error).hasText(messages.getMessage(key, args, NB));
        assertThat(page.locator("#" + field)).hasAttribute("aria-describedby", Pattern.compile("\\b" + field + "-feil\\b"));
    }

    private void assertHistory(Page page, String operasjon) {
        assertThat(page.locator("section[aria-labelledby=historikk-tittel]")).containsText(operasjon);
    }

    /** axe on the whole page: called after an assertion has seen the new page, so wait until it has loaded. */
    private static void accessible(Page page) {
        page.waitForLoadState();
        Accessibility.assertAccessible(page);
    }

    private static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private String tekst(String key) {
        return messages.getMessage(key, null, NB);
    }
}
