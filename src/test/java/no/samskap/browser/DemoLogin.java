package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/** Logs in and out through the real pages, as a person would (demo users, password {@code demo}). */
public final class DemoLogin {

    public static final String PASSWORD = "demo";

    private DemoLogin() {}

    /** Logs in through the login form and waits for the start page. */
    public static void loginAs(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(page.locator("header form[action$='/logout']")).isVisible();
    }

    /** Logs out with the header's button and waits for the login page. */
    public static void logout(Page page) {
        page.locator("header form[action$='/logout'] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/login\\?logget-ut$"));
    }
}
