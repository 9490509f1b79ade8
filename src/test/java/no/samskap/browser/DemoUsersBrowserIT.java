package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every demo user logs in through the login page, sees their role's start page, can skip to the content, logs out. */
@BrowserJourney
class DemoUsersBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @CsvSource({
        "admin, TILTAKSADMIN",
        "veileder, VEILEDER",
        "arrangor, ARRANGOR",
        "deltaker, DELTAKER",
        "investor, INVESTOR",
        "evaluator, EVALUATOR",
        "partnerskap, PARTNERSKAP"
    })
    void logsInSeesTheRolesStartPageSkipsToContentAndLogsOut(String username, String rolle, Page page) {
        page.navigate("/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("login.tittel"));
        Accessibility.assertAccessible(page);

        DemoLogin.loginAs(page, username);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("start.tittel"));
        assertThat(page.locator("header .bruker")).containsText("(" + text("rolle." + rolle) + ")");
        assertThat(page.locator("main")).containsText(text("start.rolle." + rolle));
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(text("layout.hovedmeny"))))
                .isVisible();
        Accessibility.assertAccessible(page);

        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText(text("layout.hopp-til-innhold"));
        assertThat(page.locator(".skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("main#hovedinnhold")).isFocused();

        DemoLogin.logout(page);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(text("login.logget-ut"));
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }

    @Test
    void showsAnAccessibleNotFoundPage(Page page) {
        DemoLogin.loginAs(page, "admin");

        var response = page.navigate("/finnes-ikke");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(text("feilside.tittel"));
        assertThat(page.locator("main")).containsText(text("feilside.404"));
        Accessibility.assertAccessible(page);
    }

    @Test
    void showsAnErrorOnTheLoginPageForAWrongPassword(Page page) {
        page.navigate("/login");
        page.locator("#username").fill("admin");
        page.locator("#password").fill("feil");
        page.locator("main form button[type=submit]").click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText(text("login.feil"));
        Accessibility.assertAccessible(page);
    }

    private String text(String key) {
        return messages.getMessage(key, null, NB);
    }
}
