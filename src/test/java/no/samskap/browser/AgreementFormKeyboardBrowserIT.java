package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The agreement form with the keyboard only: Tab reaches every field in reading order and then the save button, and
 * Enter in a text field saves (the form has an auxiliary "Oppdater valg" submit button before the save button); a
 * region chosen with the keyboard keeps the focus when htmx re-renders the form with its offices.
 */
@BrowserJourney
class AgreementFormKeyboardBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final String SAVE = "lagre";
    private static final int MAX_TABS = 120;

    @Autowired
    MessageSource messages;

    @Test
    void tabReachesTheFieldsInOrderAndEnterInATextFieldSaves(Page page) {
        DemoLogin.loginAs(page, "admin");
        page.navigate("/avtaler/ny");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(tekst("avtale.ny.tittel"));
        accessible(page);

        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText(tekst("layout.hopp-til-innhold"));
        page.keyboard().press("Enter");
        assertThat(page.locator("main#hovedinnhold")).isFocused();

        List<String> focused = new ArrayList<>();
        for (int i = 0; i < MAX_TABS && !focused.contains(SAVE); i++) {
            page.keyboard().press("Tab");
            String name = (String) page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      if (e.matches('button[type=submit]:not([name])')) return e.closest('form#avtale-skjema') ? 'lagre' : 'annen-knapp';
                      return e.id || e.name || e.tagName;
                    }""");
            if (focused.isEmpty() || !focused.getLast().equals(name)) {
                focused.add(name);
            }
        }
        assertThat(focused).containsSubsequence(
                "navn", "tiltakskode", "avtaletype", "sakarkivnummer", "arrangorOrganisasjonsnummer",
                "startdato", "sluttdato", "opsjonMaksVarighet", "navRegioner1", "oppdater", "administratorer",
                "beskrivelse", "prismodellType", "prismodellBeskrivelse", "satsGyldigFra", "satsBelop", SAVE);
        assertThat(page.locator(":focus")).hasText(tekst("layout.lagre"));

        // Space on a region re-renders the form with its offices (htmx) and keeps the focus on the region
        var region = page.locator("input[name=navRegioner][value='0300']");
        region.focus();
        page.keyboard().press("Space");
        assertThat(page.locator("input[name=navEnheter][value='0315']")).isVisible();
        assertThat(region).isChecked();
        assertThat(region).isFocused();

        page.locator("#navn").fill("Kort");
        Response response = page.waitForResponse(r -> "POST".equals(r.request().method()), () -> page.locator("#navn").press("Enter"));

        assertThat(response.request().postData()).as("Enter must not send the auxiliary 'Oppdater valg' button").doesNotContain("oppdater=");
        assertThat(response.status()).isEqualTo(422);
        assertThat(page.locator("#feiloppsummering")).containsText(messages.getMessage("avtale.navn-for-kort", new Object[] {5}, NB));
        accessible(page);
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
