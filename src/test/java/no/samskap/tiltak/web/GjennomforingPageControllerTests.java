package no.samskap.tiltak.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.platform.Url;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.AvtaleForGjennomforing;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingFixtures;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.Oppstartstype;
import no.samskap.tiltak.GjennomforingProblem;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.GjennomforingValg;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(GjennomforingPageController.class)
@Import(Url.class)
@WithMockUser(roles = "TILTAKSADMIN")
class GjennomforingPageControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    GjennomforingService service;

    @MockitoBean
    TiltakstypeKatalog tiltakstyper;

    @MockitoBean
    TilgangService tilgang;

    private final AvtaleForGjennomforing avtale = GjennomforingFixtures.anAktivAvtale();

    @BeforeEach
    void setUp() {
        when(tilgang.innlogget())
                .thenReturn(new Innlogget("Z999999", "Ada Admin", Set.of(Rolle.TILTAKSADMIN), null, List.of()));
        var underenhet = new ArrangorInfo(
                GjennomforingFixtures.underenhetOf(avtale), "983982433", "Fretex Oslo", avtale.arrangorHovedenhetId());
        when(service.optionsForAvtale(avtale.id()))
                .thenReturn(new GjennomforingValg(
                        avtale,
                        List.of(underenhet),
                        List.of(new NavEnhetInfo("0315", "Nav Grünerløkka", NavEnhetType.LOKAL, "0300")),
                        List.of()));
    }

    @Test
    void rerendersBadFormWith422AndAllMessagesBesideTheFields() throws Exception {
        when(service.create(any()))
                .thenThrow(new InvalidInput(List.of(
                        FieldViolation.of("navn", GjennomforingProblem.NAVN_PAAKREVD),
                        FieldViolation.of("antallPlasser", GjennomforingProblem.ANTALL_PLASSER_IKKE_POSITIVT),
                        FieldViolation.of("navEnheter", GjennomforingProblem.NAV_ENHETER_PAAKREVD),
                        FieldViolation.of(
                                "navKontaktpersoner[0].navIdent", GjennomforingProblem.NAV_KONTAKTPERSON_IDENT_UGYLDIG),
                        FieldViolation.of("estimertVentetid", GjennomforingProblem.VENTETID_UGYLDIG))));

        var result = mvc.post()
                .uri("/gjennomforinger/ny")
                .with(csrf())
                .param("avtaleId", avtale.id().toString())
                .param("navn", "")
                .param("antallPlasser", "0")
                .param("oppmotested", "Storgata 1")
                .param("navKontaktpersoner[0].navIdent", "x1")
                .param("navKontaktpersoner[0].navn", "Kari")
                .param("navKontaktpersoner[1].navIdent", "")
                .param("ventetidVerdi", "3")
                .exchange();

        assertThat(result).hasStatus(422);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Skjemaet har feil")
                .contains("Skriv inn navnet på gjennomføringen.")
                .contains("Antall plasser må være større enn 0.")
                .contains("Velg minst ett Nav-kontor.")
                .contains("Nav-ident må være én stor bokstav og seks siffer")
                .contains("Estimert ventetid må ha både et antall")
                .contains("id=\"navn-feil\"")
                .contains("aria-describedby=\"navn-feil\"")
                .contains("id=\"navKontaktpersoner[0].navIdent-feil\"")
                .contains("id=\"ventetidVerdi-feil\"")
                .contains(">Storgata 1</textarea>")
                .contains("value=\"x1\"");
        var side = org.jsoup.Jsoup.parse(html);
        var lenker = side.select("#feiloppsummering a[href^=\"#\"]");
        assertThat(lenker).extracting(a -> a.attr("href")).contains("#navKontaktpersoner0.navIdent");
        assertThat(lenker).allSatisfy(a -> assertThat(side.getElementById(a.attr("href").substring(1)))
                .as("target of %s", a.attr("href")).isNotNull());
    }

    @Test
    void showsTheCreateFormWithTheAgreementsChoices() throws Exception {
        var result = mvc.get().uri("/gjennomforinger/ny?avtaleId=" + avtale.id()).exchange();

        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<h1>Ny gjennomføring</h1>")
                .contains(">Tilbake til avtalen</a>")
                .contains("Fretex Oslo (983982433)")
                .contains("Nav Grünerløkka (0315)")
                .contains("for=\"navKontaktpersoner1.navIdent\"")
                .doesNotContain("Avtalen må være aktiv");
    }

    @Test
    void rerendersMalformedDateWith422WithoutCallingTheService() throws Exception {
        var result = mvc.post()
                .uri("/gjennomforinger/ny")
                .with(csrf())
                .param("avtaleId", avtale.id().toString())
                .param("navn", "Jobbklubb Grünerløkka")
                .param("startdato", "31.02.2026")
                .exchange();

        assertThat(result).hasStatus(422);
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Oppgi en dato på formen åååå-mm-dd.").contains("id=\"startdato-feil\"");
        verify(service, never()).create(any());
    }

    @Test
    void redirectsToTheDetailPageAfterCreating() {
        var id = java.util.UUID.randomUUID();
        when(service.create(any())).thenReturn(id);

        var result = mvc.post()
                .uri("/gjennomforinger/ny")
                .with(csrf())
                .param("avtaleId", avtale.id().toString())
                .param("navn", "Jobbklubb Grünerløkka")
                .exchange();

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/gjennomforinger/" + id);
    }

    @Test
    void showsChangedBySomeoneElseWith409WhenAnActionIsStale() throws Exception {
        var id = java.util.UUID.randomUUID();
        doThrow(new no.samskap.shared.StaleVersion("gjennomforing", id)).when(service).publish(eq(id), anyLong());
        when(service.get(id)).thenReturn(details(id));
        when(service.history(id)).thenReturn(List.of());

        var result = mvc.post()
                .uri("/gjennomforinger/" + id + "/publiser")
                .with(csrf())
                .param("version", "3")
                .exchange();

        assertThat(result).hasStatus(409);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Noen andre har endret dette siden du åpnet det.")
                .contains("Jobbklubb Grünerløkka");
    }

    @Test
    void linksTheAgreementOnlyForUsersWhoMaySeeAgreements() throws Exception {
        var id = java.util.UUID.randomUUID();
        when(service.get(id)).thenReturn(details(id));
        when(service.history(id)).thenReturn(List.of());

        var admin = mvc.get().uri("/gjennomforinger/" + id).exchange();
        assertThat(admin.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("href=\"/avtaler/");

        when(tilgang.innlogget())
                .thenReturn(new Innlogget("V123456", "Vegard Veileder", Set.of(Rolle.VEILEDER), "0315", List.of()));
        var veileder = mvc.get().uri("/gjennomforinger/" + id).exchange();
        assertThat(veileder).hasStatusOk();
        assertThat(veileder.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("href=\"/avtaler/");
    }

    @Test
    void showsAbortErrorsBesideTheFieldsWith422() throws Exception {
        var id = java.util.UUID.randomUUID();
        doThrow(new InvalidInput(List.of(
                        FieldViolation.of("sluttdato", GjennomforingProblem.AVBRYT_SLUTTDATO_PAAKREVD),
                        FieldViolation.of("aarsak", GjennomforingProblem.AVBRYT_AARSAK_PAAKREVD))))
                .when(service)
                .abort(any());
        when(service.get(id)).thenReturn(details(id));
        when(service.history(id)).thenReturn(List.of());

        var result = mvc.post()
                .uri("/gjennomforinger/" + id + "/avbryt")
                .with(csrf())
                .param("version", "3")
                .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Skriv inn ny sluttdato.")
                .contains("Skriv inn årsaken til at gjennomføringen avbrytes.")
                .contains("aria-describedby=\"aarsak-feil\"");
    }

    @Test
    void listsWithSortableHeadersStatusBadgesAndPaging() throws Exception {
        var rad = new no.samskap.tiltak.GjennomforingSummary(
                java.util.UUID.randomUUID(),
                "Jobbklubb Grünerløkka",
                "OPPFOLGING",
                "Oppfølging",
                avtale.id(),
                GjennomforingFixtures.underenhetOf(avtale),
                "Fretex Oslo",
                java.time.LocalDate.of(2026, 3, 1),
                null,
                12,
                Oppstartstype.LOPENDE,
                GjennomforingStatus.AVLYST,
                true,
                false);
        when(service.list(any())).thenReturn(new no.samskap.platform.Side<>(List.of(rad), 0, 25, 30));

        var result = mvc.get().uri("/gjennomforinger?sort=navn&status=AVLYST&q=jobb").exchange();

        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<h1>Gjennomføringer</h1>")
                .contains("aria-sort=\"ascending\"")
                .contains("aria-sort=\"none\"")
                .contains("class=\"status status-AVLYST\"")
                .contains("Jobbklubb Grünerløkka")
                .contains("Side 1 av 2 (30 treff)")
                .contains("rel=\"next\"");
        assertThat(result.getResponse().getHeaders("Vary")).contains("HX-Request");
    }

    @Test
    void answersHtmxWithOnlyTheResultFragment() throws Exception {
        when(service.list(any())).thenReturn(new no.samskap.platform.Side<>(List.of(), 0, 25, 0));

        var result = mvc.get().uri("/gjennomforinger").header("HX-Request", "true").exchange();

        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"resultat\"").contains("Ingen treff.").doesNotContain("<h1>");
    }

    private GjennomforingDetails details(java.util.UUID id) {
        return new GjennomforingDetails(
                id,
                avtale.id(),
                avtale.navn(),
                "OPPFOLGING",
                "Oppfølging",
                GjennomforingFixtures.underenhetOf(avtale),
                "Fretex Oslo",
                "983982433",
                "Jobbklubb Grünerløkka",
                java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 12, 31),
                12,
                Oppstartstype.FELLES,
                true,
                GjennomforingFixtures.prismodellOf(avtale),
                null,
                List.of(new NavEnhetInfo("0315", "Nav Grünerløkka", NavEnhetType.LOKAL, "0300")),
                List.of(),
                List.of(),
                null,
                null,
                null,
                false,
                false,
                GjennomforingStatus.GJENNOMFORES,
                null,
                null,
                3,
                new GjennomforingDetails.Handlinger(true, true, false, true, false, true, false));
    }
}
