package no.samskap.katalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static no.samskap.katalog.KatalogTestApi.IDAG;
import static no.samskap.katalog.KatalogTestApi.unikt;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.samskap.browser.Accessibility;
import no.samskap.browser.BrowserJourney;
import no.samskap.browser.DemoLogin;
import no.samskap.katalog.KatalogTestApi.Avtale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The counsellor finds a measure in the catalog: opens it from the menu (own office and region preselected), searches,
 * narrows by office and measure type, opens a measure, goes back to the same list, saves the filter and shares the
 * measure with a person — with htmx, and the finding part again with JavaScript turned off. Every page passes axe-core.
 */
@BrowserJourney
class KatalogJourneyIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    String ord;
    String klubb;
    String oppfolging;
    String bergen;

    @BeforeEach
    void data() {
        var admin = new KatalogTestApi(port, "admin");
        admin.som("veileder").utenStandardfilter();
        ord = unikt();
        klubb = "Jobbklubb " + ord + " Grünerløkka";
        oppfolging = "Oppfølgingen " + ord + " Frogner";
        bergen = "Oppfølging " + ord + " Bergen";
        Avtale jobbklubb = admin.avtale(ord, "JOBBKLUBB", IDAG.minusMonths(1));
        Avtale oppf = admin.avtale(ord, "OPPFOLGING", IDAG.minusMonths(1));
        admin.publisert(admin.gjennomforing(jobbklubb, klubb));
        var frogner = admin.gjennomforing(oppf, oppfolging);
        frogner.put("navEnheter", List.of("0312"));
        admin.publisert(frogner);
        var vestland = admin.gjennomforing(oppf, bergen);
        vestland.put("navEnheter", List.of("1202"));
        admin.publisert(vestland);
    }

    @Test
    void counsellorSearchesNarrowsAndOpensAMeasureWithHtmx(Page page) {
        DemoLogin.loginAs(page, "veileder");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst("meny.katalog")))
                .click();
        page.waitForURL(Pattern.compile(".*/katalog\\?navEnhet=0315&navEnhet=0300$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(tekst("katalog.tittel"));
        Accessibility.assertAccessible(page);

        page.locator("#q").fill(ord);
        page.locator("#q").press("Enter");
        assertThat(page.locator(".katalog-antall")).hasText("2 tiltak");
        assertThat(resultat(page, klubb)).isVisible();
        assertThat(resultat(page, oppfolging)).isVisible();
        assertThat(page.locator("#resultat")).not().containsText(bergen);
        assertThat(page.locator("#resultat")).hasAttribute("aria-live", "polite");
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=" + ord + ".*"));
        assertThat(page.locator("#resultat mark").first()).hasText(ord);
        Accessibility.assertAccessible(page);

        page.getByLabel(tekst("katalog.filter.hele-regionen", "Nav Oslo")).uncheck();
        assertThat(page.locator(".katalog-antall")).hasText("1 tiltak");
        assertThat(resultat(page, klubb)).isVisible();
        page.getByLabel("Nav Frogner", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.locator(".katalog-antall")).hasText("2 tiltak");
        page.getByLabel("Oppfølging", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.locator(".katalog-antall")).hasText("1 tiltak");
        assertThat(resultat(page, oppfolging)).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*tiltakskode=OPPFOLGING.*"));
        Accessibility.assertAccessible(page);
        String liste = page.url();

        resultat(page, oppfolging).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(oppfolging);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tekst("katalog.del-med-bruker"))))
                .hasAttribute("href", Pattern.compile(".*/katalog/[0-9a-f-]+/del$"));
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tekst("katalog.tilbake"))).click();
        assertThat(page).hasURL(liste);
        assertThat(page.locator(".katalog-antall")).hasText("1 tiltak");
        assertThat(page.getByLabel("Oppfølging", new Page.GetByLabelOptions().setExact(true))).isChecked();

        // saves the narrowed filter under a name; it is listed beside the catalog and reopens the same list
        String filternavn = "Oppfølging Frogner " + ord;
        page.locator(".katalog-lagre summary").click();
        page.getByLabel(tekst("lagret-filter.felt.navn")).fill(filternavn);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tekst("lagret-filter.lagre")).setExact(true)).click();
        assertThat(page.locator(".katalog-antall")).hasText("1 tiltak");
        Locator lagret = page.locator(".katalog-lagrede").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(filternavn).setExact(true));
        assertThat(lagret).hasAttribute("href", Pattern.compile(".*tiltakskode=OPPFOLGING.*"));
        Accessibility.assertAccessible(page);

        // opens the measure again and shares it with a person; the number never reaches a URL
        List<String> urler = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> urler.add(r.url()));
        String fnr = no.samskap.shared.FodselsnummerFixtures.randomSyntetisk();
        resultat(page, oppfolging).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tekst("katalog.del-med-bruker"))).click();
        assertThat(page.locator("main")).containsText(oppfolging);
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("deling.felt.fodselsnummer")).fill(fnr);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tekst("deling.del")).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText(tekst("deling.melding.delt", oppfolging, fnr.substring(0, 6) + "*****"));
        Accessibility.assertAccessible(page);
        assertThat(urler).isNotEmpty().allSatisfy(u -> assertThat(u).doesNotContain(fnr));
    }

    @Test
    void counsellorDoesTheSameWithoutJavaScript(BrowserContext medJavaScript) {
        Browser browser = medJavaScript.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("nb-NO")
                .setViewportSize(390, 844)
                .setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            DemoLogin.loginAs(page, "veileder");
            page.navigate("/katalog");
            assertThat(page).hasURL(Pattern.compile(".*/katalog\\?navEnhet=0315&navEnhet=0300$"));

            page.locator("#q").fill(ord);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tekst("katalog.filter.sok"))).click();
            assertThat(page.locator(".katalog-antall")).hasText("2 tiltak");

            page.getByLabel(tekst("katalog.filter.hele-regionen", "Nav Oslo")).uncheck();
            page.getByLabel("Nav Frogner", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Oppfølging", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tekst("katalog.filter.sok"))).click();
            assertThat(page.locator(".katalog-antall")).hasText("1 tiltak");
            assertThat(page).hasURL(Pattern.compile(".*tiltakskode=OPPFOLGING.*"));

            resultat(page, oppfolging).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(oppfolging);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tekst("katalog.tilbake"))).click();
            assertThat(page.locator(".katalog-antall")).hasText("1 tiltak");
        }
    }

    @Test
    void badFilterValuesShowAMessageInsteadOfAnError(Page page) {
        DemoLogin.loginAs(page, "veileder");
        var response = page.navigate("/katalog?startFra=2027-01-01&startTil=2026-01-01");

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#resultat")).containsText(tekst("katalog.start-fra.etter-start-til"));
        Accessibility.assertAccessible(page);
    }

    private static Locator resultat(Page page, String navn) {
        return page.locator("#resultat").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(navn).setExact(true));
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
