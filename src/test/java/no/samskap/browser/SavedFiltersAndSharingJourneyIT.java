package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import no.samskap.TestApi;
import no.samskap.katalog.KatalogTestdata;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The counsellor's own pages of the catalog in the browser: managing saved filters, sharing an implementation with a
 * person and looking up earlier sharings. Every page passes axe-core; the fødselsnummer is never in a URL.
 */
@BrowserJourney
class SavedFiltersAndSharingJourneyIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    @Test
    void counsellorRenamesMakesDefaultAndDeletesSavedFilters(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        var veileder = new TestApi(port, "veileder");
        String forste = "Unge i Oslo " + id;
        String andre = "Jobbklubber " + id;
        veileder.opprett("/api/v1/katalog/lagrede-filtre", Map.of("navn", forste, "sporring", "navEnhet=0315"));
        veileder.opprett("/api/v1/katalog/lagrede-filtre", Map.of("navn", andre, "sporring", "q=jobbklubb"));

        DemoLogin.loginAs(page, "veileder");
        page.navigate("/katalog/filtre");
        assertThat(h1(page)).hasText(tekst("lagret-filter.liste.tittel"));
        assertThat(page.getByRole(AriaRole.LINK, exact(forste))).hasAttribute("href", "/katalog?navEnhet=0315");
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.LINK, exact(tekst("lagret-filter.endre-navn-pa", forste))).click();
        assertThat(h1(page)).hasText(tekst("lagret-filter.endre.tittel"));
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("lagret-filter.felt.navn")).fill(andre);
        page.getByRole(AriaRole.BUTTON, exact(tekst("layout.lagre"))).click();
        assertThat(page.locator("#navn-feil")).hasText(tekst("lagret-filter.navn.finnes"));
        ErrorSummary.assertLinksReachTheFields(page);
        Accessibility.assertAccessible(page);

        String nytt = "Unge i Grünerløkka " + id;
        page.getByLabel(tekst("lagret-filter.felt.navn")).fill(nytt);
        page.getByRole(AriaRole.BUTTON, exact(tekst("layout.lagre"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/katalog/filtre$"));
        assertThat(page.getByRole(AriaRole.LINK, exact(nytt))).isVisible();

        page.getByRole(AriaRole.BUTTON, exact(tekst("lagret-filter.gjor-standard-for", andre))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("lagret-filter.melding.standard", andre));
        assertThat(page.getByRole(AriaRole.BUTTON, exact(tekst("lagret-filter.fjern-standard-for", andre)))).isVisible();
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.LINK, exact(tekst("lagret-filter.slett-filter", nytt))).click();
        assertThat(h1(page)).hasText(tekst("lagret-filter.slett.tittel"));
        Accessibility.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, exact(tekst("lagret-filter.slett.bekreft"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("lagret-filter.melding.slettet", nytt));
        assertThat(page.getByRole(AriaRole.LINK, exact(nytt))).hasCount(0);

        page.navigate("/katalog/filtre/ny?sporring=q%3Djobb");
        assertThat(h1(page)).hasText(tekst("lagret-filter.ny.tittel"));
        Accessibility.assertAccessible(page);
        var svar = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> page.getByRole(AriaRole.BUTTON, exact(tekst("lagret-filter.lagre"))).click());
        assertThat(svar.status()).isEqualTo(422);
        assertThat(page.locator("#navn-feil")).hasText(tekst("lagret-filter.navn.paakrevd"));
        ErrorSummary.assertLinksReachTheFields(page);
        Accessibility.assertAccessible(page);

        // saved, the catalog reopens with the same filter (the catalog page itself is the katalog package's)
        String lagret = "Jobb " + id;
        page.getByLabel(tekst("lagret-filter.felt.navn")).fill(lagret);
        page.getByRole(AriaRole.BUTTON, exact(tekst("lagret-filter.lagre"))).click();
        page.waitForURL(Pattern.compile(".*/katalog\\?q=jobb$"));
        page.navigate("/katalog/filtre");
        assertThat(page.getByRole(AriaRole.LINK, exact(lagret))).hasAttribute("href", "/katalog?q=jobb");
    }

    @Test
    void counsellorSharesAnImplementationAndLooksUpThePersonsSharings(Page page) {
        String navn = "Jobbklubb til deling " + UUID.randomUUID().toString().substring(0, 8);
        UUID gjennomforing = new KatalogTestdata(port).publisertGjennomforing(navn);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        String maskert = fnr.substring(0, 6) + "*****";
        List<String> urler = new CopyOnWriteArrayList<>();
        page.onRequest(r -> urler.add(r.url()));

        DemoLogin.loginAs(page, "veileder");
        page.navigate("/katalog/" + gjennomforing + "/del");
        assertThat(h1(page)).hasText(tekst("deling.skjema.tittel"));
        assertThat(page.locator("main")).containsText(navn);
        assertThat(page.getByLabel(tekst("deling.felt.melding"))).not().hasValue("");
        assertThat(page.getByLabel(tekst("deling.felt.fodselsnummer"))).hasAttribute("inputmode", "numeric");
        Accessibility.assertAccessible(page);

        String feil = fnr.substring(0, 10) + ((fnr.charAt(10) - '0' + 1) % 10);
        page.getByLabel(tekst("deling.felt.fodselsnummer")).fill(feil);
        page.getByRole(AriaRole.BUTTON, exact(tekst("deling.del"))).click();
        assertThat(page.locator("#fodselsnummer-feil")).hasText(tekst("fodselsnummer.ugyldig"));
        ErrorSummary.assertLinksReachTheFields(page);
        Accessibility.assertAccessible(page);

        page.getByLabel(tekst("deling.felt.fodselsnummer")).fill(fnr);
        page.getByLabel(tekst("deling.felt.melding")).fill("Hei! Se på dette tiltaket.");
        page.getByRole(AriaRole.BUTTON, exact(tekst("deling.del"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/katalog/delinger$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("deling.melding.delt", navn, maskert));
        assertThat(h1(page)).hasText(tekst("deling.delinger.tittel"));
        Accessibility.assertAccessible(page);

        page.getByLabel(tekst("deling.felt.fodselsnummer")).fill(fnr);
        page.getByRole(AriaRole.BUTTON, exact(tekst("deling.delinger.sok"))).click();
        Locator tabell = page.getByRole(AriaRole.TABLE);
        assertThat(tabell).containsText(navn);
        assertThat(tabell).containsText("Hei! Se på dette tiltaket.");
        assertThat(tabell).containsText("Vegard Veileder");
        assertThat(page.getByRole(AriaRole.HEADING, exact(tekst("deling.delinger.resultat", maskert)))).isVisible();
        assertThat(page.locator("main")).not().containsText(fnr.substring(6));
        Accessibility.assertAccessible(page);

        assertThat(urler).isNotEmpty().allSatisfy(u -> assertThat(u).doesNotContain(fnr));
    }

    private static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
