package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The admin's edit and action pages, each opened from its detail page and sent once with bad input: every one
 * answers 422 with the error beside the field and passes axe-core; the reference-data pages pass axe-core too.
 */
@BrowserJourney
class AdminEditPagesBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    @Test
    void editFormsAndActionFormsShowFieldErrorsAndPassAxe(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        var api = new JourneyApi(port, "admin");
        UUID hoved = api.opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", OrgnrFixtures.random(), "navn", "Redigering AS " + id));
        UUID under = api.opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", OrgnrFixtures.random(), "navn", "Redigering Oslo " + id, "hovedenhetId", hoved.toString()));
        api.opprett("/api/v1/arrangorer/" + hoved + "/kontaktpersoner", Map.of(
                "navn", "Kari Kontakt", "epost", "kari@example.no", "ansvar", List.of("AVTALE")));
        UUID avtale = api.opprett("/api/v1/avtaler", avtale("Oppfølging Oslo " + id, hoved, under));
        String prismodell = api.get("/api/v1/avtaler/" + avtale).get("prismodeller").get(0).get("id").asString();
        UUID gjennomforing = api.opprett("/api/v1/gjennomforinger", Map.of(
                "avtaleId", avtale.toString(), "arrangorId", under.toString(), "navn", "Jobbklubb " + id,
                "startdato", "2026-12-01", "sluttdato", "2027-06-30", "antallPlasser", 10, "oppstartstype", "LOPENDE",
                "prismodellId", prismodell, "navEnheter", List.of("0315")));

        DemoLogin.loginAs(page, "admin");

        // Provider: edit form, then a contact person's edit form
        page.navigate("/arrangorer/" + hoved);
        accessible(page);
        link(page, tekst("arrangor.rediger.knapp")).click();
        accessible(page);
        page.locator("#navn").fill("");
        assertThat(submit(page, tekst("layout.lagre")).status()).isEqualTo(422);
        assertFieldError(page, "navn", "arrangor.navn.paakrevd");
        accessible(page);
        page.locator("#navn").fill("Redigert AS " + id);
        submit(page, tekst("layout.lagre"));
        assertThat(page.locator("section[aria-labelledby=historikk-tittel]")).containsText(tekst("arrangor.historikk.operasjon.ENDRET"));
        accessible(page);

        page.locator("#kontaktpersoner").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                tekst("arrangor.kontaktperson.endre") + " Kari Kontakt")).click();
        accessible(page);
        page.locator("#epost").fill("ikke-en-epost");
        assertThat(submit(page, tekst("layout.lagre")).status()).isEqualTo(422);
        assertFieldError(page, "epost", "arrangor.kontaktperson.epost.ugyldig");
        accessible(page);

        // Agreement: edit form, price model form, option and abort forms on the detail page
        page.navigate("/avtaler/" + avtale);
        accessible(page);
        link(page, tekst("avtale.detalj.rediger")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(tekst("avtale.rediger.tittel"));
        accessible(page);
        page.locator("#navn").fill("Kort");
        assertThat(submit(page, tekst("layout.lagre")).status()).isEqualTo(422);
        assertFieldError(page, "navn", "avtale.navn-for-kort", 5);
        accessible(page);

        page.navigate("/avtaler/" + avtale);
        page.locator("section[aria-labelledby=prismodeller-tittel]").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(tekst("avtale.detalj.rediger"))).first().click();
        accessible(page);
        page.locator("input[name='satser[0].belop']").fill("");
        assertThat(submit(page, tekst("avtale.detalj.prismodell.lagre")).status()).isEqualTo(422);
        ErrorSummary.assertLinksReachTheFields(page);
        accessible(page);

        page.navigate("/avtaler/" + avtale);
        assertThat(submit(page, tekst("avtale.detalj.opsjon.knapp")).status()).isGreaterThanOrEqualTo(400);
        assertThat(page.locator("section[aria-labelledby=opsjoner-tittel]")).isVisible();
        accessible(page);

        page.navigate("/avtaler/" + avtale);
        assertThat(submit(page, tekst("avtale.detalj.avbryt.knapp")).status()).isEqualTo(422);
        assertFieldError(page, "aarsaker", "avtale.aarsak-paakrevd");
        accessible(page);

        // Implementation: edit form and abort form
        page.navigate("/gjennomforinger/" + gjennomforing);
        accessible(page);
        link(page, tekst("gjennomforing.handling.endre")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(tekst("gjennomforing.skjema.endre"));
        accessible(page);
        page.locator("#antallPlasser").fill("0");
        assertThat(submit(page, tekst("layout.lagre")).status()).isEqualTo(422);
        assertFieldError(page, "antallPlasser", "gjennomforing.antall-plasser.ikke-positivt");
        accessible(page);

        page.navigate("/gjennomforinger/" + gjennomforing);
        assertThat(submit(page, tekst("gjennomforing.handling.avbryt")).status()).isEqualTo(422);
        ErrorSummary.assertLinksReachTheFields(page);
        accessible(page);

        // Reference data
        meny(page, "meny.tiltakstyper");
        accessible(page);
        page.locator("main table tbody a").first().click();
        accessible(page);
        meny(page, "meny.nav-enheter");
        accessible(page);
        page.locator("main table tbody a").first().click();
        accessible(page);
    }

    private static Map<String, Object> avtale(String navn, UUID hoved, UUID under) {
        var avtale = new LinkedHashMap<String, Object>();
        avtale.put("navn", navn);
        avtale.put("tiltakskode", "OPPFOLGING");
        avtale.put("avtaletype", "RAMMEAVTALE");
        avtale.put("sakarkivnummer", "2024/1234");
        avtale.put("arrangorHovedenhetId", hoved.toString());
        avtale.put("arrangorUnderenheter", List.of(under.toString()));
        avtale.put("startdato", "2026-01-01");
        avtale.put("sluttdato", "2027-12-31");
        avtale.put("opsjonMaksVarighet", "2029-12-31");
        avtale.put("navRegioner", List.of("0300"));
        avtale.put("navEnheter", List.of("0315"));
        avtale.put("prismodeller", List.of(Map.of(
                "type", "AVTALT_PRIS_PER_MANEDSVERK",
                "satser", List.of(Map.of("gyldigFra", "2026-01-01", "belop", 21500)))));
        return avtale;
    }

    private void meny(Page page, String key) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst(key)).setExact(true))
                .click();
    }

    private static Locator link(Page page, String name) {
        return page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Response submit(Page page, String name) {
        Locator button = page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
        return page.waitForResponse(r -> "POST".equals(r.request().method()), button::click);
    }

    private void assertFieldError(Page page, String field, String key, Object... args) {
        ErrorSummary.assertLinksReachTheFields(page);
        assertThat(page.locator("#feiloppsummering")).containsText(messages.getMessage(key, args, NB));
        assertThat(page.locator("#" + field + "-feil")).hasText(messages.getMessage(key, args, NB));
    }

    /** axe on the whole page: called after an assertion has seen the new page, so wait until it has loaded. */
    private static void accessible(Page page) {
        page.waitForLoadState();
        Accessibility.assertAccessible(page);
    }

    private String tekst(String key) {
        return messages.getMessage(key, null, NB);
    }
}
