package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.deltakelse.DeltakelseTestdata;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * The enrolment flow of all three roles in the browser: the counsellor enrols a person from the catalog, the provider
 * proposes to end the enrolment with a reason, the counsellor approves from the notification, and the participant sees
 * the ended enrolment and the answered proposal on a 375 px wide phone screen. And the waiting list: a full
 * implementation puts the next person on it, and when a place frees the counsellor is notified. Every page passes
 * axe-core; the fødselsnummer is never in a URL.
 */
@BrowserJourney
class EnrolmentFlowBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Pattern DELTAKELSE = Pattern.compile(".*/deltakelser/([0-9a-f-]{36})$");

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    @Test
    void counsellorEnrolsProviderProposesAnEndCounsellorApprovesAndTheParticipantSeesItOnAPhone(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String tiltak = "Kafétrening " + id;
        String person = "Dina Reise " + id;
        UUID gjennomforing = new DeltakelseTestdata(port).apenHosDemoArrangor(tiltak, "LOPENDE", 5);
        List<String> urler = new CopyOnWriteArrayList<>();
        page.onRequest(r -> urler.add(r.url()));

        // the counsellor enrols the person from the catalog
        DemoLogin.loginAs(page, "veileder");
        page.navigate("/katalog/" + gjennomforing);
        Accessibility.assertAccessible(page);
        page.getByRole(AriaRole.LINK, exact(tekst("deltakelse.pamelding.meld-pa"))).click();
        assertThat(h1(page)).hasText(tekst("deltakelse.pamelding.tittel"));
        assertThat(page.locator("main")).containsText(tekst("deltakelse.pamelding.ledig"));
        assertThat(page.getByLabel(tekst("deltakelse.felt.innhold"))).not().hasValue("");
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.pamelding.meld-pa"))).click();
        assertThat(page.locator("#navn-feil")).hasText(tekst("deltakelse.navn.paakrevd"));
        ErrorSummary.assertLinksReachTheFields(page);
        Accessibility.assertAccessible(page);

        page.getByLabel(tekst("deltakelse.felt.fodselsnummer")).fill(DeltakelseTestdata.DELTAKER_FNR);
        page.getByLabel(tekst("deltakelse.felt.navn"), exactLabel()).fill(person);
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.pamelding.meld-pa"))).click();
        page.waitForURL(DELTAKELSE);
        String deltakelse = idFra(page.url());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("deltakelse.melding.pameldt.VENTER_PA_OPPSTART",
                person, "154576*****", tiltak));
        assertThat(page.locator("main")).not().containsText(DeltakelseTestdata.DELTAKER_FNR);
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.LINK, exact(tekst("deltakelse.handling.endre-status"))).click();
        assertThat(h1(page)).hasText(tekst("deltakelse.status.tittel"));
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("deltakelse.status.DELTAR"), exactLabel()).check();
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.status.lagre"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                tekst("deltakelse.melding.status-endret", tekst("deltakelse.status.DELTAR")));
        DemoLogin.logout(page);

        // the provider proposes to end it, with a reason
        DemoLogin.loginAs(page, "arrangor");
        meny(page).getByRole(AriaRole.LINK, menypunkt(tekst("meny.deltakere"))).click();
        assertThat(h1(page)).hasText(tekst("deltakelse.liste.tittel.arrangor"));
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("deltakelse.felt.tiltak"), exactLabel()).selectOption(gjennomforing.toString());
        page.getByRole(AriaRole.BUTTON, exact(tekst("layout.filtrer"))).click();
        page.getByRole(AriaRole.LINK, exact(person)).click();
        assertThat(h1(page)).hasText(person);
        assertThat(page.locator("main")).containsText("154576*****");
        Accessibility.assertAccessible(page);

        page.getByRole(AriaRole.LINK, exact(tekst("deltakelse.forslag.foreslaa.AVSLUTT"))).click();
        assertThat(h1(page)).hasText(tekst("deltakelse.forslag.foreslaa.AVSLUTT"));
        Accessibility.assertAccessible(page);
        // an end today takes effect at once (a later one when its day has passed, see DeltakelseFlytIT)
        LocalDate idag = LocalDate.now(ZoneId.of("Europe/Oslo"));
        page.getByLabel(tekst("deltakelse.felt.sluttdato"), exactLabel()).fill(idag.toString());
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.forslag.send"))).click();
        assertThat(page.locator("#aarsak-feil")).hasText(tekst("deltakelse.forslag.aarsak.paakrevd"));
        ErrorSummary.assertLinksReachTheFields(page);
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("deltakelse.felt.aarsak"), exactLabel()).selectOption("FATT_JOBB");
        page.getByLabel(tekst("deltakelse.forslag.begrunnelse"), exactLabel()).fill("Har fått fast jobb i kafeen.");
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.forslag.send"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("deltakelse.melding.foreslatt"));
        assertThat(page.locator(".forslagsliste")).containsText(tekst("deltakelse.forslagsstatus.VENTER"));
        DemoLogin.logout(page);

        // the counsellor sees the notification and approves
        DemoLogin.loginAs(page, "veileder");
        assertThat(meny(page).getByRole(AriaRole.LINK, menypunkt(tekst("meny.varsler"))))
                .hasAccessibleName(Pattern.compile("^" + tekst("meny.varsler") + " \\(\\d+ nye\\)$"));
        meny(page).getByRole(AriaRole.LINK, menypunkt(tekst("meny.varsler"))).click();
        assertThat(h1(page)).hasText(tekst("deltakelse.varsler.tittel"));
        Accessibility.assertAccessible(page);
        Locator varsel = page.locator(".varselliste > li").filter(new Locator.FilterOptions().setHasText(tiltak)).first();
        assertThat(varsel).containsText(tekst("deltakelse.varseltype.NYTT_FORSLAG"));
        varsel.getByRole(AriaRole.BUTTON).click();
        page.waitForURL(Pattern.compile(".*/deltakelser/" + deltakelse + "$"));
        Accessibility.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.forslag.godkjenn", tekst("deltakelse.forslagstype.AVSLUTT").toLowerCase(NB))))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("deltakelse.melding.godkjent"));
        assertThat(page.locator("main")).containsText(tekst("deltakelse.status.HAR_SLUTTET"));
        Accessibility.assertAccessible(page);
        DemoLogin.logout(page);

        // the participant sees it on a phone
        page.setViewportSize(375, 812);
        DemoLogin.loginAs(page, "deltaker");
        assertNoHorizontalScrolling(page);
        Locator mineTiltak = meny(page).getByRole(AriaRole.LINK, menypunkt(tekst("meny.mine-deltakelser")));
        assertThat(mineTiltak.boundingBox().height).as("tap target height").isGreaterThanOrEqualTo(44);
        mineTiltak.click();
        assertThat(h1(page)).hasText(tekst("deltakelse.mine.tittel"));
        Accessibility.assertAccessible(page);
        assertNoHorizontalScrolling(page);
        Locator kort = page.getByRole(AriaRole.LINK, exact(tiltak));
        assertThat(kort).isVisible();
        assertThat(kort.boundingBox().height).as("tap target height").isGreaterThanOrEqualTo(44);
        kort.click();
        assertThat(h1(page)).hasText(tiltak);
        assertThat(page.locator("main")).containsText(tekst("deltakelse.status.HAR_SLUTTET"));
        assertThat(page.locator("main")).containsText(tekst("deltakelse.status.forklaring.HAR_SLUTTET"));
        assertThat(page.locator("main")).containsText(idag.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Locator forslag = page.locator(".forslagsliste > li").first();
        assertThat(forslag).containsText(tekst("deltakelse.forslagstype.AVSLUTT"));
        assertThat(forslag).containsText(tekst("deltakelse.forslagsstatus.GODKJENT"));
        assertThat(forslag).containsText("Har fått fast jobb i kafeen.");
        assertThat(page.getByRole(AriaRole.HEADING, exact(tekst("deltakelse.mine.kontaktperson")))).isVisible();
        Accessibility.assertAccessible(page);
        assertNoHorizontalScrolling(page);

        assertThat(urler).isNotEmpty().allSatisfy(u -> assertThat(u).doesNotContain(DeltakelseTestdata.DELTAKER_FNR));
    }

    @Test
    void aFullImplementationPutsTheNextOnTheWaitingListAndAFreedPlaceNotifiesTheCounsellor(Page page) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String tiltak = "Ett plass " + id;
        var testdata = new DeltakelseTestdata(port);
        UUID gjennomforing = testdata.apenHosDemoArrangor(tiltak, "LOPENDE", 1);
        UUID forste = testdata.meldPa(gjennomforing, FodselsnummerFixtures.randomSyntetisk(), "Først Testesen " + id);
        String venter = "Venter Testesen " + id;

        DemoLogin.loginAs(page, "veileder");
        page.navigate("/deltakelser/ny?gjennomforingId=" + gjennomforing);
        assertThat(page.locator("main")).containsText(tekst("deltakelse.pamelding.full"));
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("deltakelse.felt.fodselsnummer")).fill(FodselsnummerFixtures.randomSyntetisk());
        page.getByLabel(tekst("deltakelse.felt.navn"), exactLabel()).fill(venter);
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.pamelding.meld-pa"))).click();
        page.waitForURL(DELTAKELSE);
        String venterId = idFra(page.url());
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(tekst("deltakelse.status.VENTELISTE").toLowerCase(NB));
        assertThat(page.locator("main .katalog-meta")).containsText(tekst("deltakelse.status.VENTELISTE"));
        Accessibility.assertAccessible(page);

        page.navigate("/deltakelser/" + forste + "/status");
        page.getByLabel(tekst("deltakelse.status.IKKE_AKTUELL"), exactLabel()).check();
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.status.lagre"))).click();
        assertThat(page.locator("#aarsak-feil")).hasText(tekst("deltakelse.aarsak.paakrevd"));
        ErrorSummary.assertLinksReachTheFields(page);
        Accessibility.assertAccessible(page);
        page.getByLabel(tekst("deltakelse.felt.aarsak"), exactLabel()).selectOption("FIKK_IKKE_PLASS");
        page.getByRole(AriaRole.BUTTON, exact(tekst("deltakelse.status.lagre"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(
                tekst("deltakelse.melding.status-endret", tekst("deltakelse.status.IKKE_AKTUELL")));

        meny(page).getByRole(AriaRole.LINK, menypunkt(tekst("meny.varsler"))).click();
        Locator varsel = page.locator(".varselliste > li").filter(new Locator.FilterOptions().setHasText(tiltak)).first();
        assertThat(varsel).containsText(tekst("deltakelse.varseltype.PLASS_TILBUDT"));
        assertThat(varsel).containsText(tekst("deltakelse.varsler.ny"));
        Accessibility.assertAccessible(page);
        varsel.getByRole(AriaRole.BUTTON).click();
        page.waitForURL(Pattern.compile(".*/deltakelser/" + venterId + "$"));
        assertThat(h1(page)).hasText(venter);
        assertThat(page.locator("main .katalog-meta")).containsText(tekst("deltakelse.status.VENTER_PA_OPPSTART"));
        Accessibility.assertAccessible(page);

        page.navigate("/varsler");
        assertThat(page.locator(".varselliste > li").filter(new Locator.FilterOptions().setHasText(tiltak)).first())
                .not().containsText(tekst("deltakelse.varsler.ny"));
    }

    private static void assertNoHorizontalScrolling(Page page) {
        Object passer = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
        assertThat(passer).as("page wider than the viewport: " + page.url()).isEqualTo(true);
    }

    private static String idFra(String url) {
        Matcher m = DELTAKELSE.matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        return m.group(1);
    }

    private Locator meny(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")));
    }

    private static Locator.GetByRoleOptions menypunkt(String navn) {
        // not exact: the entry's name may end in its count ("Varsler (2 nye)")
        return new Locator.GetByRoleOptions().setName(navn);
    }

    private static Locator h1(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Page.GetByRoleOptions exact(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private static Page.GetByLabelOptions exactLabel() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private String tekst(String key, Object... args) {
        return messages.getMessage(key, args, NB);
    }
}
