package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;

/** Checks of a form's error summary ({@code layout/fragments :: feiloppsummering}). */
final class ErrorSummary {

    private ErrorSummary() {}

    /** The summary is shown, and each of its links jumps to an element that exists on the page (the field). */
    static void assertLinksReachTheFields(Page page) {
        assertThat(page.locator("#feiloppsummering")).isVisible();
        page.waitForLoadState(); // the summary is at the top: the fields below may still be parsing
        List<?> broken = (List<?>) page.evaluate("""
                () => [...document.querySelectorAll('#feiloppsummering a[href^="#"]')]
                        .map(a => decodeURIComponent(a.getAttribute('href').substring(1)))
                        .filter(id => !document.getElementById(id))""");
        assertThat(broken).as("error summary links without a target on " + page.url()).isEmpty();
    }
}
