package no.samskap.avtale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.AvtaleDetaljer;
import no.samskap.avtale.AvtaleFixtures;
import no.samskap.avtale.AvtaleProblem;
import no.samskap.avtale.AvtaleService;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.platform.Url;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(AvtalePageController.class)
@Import(Url.class)
@WithMockUser(roles = "TILTAKSADMIN")
class AvtalePageControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AvtaleService service;

    @MockitoBean
    TilgangService tilgang;

    @BeforeEach
    void innlogget() {
        when(tilgang.innlogget()).thenReturn(
                new Innlogget("Z999999", "Ada Admin", Set.of(Rolle.TILTAKSADMIN), null, List.of()));
    }

    @Test
    void rerendersBadFormWith422AndAllMessagesBesideTheFields() throws Exception {
        when(service.create(any())).thenThrow(new InvalidInput(List.of(
                FieldViolation.of("navn", AvtaleProblem.NAVN_FOR_KORT, 5),
                FieldViolation.of("navRegioner", AvtaleProblem.REGION_PAAKREVD),
                FieldViolation.of("arrangorHovedenhetId", AvtaleProblem.HOVEDENHET_UKJENT))));

        var result = mvc.post().uri("/avtaler/ny").with(csrf())
                .param("navn", "Kort")
                .param("arrangorOrganisasjonsnummer", "123")
                .exchange();

        assertThat(result).hasStatus(422);
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Skjemaet har feil")
                .contains("Navnet må ha minst 5 tegn.")
                .contains("Velg minst én Nav-region.")
                .contains("Fant ingen registrert arrangør med dette organisasjonsnummeret.")
                .contains("id=\"navn-feil\"")
                .contains("aria-describedby=\"navn-feil\"")
                .contains("id=\"arrangorOrganisasjonsnummer-feil\"")
                .contains("value=\"Kort\"");
    }

    @Test
    void namesTheMissingFieldInsteadOfTheGenericRequiredMessage() throws Exception {
        when(service.create(any())).thenThrow(new InvalidInput(List.of(
                FieldViolation.of("tiltakskode", AvtaleProblem.PAAKREVD),
                FieldViolation.of("startdato", AvtaleProblem.PAAKREVD),
                FieldViolation.of("prismodeller[0].satser[0].belop", AvtaleProblem.PAAKREVD))));

        var result = mvc.post().uri("/avtaler/ny").with(csrf()).param("navn", "Oppfølging Oslo").exchange();

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Velg tiltakstype.", "Skriv inn startdato.", "Skriv inn beløpet.")
                .doesNotContain("Feltet må fylles ut.");
    }

    @Test
    void rerendersFormWithoutSavingWhenChoicesAreUpdated() {
        var result = mvc.post().uri("/avtaler/ny").with(csrf())
                .param("navn", "Oppfølging Oslo")
                .param("oppdater", "1")
                .exchange();

        assertThat(result).hasStatusOk();
        verify(service, never()).create(any());
    }

    @Test
    void makesSaveTheDefaultButtonSoEnterDoesNotOnlyUpdateChoices() throws Exception {
        var result = mvc.get().uri("/avtaler/ny").exchange();

        assertThat(result).hasStatusOk();
        var skjema = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .getElementById("avtale-skjema");
        assertThat(skjema).isNotNull();
        var forsteKnapp = skjema.select("button[type=submit], input[type=submit]").first();
        assertThat(forsteKnapp).isNotNull();
        assertThat(forsteKnapp.hasAttr("name")).as("first submit button %s", forsteKnapp).isFalse();
        assertThat(forsteKnapp.text()).isEqualTo("Lagre");
    }

    @Test
    void linksBackToTheListFromTheNewFormAndToTheAgreementFromTheEditForm() throws Exception {
        var ny = mvc.get().uri("/avtaler/ny").exchange();
        assertThat(ny.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<a href=\"/avtaler\">Tilbake til avtaler</a>");

        var avtale = AvtaleFixtures.avtale();
        when(service.get(avtale.id())).thenReturn(new AvtaleDetaljer(avtale, AvtaleStatus.AKTIV, "Oppfølging", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), true));
        var rediger = mvc.get().uri("/avtaler/" + avtale.id() + "/rediger").exchange();
        assertThat(rediger.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<a href=\"/avtaler/" + avtale.id() + "\">Tilbake til avtalen</a>");
    }

    @Test
    void linksEveryErrorInTheSummaryToItsInput() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        var detaljer = new AvtaleDetaljer(avtale, AvtaleStatus.AKTIV, "Oppfølging", null, List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of(), true);
        when(service.get(avtale.id())).thenReturn(detaljer);
        UUID prismodellId = avtale.prismodeller().getFirst().id();
        doThrow(new InvalidInput(List.of(
                FieldViolation.of("satser[0].gyldigFra", AvtaleProblem.PAAKREVD),
                FieldViolation.of("satser[0].belop", AvtaleProblem.SATS_BELOP_UGYLDIG))))
                .when(service).changePrismodell(eq(avtale.id()), eq(prismodellId), anyLong(), any());

        var result = mvc.post().uri("/avtaler/" + avtale.id() + "/prismodeller/" + prismodellId).with(csrf())
                .param("version", "0")
                .param("type", "AVTALT_PRIS_PER_UKESVERK")
                .param("satser[0].gyldigFra", "")
                .param("satser[0].belop", "-1")
                .exchange();

        assertThat(result).hasStatus(422);
        var side = org.jsoup.Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var lenker = side.select("#feiloppsummering a[href^=\"#\"]");
        assertThat(lenker).extracting(a -> a.attr("href")).containsExactly("#satser0.gyldigFra", "#satser0.belop");
        assertThat(lenker).allSatisfy(a -> assertThat(side.getElementById(a.attr("href").substring(1)))
                .as("target of %s", a.attr("href")).isNotNull());
    }

    @Test
    void redirectsAfterCreate() {
        UUID id = UUID.randomUUID();
        when(service.create(any())).thenReturn(id);

        var result = mvc.post().uri("/avtaler/ny").with(csrf()).param("navn", "Oppfølging Oslo").exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/avtaler/" + id);
    }

    @Test
    void showsAbortRefusalOnTheDetailPageWith422() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        var detaljer = new AvtaleDetaljer(avtale, AvtaleStatus.AKTIV, "Oppfølging", null, List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of(), true);
        when(service.get(avtale.id())).thenReturn(detaljer);
        doThrow(new BusinessRuleViolation(AvtaleProblem.GJENNOMFORING_PAGAR))
                .when(service).abort(eq(avtale.id()), anyLong(), anySet(), any());

        var result = mvc.post().uri("/avtaler/" + avtale.id() + "/avbryt").with(csrf())
                .param("version", "0")
                .param("aarsaker", "BUDSJETT_HANDLINGSROM")
                .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Avtalen kan ikke avbrytes mens en gjennomføring pågår.");
    }

    @Test
    void rejectsMalformedDateWithFieldMessage() throws Exception {
        var result = mvc.post().uri("/avtaler/ny").with(csrf())
                .param("startdato", "i morgen")
                .exchange();

        assertThat(result).hasStatus(422);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("id=\"startdato-feil\"");
        verify(service, never()).create(any());
    }

    @Test
    void rendersListWithSortableHeadersAndStatusBadges() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        var rad = new no.samskap.avtale.persistence.AvtaleRad(avtale.id(), "Oppfølging Oslo", "OPPFOLGING",
                no.samskap.shared.Avtaletype.AVTALE, "24/1234", AvtaleFixtures.HOVEDENHET, AvtaleFixtures.START,
                AvtaleFixtures.SLUTT, AvtaleStatus.AKTIV, Set.of("0300"), 0);
        when(service.list(any(), any(), any())).thenReturn(new no.samskap.platform.Side<>(List.of(
                new no.samskap.avtale.AvtaleSammendrag(rad, "Oppfølging", null)), 0, 25, 1));

        var result = mvc.get().uri("/avtaler?sort=navn").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("aria-sort=\"ascending\"")
                .contains("status-AKTIV")
                .contains("/avtaler/" + avtale.id());
    }

    @Test
    void saysWhenAListedAgreementHasNoProviderOrEndDateInsteadOfAnEmptyCell() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        var rad = new no.samskap.avtale.persistence.AvtaleRad(avtale.id(), "AFT Agder", "ARBEIDSFORBEREDENDE_TRENING",
                no.samskap.shared.Avtaletype.FORHANDSGODKJENT, null, null, AvtaleFixtures.START, null,
                AvtaleStatus.UTKAST, Set.of("1000"), 0);
        when(service.list(any(), any(), any())).thenReturn(new no.samskap.platform.Side<>(List.of(
                new no.samskap.avtale.AvtaleSammendrag(rad, "Arbeidsforberedende trening", null)), 0, 25, 1));

        var result = mvc.get().uri("/avtaler").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Ingen arrangør", "Ingen sluttdato")
                .doesNotContain("<td></td>");
    }

    @Test
    void rendersDetailWithActionsAndEditForm() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        var detaljer = new AvtaleDetaljer(avtale, AvtaleStatus.AKTIV, "Oppfølging", null, List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of(), true);
        when(service.get(avtale.id())).thenReturn(detaljer);

        var detalj = mvc.get().uri("/avtaler/" + avtale.id()).exchange();
        assertThat(detalj).hasStatusOk();
        assertThat(detalj.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Avbryt avtalen", "Registrer opsjon", "Legg til prismodell", "Endringshistorikk");
        var ider = org.jsoup.Jsoup.parse(detalj.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .select("[id]").eachAttr("id");
        assertThat(ider).as("ids on the detail page").doesNotHaveDuplicates();

        var rediger = mvc.get().uri("/avtaler/" + avtale.id() + "/rediger").exchange();
        assertThat(rediger).hasStatusOk();
        assertThat(rediger.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("name=\"version\"", "lging Oslo 2026");

        var prismodell = mvc.get().uri("/avtaler/" + avtale.id() + "/prismodeller/" + avtale.prismodeller().getFirst().id())
                .exchange();
        assertThat(prismodell).hasStatusOk();
        assertThat(prismodell.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("<legend>Satser</legend>");
    }

    @Test
    void letsReadersListTheImplementationsOfAnAgreementWithoutOfferingEdits() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        when(service.get(avtale.id())).thenReturn(new AvtaleDetaljer(avtale, AvtaleStatus.AKTIV, "Oppfølging", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(), false));

        var detalj = mvc.get().uri("/avtaler/" + avtale.id()).exchange();

        assertThat(detalj).hasStatusOk();
        assertThat(detalj.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("/gjennomforinger?avtaleId=" + avtale.id(), "Se gjennomføringer")
                .doesNotContain("/avtaler/" + avtale.id() + "/rediger", "/gjennomforinger/ny");
    }

    @Test
    void offersNoRemoveButtonForAPriceModelInUse() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        UUID iBruk = avtale.prismodeller().getFirst().id();
        when(service.get(avtale.id())).thenReturn(new AvtaleDetaljer(avtale, AvtaleStatus.AKTIV, "Oppfølging", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), Set.of(iBruk), true));

        var detalj = mvc.get().uri("/avtaler/" + avtale.id()).exchange();

        assertThat(detalj).hasStatusOk();
        assertThat(detalj.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Brukes av en gjennomføring")
                .doesNotContain("/prismodeller/" + iBruk + "/fjern");
    }

    @Test
    void acceptsAmountsWithDecimalCommaAndSpaces() {
        var avtale = AvtaleFixtures.avtale();
        var captor = org.mockito.ArgumentCaptor.forClass(no.samskap.avtale.PrismodellUtkast.class);
        when(service.addPrismodell(eq(avtale.id()), anyLong(), captor.capture())).thenReturn(UUID.randomUUID());

        var result = mvc.post().uri("/avtaler/" + avtale.id() + "/prismodeller").with(csrf())
                .param("version", "0")
                .param("type", "AVTALT_PRIS_PER_UKESVERK")
                .param("satser[0].gyldigFra", "2026-01-01")
                .param("satser[0].belop", "21 500,50")
                .param("satser[1].gyldigFra", "")
                .param("satser[1].belop", "")
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(captor.getValue().satser()).singleElement()
                .satisfies(s -> assertThat(s.belop()).isEqualByComparingTo("21500.50"));
    }

    @Test
    void rerendersEditFormWith409WhenSomeoneElseChangedTheAgreement() throws Exception {
        var avtale = AvtaleFixtures.avtale();
        doThrow(new no.samskap.shared.StaleVersion("avtale", avtale.id()))
                .when(service).update(eq(avtale.id()), anyLong(), any());

        var result = mvc.post().uri("/avtaler/" + avtale.id() + "/rediger").with(csrf())
                .param("version", "3")
                .param("navn", "Mitt navn som ikke skal overskrive")
                .exchange();

        assertThat(result).hasStatus(409);
        assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Noen andre har endret dette siden du åpnet det.")
                .contains("value=\"3\"");
    }

    @Test
    void returnsOnlyTheFormToHtmxWhenChoicesAreUpdated() throws Exception {
        var result = mvc.post().uri("/avtaler/ny").with(csrf())
                .header("HX-Request", "true")
                .param("navn", "Oppfølging Oslo")
                .param("oppdater", "1")
                .exchange();

        assertThat(result).hasStatusOk().hasHeader("Vary", "HX-Request");
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).startsWith("<form id=\"avtale-skjema\"").doesNotContain("<h1");
    }
}
