package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * What the other roles see in the browser: the counsellor only published implementations and no admin pages; the
 * provider only its own organisation's agreements. Data is set up by the admin through the API; every page visited
 * passes axe-core.
 */
@BrowserJourney
class RoleAccessBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    /** The demo user {@code arrangor} acts for this hovedenhet and its underenhet. */
    private static final String DEMO_HOVEDENHET = "983982433";
    private static final String DEMO_UNDERENHET = "992943084";

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    @Test
    void counsellorSeesOnlyPublishedImplementationsAndGetsTheForbiddenPageForAdminForms(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        var admin = new JourneyApi(port, "admin");
        Leverandor arrangor = nyArrangor(admin, id);
        UUID avtale = admin.opprett("/api/v1/avtaler", avtale("Oppfølging Oslo " + id, arrangor));
        String publisert = "Publisert jobbklubb " + id;
        String upublisert = "Upublisert jobbklubb " + id;
        UUID publisertId = admin.opprett("/api/v1/gjennomforinger", gjennomforing(admin, avtale, arrangor, publisert));
        admin.opprett("/api/v1/gjennomforinger", gjennomforing(admin, avtale, arrangor, upublisert));
        admin.handling("/api/v1/gjennomforinger/" + publisertId, "publiser");

        DemoLogin.loginAs(page, "veileder");
        Locator meny = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")));
        assertThat(meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst("meny.arrangorer")))).hasCount(0);
        meny.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst("meny.gjennomforinger")).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(tekst("gjennomforing.liste.tittel"));
        accessible(page);

        page.locator("#q").fill(id);
        page.locator("#q").press("Enter");
        assertThat(page.getByRole(AriaRole.LINK, exact(publisert))).isVisible();
        assertThat(page.locator("main")).not().containsText(upublisert);
        accessible(page);

        page.getByRole(AriaRole.LINK, exact(publisert)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(publisert);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(tekst("gjennomforing.handling.avpubliser")))).hasCount(0);
        accessible(page);

        var response = page.navigate("/arrangorer/ny");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText(tekst("feilside.403"));
        accessible(page);
    }

    @Test
    void providerSeesItsOwnAgreementsButNotAnotherProvidersOnes(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        var admin = new JourneyApi(port, "admin");
        UUID demoHoved = admin.finnEllerRegistrerArrangor(Map.of("organisasjonsnummer", DEMO_HOVEDENHET, "navn", "Demo Arbeid AS"));
        UUID demoUnder = admin.finnEllerRegistrerArrangor(Map.of(
                "organisasjonsnummer", DEMO_UNDERENHET, "navn", "Demo Arbeid Oslo", "hovedenhetId", demoHoved.toString()));
        String egen = "Egen avtale " + id;
        String annen = "Annen arrangørs avtale " + id;
        UUID egenId = admin.opprett("/api/v1/avtaler", avtale(egen, new Leverandor(demoHoved, demoUnder, DEMO_UNDERENHET)));
        UUID annenId = admin.opprett("/api/v1/avtaler", avtale(annen, nyArrangor(admin, id)));

        DemoLogin.loginAs(page, "arrangor");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst("meny.avtaler")).setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(tekst("avtale.liste.tittel"));
        assertThat(page.getByRole(AriaRole.LINK, exact(tekst("avtale.liste.ny")))).hasCount(0);
        accessible(page);

        page.locator("#q").fill(id);
        page.locator("#q").press("Enter");
        assertThat(page.getByRole(AriaRole.LINK, exact(egen))).isVisible();
        assertThat(page.locator("main")).not().containsText(annen);
        accessible(page);

        page.getByRole(AriaRole.LINK, exact(egen)).click();
        assertThat(page).hasURL(Pattern.compile(".*/avtaler/" + egenId + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(egen);
        assertThat(page.getByRole(AriaRole.LINK, exact(tekst("avtale.detalj.rediger")))).hasCount(0);
        accessible(page);

        var response = page.navigate("/avtaler/" + annenId);
        assertThat(response.status()).isIn(403, 404);
        assertThat(page.locator("main")).not().containsText(annen);
        accessible(page);
    }

    /** A hovedenhet with one underenhet. */
    private record Leverandor(UUID hovedenhet, UUID underenhet, String underenhetOrgnr) {}

    private static Leverandor nyArrangor(JourneyApi admin, String id) {
        UUID hoved = admin.opprett("/api/v1/arrangorer", Map.of("organisasjonsnummer", OrgnrFixtures.random(), "navn", "Annen Arbeid AS " + id));
        String underOrgnr = OrgnrFixtures.random();
        UUID under = admin.opprett("/api/v1/arrangorer", Map.of(
                "organisasjonsnummer", underOrgnr, "navn", "Annen Arbeid Oslo " + id, "hovedenhetId", hoved.toString()));
        return new Leverandor(hoved, under, underOrgnr);
    }

    private static Map<String, Object> avtale(String navn, Leverandor arrangor) {
        var avtale = new LinkedHashMap<String, Object>();
        avtale.put("navn", navn);
        avtale.put("tiltakskode", "OPPFOLGING");
        avtale.put("avtaletype", "RAMMEAVTALE");
        avtale.put("sakarkivnummer", "2024/1234");
        avtale.put("arrangorHovedenhetId", arrangor.hovedenhet().toString());
        avtale.put("arrangorUnderenheter", List.of(arrangor.underenhet().toString()));
        avtale.put("startdato", "2026-01-01");
        avtale.put("sluttdato", "2030-12-31");
        avtale.put("navRegioner", List.of("0300"));
        avtale.put("navEnheter", List.of("0315"));
        avtale.put("administratorer", List.of("Z123456"));
        avtale.put("prismodeller", List.of(Map.of(
                "type", "AVTALT_PRIS_PER_MANEDSVERK",
                "satser", List.of(Map.of("gyldigFra", "2026-01-01", "belop", 21500)))));
        return avtale;
    }

    private static Map<String, Object> gjennomforing(JourneyApi admin, UUID avtale, Leverandor arrangor, String navn) {
        String prismodell = admin.get("/api/v1/avtaler/" + avtale).get("prismodeller").get(0).get("id").asString();
        var g = new LinkedHashMap<String, Object>();
        g.put("avtaleId", avtale.toString());
        g.put("arrangorId", arrangor.underenhet().toString());
        g.put("navn", navn);
        g.put("startdato", "2026-12-01");
        g.put("sluttdato", "2027-06-30");
        g.put("antallPlasser", 10);
        g.put("oppstartstype", "LOPENDE");
        g.put("prismodellId", prismodell);
        g.put("navEnheter", List.of("0315"));
        return g;
    }

    private static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
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
