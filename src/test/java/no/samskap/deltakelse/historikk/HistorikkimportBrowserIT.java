package no.samskap.deltakelse.historikk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import no.samskap.TestApi;
import no.samskap.browser.Accessibility;
import no.samskap.browser.BrowserJourney;
import no.samskap.browser.DemoLogin;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator in the browser: uploads a legacy file, follows the progress bar (htmx polls it), reads the report
 * of invalid lines, then looks up a person in the audit log and checks the chain. Every page passes axe-core; no
 * fødselsnummer is ever in a URL.
 */
@BrowserJourney
class HistorikkimportBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Value("${local.server.port}")
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    HistorikkimportRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void administratorImportsAFileFollowsItAndReadsTheReport(Page page) {
        String orgnr = OrgnrFixtures.random();
        new TestApi(port, "admin").opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", orgnr, "navn", "Nettleser AS"));
        String per = Arenafil.fnr();
        var fil = new Arenafil();
        fil.linje(per, "INDOPPFAG", orgnr, "2019-01-07", "2019-06-30", "FULLF");
        int ugyldig = fil.linje(per, "INDOPPFAG", orgnr, "2019-03-01", "2019-02-01", "FULLF");
        Path sti = fil.skriv();
        List<String> urler = new CopyOnWriteArrayList<>();
        page.onRequest(r -> urler.add(r.url()));

        DemoLogin.loginAs(page, "admin");
        page.getByRole(AriaRole.LINK, exact(tekst("meny.historikkimport"))).first().click();
        assertThat(h1(page)).hasText(tekst("historikkimport.tittel"));
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, exact(tekst("historikkimport.last-opp"))).click();
        assertThat(page.locator("#fil-feil")).hasText(tekst("historikkimport.fil.paakrevd"));
        assertThat(page.locator("#feiloppsummering a[href='#fil']")).isVisible();
        assertThat(page.getByLabel(tekst("historikkimport.felt.fil"))).hasAttribute("aria-invalid", "true");
        Accessibility.assertAccessible(page);

        page.getByLabel(tekst("historikkimport.felt.fil")).setInputFiles(sti);
        page.getByRole(AriaRole.BUTTON, exact(tekst("historikkimport.last-opp"))).click();
        page.waitForURL(Pattern.compile(".*/historikkimport/[0-9a-f-]{36}$"));
        assertThat(h1(page)).hasText(tekst("historikkimport.kjoring.tittel", sti.getFileName().toString()));
        Locator rapport = page.getByRole(AriaRole.TABLE);
        assertThat(rapport).containsText(tekst("historikkimport.feil.SLUTTDATO_FOR_STARTDATO"), lenge());
        assertThat(rapport.locator("td").first()).hasText(String.valueOf(ugyldig));
        assertThat(page.locator("#fremdrift")).hasAttribute("value", "100");
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.LINK, exact(tekst("meny.revisjonslogg"))).first().click();
        assertThat(h1(page)).hasText(tekst("revisjonslogg.tittel"));
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("revisjonslogg.felt.fodselsnummer")).fill(Arenafil.medFeilKontrollsiffer(per));
        page.getByRole(AriaRole.BUTTON, exact(tekst("revisjonslogg.sok.knapp"))).click();
        assertThat(page.locator("#fodselsnummer-feil")).hasText(tekst("fodselsnummer.ugyldig"));
        Accessibility.assertAccessible(page);

        page.getByLabel(tekst("revisjonslogg.felt.fodselsnummer")).fill(per);
        page.getByRole(AriaRole.BUTTON, exact(tekst("revisjonslogg.sok.knapp"))).click();
        String maskert = per.substring(0, 6) + "*****";
        assertThat(page.getByRole(AriaRole.HEADING, exact(tekst("revisjonslogg.resultat.tittel", maskert)))).isVisible();
        Locator logg = page.getByRole(AriaRole.TABLE);
        assertThat(logg).containsText(tekst("revisjonslogg.formaal.IMPORT"));
        assertThat(logg).containsText(tekst("revisjonslogg.mange-personer"));
        assertThat(page.getByLabel(tekst("revisjonslogg.felt.fodselsnummer"))).hasValue("");
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, exact(tekst("revisjonslogg.kontroll.knapp"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Loggen er hel");
        Accessibility.assertAccessible(page);

        assertThat(urler).isNotEmpty().allSatisfy(u -> assertThat(u).doesNotContain(per));
    }

    @Test
    void theProgressBarFollowsARunningImportAndOffersToContinueAStoppedOne(Page page) {
        // a run that another process is working on: its lock is held here, its progress moved by hand
        String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        UUID id = UUID.randomUUID();
        repository.opprett(id, "stor.csv", new Filsammendrag(sha, 1000, 101), "admin", java.time.Instant.now());
        Connection laas = repository.laasFil(sha).orElseThrow();
        try {
            DemoLogin.loginAs(page, "admin");
            page.navigate("/historikkimport/" + id);
            assertThat(page.locator("#fremdrift")).hasAttribute("value", "0");
            assertThat(page.getByRole(AriaRole.LINK, exact(tekst("historikkimport.oppdater")))).isVisible();
            assertThat(page.locator("#resultat")).hasAttribute("hx-trigger", "every 2s");
            Accessibility.assertAccessible(page);

            jdbc.sql("update deltakelse.historikkimport set linjer_behandlet = 41, antall_nye = 40 where id = :id")
                    .param("id", id).update();

            // htmx replaces the fragment on its next poll: no reload
            assertThat(page.locator("#fremdrift")).hasAttribute("value", "40",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            assertThat(page.locator("#resultat")).containsText(tekst("historikkimport.fremdrift.tekst", 40, 100, 40));
        } finally {
            repository.slippFil(laas, sha);
        }

        assertThat(page.getByRole(AriaRole.BUTTON, exact(tekst("historikkimport.fortsett")))).isVisible(lengeSynlig());
        assertThat(page.locator("#resultat")).not().hasAttribute("hx-trigger", "every 2s");
        Accessibility.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, exact(tekst("historikkimport.fortsett"))).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(tekst("historikkimport.fil.borte"));
        Accessibility.assertAccessible(page);
    }

    private static LocatorAssertions.ContainsTextOptions lenge() {
        return new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
    }

    private static LocatorAssertions.IsVisibleOptions lengeSynlig() {
        return new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
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
