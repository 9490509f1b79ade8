package no.samskap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.TestApi;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.shared.FodselsnummerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;

/**
 * An outcome contract from set-up to payment, each role in the browser: NAV sets up a contract with a rate card (an
 * empty name first: the error beside the field), the provider registers a participant (the fødselsnummer shown masked,
 * never in a URL) and an outcome with evidence and claims its outcomes, the evaluator approves them from the queue,
 * NAV makes the payment run and it pays the rate card's price times the outcomes, and the investor sees the
 * aggregated figures and the chart — no participant. Every page visited passes axe-core.
 */
@BrowserJourney
class OutcomeContractBrowserIT {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Pattern KONTRAKT = Pattern.compile(".*/effektkontrakter/([0-9a-f-]{36})$");
    private static final String API = "/api/v1/effektkontrakter";
    private static final int PRIS = 25_000;

    @Autowired
    MessageSource messages;

    @Value("${local.server.port}")
    int port;

    @Test
    void navSetsUpARateCardTheProviderClaimsTheEvaluatorApprovesNavPaysAndTheInvestorSeesTheAggregate(Page page) {
        String navn = "Jobbvei " + UUID.randomUUID().toString().substring(0, 8);
        String fnr = FodselsnummerFixtures.randomSyntetisk();
        LocalDate start = Utbetalingsperiode.av(Utbetalingsperiode.Periodetype.KVARTAL, LocalDate.now()).fra();
        List<String> urler = new CopyOnWriteArrayList<>();
        page.onRequest(r -> urler.add(r.url()));

        // NAV sets up the contract with a rate card of two metrics
        DemoLogin.loginAs(page, "admin");
        meny(page, "meny.effektkontrakter");
        assertThat(h1(page)).hasText(tekst("effekt.liste.tittel"));
        accessible(page);
        page.getByRole(AriaRole.LINK, exact(tekst("effekt.liste.ny"))).click();
        assertThat(h1(page)).hasText(tekst("effekt.skjema.ny.tittel"));
        accessible(page);
        felt(page, "fra").fill(start.toString());
        felt(page, "til").fill(start.plusYears(2).toString());
        part(page, 0, "NAV", "Nav Oslo", "889640782", "1000000");
        part(page, 1, "FRETEX", "FRETEX AS", "983982433", null);
        part(page, 2, "EVAL", "Uavhengig Evaluering Demo AS", "933333337", null);
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.skjema.legg-til-part"))).click();
        felt(page, "parter3.rolle").selectOption("INVESTOR");
        part(page, 3, "INV", "Samfunnskapital Demo AS", "922222223", "200000");
        felt(page, "parter3.maksUtbetaling").fill("260000");
        felt(page, "parter3.tranche").selectOption("SENIOR");
        felt(page, "utbetaling.andelTilInvestorer").fill("0");
        maal(page, 0, "JOBB", "I jobb", String.valueOf(PRIS), "10");
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.skjema.legg-til", tekst("effekt.skjema.maal-ord")))).click();
        maal(page, 1, "KURS", "Kurs fullført", "5000", "20");
        Response tomtNavn = submit(page, "effekt.skjema.opprett");
        assertThat(tomtNavn.status()).isEqualTo(422);
        assertThat(page.locator("[id='navn-feil']")).hasText(tekst("effekt.paakrevd"));
        ErrorSummary.assertLinksReachTheFields(page);
        accessible(page);
        felt(page, "navn").fill(navn);
        submit(page, "effekt.skjema.opprett");
        page.waitForURL(KONTRAKT);
        String kontrakt = id(page.url());
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("effekt.melding.opprettet"));
        Locator prisliste = page.locator("section[aria-labelledby=prisliste-tittel]");
        assertThat(prisliste).containsText(tekst("effekt.pris.FAST", "25" + NBSP + "000" + NBSP + "NOK"));
        assertThat(prisliste).containsText(tekst("effekt.pris.FAST", "5" + NBSP + "000" + NBSP + "NOK"));
        accessible(page);
        DemoLogin.logout(page);

        // four more participants with an outcome each, through the API, so the investor's figures are not suppressed
        var arrangor = new TestApi(port, "arrangor");
        List<UUID> utfall = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            UUID d = arrangor.opprett(API + "/" + kontrakt + "/deltakere", Map.of("referanse", "API-" + i,
                    "fodselsdato", "1990-01-01", "inntaksdato", start.toString()));
            utfall.add(arrangor.opprett(API + "/" + kontrakt + "/utfall", Map.of("deltakerId", d.toString(),
                    "maal", "JOBB", "dato", LocalDate.now().toString(),
                    "bevis", List.of(Map.of("type", "SERTIFIKAT", "referanse", "BEVIS-" + i)))));
        }

        // the provider registers a participant and an outcome, and claims all its outcomes
        DemoLogin.loginAs(page, "arrangor");
        meny(page, "meny.effektkontrakter");
        page.getByRole(AriaRole.LINK, exact(navn)).click();
        assertThat(h1(page)).hasText(navn);
        accessible(page);
        fane(page, "effekt.fane.deltakere");
        assertThat(h1(page)).hasText(tekst("effekt.deltakere.tittel"));
        accessible(page);
        page.getByLabel(tekst("effekt.felt.referanse"), exactLabel()).fill("SIDE-1");
        page.getByLabel(tekst("effekt.felt.fodselsnummer"), exactLabel()).fill(fnr);
        page.getByLabel(tekst("effekt.felt.inntaksdato"), exactLabel()).fill(start.toString());
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.deltakere.registrer"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("effekt.melding.deltaker-registrert", "SIDE-1"));
        assertThat(page.locator("main")).containsText(fnr.substring(0, 6) + "*****");
        assertThat(page.locator("main")).not().containsText(fnr);
        accessible(page);
        page.getByLabel(tekst("effekt.felt.resultatmaal"), exactLabel()).selectOption("JOBB");
        page.getByLabel(tekst("effekt.felt.utfallsdato"), exactLabel()).fill(LocalDate.now().toString());
        page.getByLabel(tekst("effekt.felt.bevistype"), exactLabel()).selectOption("SERTIFIKAT");
        page.getByLabel(tekst("effekt.felt.bevisreferanse"), exactLabel()).fill("Arbeidsavtale 2026-17");
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.utfall.registrer"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("effekt.melding.utfall-registrert"));
        assertThat(page.locator("section[aria-labelledby=utfall-tittel]")).containsText("Arbeidsavtale 2026-17");
        accessible(page);
        fane(page, "effekt.fane.utfall");
        Locator velg = page.locator("#kravskjema input[type=checkbox][name=utfall]");
        assertThat(velg).hasCount(5);
        for (int i = 0; i < 5; i++) {
            velg.nth(i).check();
        }
        accessible(page);
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.utfall.fremme-krav"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("effekt.melding.krav-fremmet", 5, 0));
        assertThat(page.locator("main table")).containsText(tekst("effekt.kravstatus.TIL_VURDERING"));
        accessible(page);
        DemoLogin.logout(page);

        // the evaluator approves them from the queue, with a reason
        DemoLogin.loginAs(page, "evaluator");
        page.navigate("/effektkontrakter/" + kontrakt);
        accessible(page);
        page.getByRole(AriaRole.LINK, exact(tekst("effekt.handling.vurder-krav"))).click();
        Locator ko = page.locator("input[type=checkbox][name=krav]");
        assertThat(ko).hasCount(5);
        accessible(page);
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.krav.godkjenn-valgte"))).click();
        assertThat(page.locator("[id='begrunnelse-feil']")).hasText(tekst("effekt.begrunnelse-paakrevd"));
        accessible(page);
        for (int i = 0; i < 5; i++) {
            ko.nth(i).check();
        }
        page.getByLabel(tekst("effekt.felt.begrunnelse"), exactLabel()).fill("Arbeidsavtalene er kontrollert.");
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.krav.godkjenn-valgte"))).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(tekst("effekt.melding.vurdert.GODKJENT", 5));
        assertThat(ko).hasCount(0);
        DemoLogin.logout(page);

        // NAV makes the payment run of this quarter: five outcomes at the rate card's price
        DemoLogin.loginAs(page, "admin");
        page.navigate("/effektkontrakter/" + kontrakt);
        fane(page, "effekt.fane.utbetalinger");
        assertThat(h1(page)).hasText(tekst("effekt.utbetalinger.tittel"));
        accessible(page);
        page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.utbetalinger.kjor-knapp"))).click();
        String totalt = "125" + NBSP + "000" + NBSP + "NOK";
        assertThat(page.locator("#kjoring-totalt")).hasText(totalt);
        assertThat(page.locator("main table")).containsText("FRETEX AS");
        assertThat(page.locator("main table")).containsText("Nav Oslo");
        accessible(page);
        fane(page, "effekt.fane.utbetalinger");
        assertThat(page.locator("#takdiagram svg[role=img]")).isVisible();
        accessible(page);

        // NAV's other pages of the contract, each passing axe: reconciliation, one claim, checkpoints, the investors'
        // ledger, a statement, the history, and the amendment editor with a row of every kind
        for (String fane : List.of("effekt.fane.avstemming", "effekt.fane.sjekkpunkter", "effekt.fane.investorer",
                "effekt.fane.versjoner")) {
            fane(page, fane);
            assertThat(h1(page)).hasText(tekst(fane.replace("fane.", "") + ".tittel"));
            accessible(page);
        }
        fane(page, "effekt.fane.krav");
        page.locator("main table a").first().click();
        assertThat(page.locator("main")).containsText("Arbeidsavtalene er kontrollert.");
        accessible(page);
        fane(page, "effekt.fane.oversikt");
        page.getByRole(AriaRole.LINK, exact(tekst("effekt.oppgjor.se", "FRETEX AS"))).click();
        assertThat(page.locator("main")).containsText(totalt);
        accessible(page);
        fane(page, "effekt.fane.oversikt");
        page.getByRole(AriaRole.LINK, exact(tekst("effekt.endre-vilkaar"))).click();
        assertThat(h1(page)).hasText(tekst("effekt.skjema.endre.tittel"));
        for (String rad : List.of("effekt.skjema.milepael", "effekt.skjema.stige", "effekt.skjema.alternativ",
                "effekt.skjema.sjekkpunktregel-ord", "effekt.skjema.skala", "effekt.skjema.planrad",
                "effekt.skjema.planlagt-utfall", "effekt.skjema.planlagt-trekk")) {
            page.getByRole(AriaRole.BUTTON, exact(tekst("effekt.skjema.legg-til", tekst(rad)))).click();
            page.waitForLoadState();
        }
        assertThat(felt(page, "prognose.trekk0.investor")).isVisible();
        assertThat(felt(page, "sjekkpunkter0.sjekkpunkter0.antall")).isVisible();
        accessible(page);
        DemoLogin.logout(page);

        // the investor sees the aggregate and the chart, and no participant
        DemoLogin.loginAs(page, "investor");
        meny(page, "meny.effektkontrakter");
        page.getByRole(AriaRole.LINK, exact(navn)).click();
        accessible(page);
        fane(page, "effekt.fane.investorvisning");
        assertThat(h1(page)).hasText(tekst("effekt.investorvisning.tittel"));
        Locator nokkeltall = page.locator("section[aria-labelledby=iv-nokkeltall-tittel]");
        assertThat(nokkeltall.locator("dd").first()).hasText("5");
        assertThat(nokkeltall).containsText(totalt);
        // the figures per metric: 5 for JOBB but 0 for KURS, so both are suppressed (one alone would be worked out)
        Locator diagram = page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions()
                .setName(tekst("effekt.diagram.resultater.tittel")));
        assertThat(diagram).isVisible();
        assertThat(diagram).containsText(tekst("effekt.prikket"));
        page.locator("#resultatdiagram summary").click();
        assertThat(page.locator("#resultatdiagram table")).containsText("I jobb");
        assertThat(page.locator("#resultatdiagram table")).containsText(tekst("effekt.prikket"));
        String main = page.locator("main").innerText();
        assertThat(main).doesNotContain("SIDE-1").doesNotContain("API-1").doesNotContain(fnr.substring(0, 6))
                .doesNotContain("Arbeidsavtale");
        accessible(page);

        assertThat(urler).isNotEmpty().allSatisfy(u -> assertThat(u).doesNotContain(fnr));
    }

    private static final String NBSP = "\u00a0";

    private void part(Page page, int i, String kode, String navn, String orgnr, String forpliktelse) {
        felt(page, "parter" + i + ".kode").fill(kode);
        felt(page, "parter" + i + ".navn").fill(navn);
        felt(page, "parter" + i + ".organisasjonsnummer").fill(orgnr);
        if (forpliktelse != null) {
            felt(page, "parter" + i + ".forpliktelse").fill(forpliktelse);
        }
    }

    private void maal(Page page, int i, String kode, String navn, String pris, String maalAntall) {
        felt(page, "resultatmaal" + i + ".kode").fill(kode);
        felt(page, "resultatmaal" + i + ".navn").fill(navn);
        felt(page, "resultatmaal" + i + ".maalAntall").fill(maalAntall);
        felt(page, "resultatmaal" + i + ".priser0.type").selectOption("FAST");
        felt(page, "resultatmaal" + i + ".priser0.belop").fill(pris);
        page.locator("[id='resultatmaal" + i + "']").getByLabel(tekst("effekt.bevistype.SERTIFIKAT")).check();
    }

    /** A field of the editor by its id (the field's path without brackets, as Thymeleaf makes it). */
    private static Locator felt(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private Response submit(Page page, String key) {
        Locator button = page.locator("main").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(tekst(key)).setExact(true));
        return page.waitForResponse(r -> "POST".equals(r.request().method()) && !r.request().headers()
                .containsKey("hx-request"), button::click);
    }

    private void meny(Page page, String key) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("layout.hovedmeny")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst(key)).setExact(true)).click();
    }

    private void fane(Page page, String key) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(tekst("effekt.faner")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(tekst(key)).setExact(true)).click();
    }

    private static String id(String url) {
        Matcher m = KONTRAKT.matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        return m.group(1);
    }

    private static void accessible(Page page) {
        page.waitForLoadState();
        Accessibility.assertAccessible(page);
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
