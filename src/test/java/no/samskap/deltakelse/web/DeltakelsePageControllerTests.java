package no.samskap.deltakelse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.deltakelse.DeltakelseDetails;
import no.samskap.deltakelse.DeltakelseProblem;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.deltakelse.PameldingSkjema;
import no.samskap.platform.Url;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.Oppstartstype;
import no.samskap.deltakelse.historikk.DeltakelseshistorikkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The counsellor's enrolment forms: what the page shows when the input or the rules say no, and where it leads. */
@WebMvcTest({DeltakelsePageController.class, PameldingPageController.class})
@Import(Url.class)
@WithMockUser(roles = "VEILEDER")
class DeltakelsePageControllerTests {

    private static final Innlogget VEILEDER =
            new Innlogget("veileder", "Vegard Veileder", Set.of(Rolle.VEILEDER), "0315", List.of());
    private static final UUID ID = UUID.randomUUID();
    private static final UUID GJENNOMFORING = UUID.randomUUID();

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    DeltakelseService service;

    @MockitoBean
    TilgangService tilgang;

    @MockitoBean
    DeltakelseshistorikkService historikk;

    private static DeltakelseDetails deltakelse() {
        return new DeltakelseDetails(ID, GJENNOMFORING, "Kafétrening", "Fretex", Oppstartstype.LOPENDE, "15457612319",
                "Dina Deltaker", DeltakelseStatus.VENTER_PA_OPPSTART, LocalDate.of(2026, 12, 1), null, null, null,
                "0315", "Nav Grünerløkka", 0, List.of(), List.of(), List.of(), new DeltakelseDetails.Handlinger(
                        EnumSet.of(DeltakelseStatus.DELTAR, DeltakelseStatus.IKKE_AKTUELL), true, false, false));
    }

    @Test
    @WithMockUser(roles = "DELTAKER")
    void participantsOpeningTheEnrolmentPagesGoToTheirOwn() {
        when(tilgang.innlogget()).thenReturn(new Innlogget("deltaker", "Dina Deltaker", Set.of(Rolle.DELTAKER), null,
                List.of(), "15457612319"));

        assertThat(mvc.get().uri("/deltakelser")).hasStatus3xxRedirection().hasRedirectedUrl("/mine-deltakelser");
        assertThat(mvc.get().uri("/deltakelser/{id}", ID)).hasStatus3xxRedirection()
                .hasRedirectedUrl("/mine-deltakelser/" + ID);
    }

    @Test
    void anEnrolDateInTheWrongFormatIsShownBesideItsFieldAndNobodyIsEnrolled() {
        when(tilgang.innlogget()).thenReturn(VEILEDER);
        when(service.pameldingSkjema(GJENNOMFORING)).thenReturn(new PameldingSkjema(GJENNOMFORING, "Kafétrening",
                "Fretex", Oppstartstype.LOPENDE, true, 2, 2, 1, "Arbeidstrening", LocalDate.of(2026, 12, 1)));

        var svar = mvc.post().uri("/deltakelser/ny").with(csrf()).param("gjennomforingId", GJENNOMFORING.toString())
                .param("fodselsnummer", "15457612319").param("navn", "Dina Deltaker").param("startdato", "01.12.2026")
                .exchange();

        assertThat(svar).hasStatus(422).hasViewName("deltakelse/pamelding");
        assertThat(svar).model().extractingBindingResult("pameldingForm").hasFieldErrorCode("startdato", "typeMismatch");
        assertThat(svar).bodyText().contains("id=\"startdato-feil\"", "value=\"01.12.2026\"");
        verify(service, never()).meldPa(any());
    }

    @Test
    void aStatusTheRulesDoNotAllowIsShownBesideTheNewStatus() {
        when(tilgang.innlogget()).thenReturn(VEILEDER);
        when(service.hentSom(Rolle.VEILEDER, ID)).thenReturn(deltakelse());
        doThrow(new BusinessRuleViolation(DeltakelseProblem.STATUSOVERGANG_IKKE_TILLATT, "status",
                DeltakelseStatus.VENTER_PA_OPPSTART, DeltakelseStatus.HAR_SLUTTET))
                .when(service).endreStatus(eq(ID), eq(DeltakelseStatus.HAR_SLUTTET), any(), eq(0L));

        var svar = mvc.post().uri("/deltakelser/{id}/status", ID).with(csrf()).param("til", "HAR_SLUTTET")
                .param("version", "0").exchange();

        assertThat(svar).hasStatus(422).hasViewName("deltakelse/status");
        assertThat(svar).model().extractingBindingResult("statusForm")
                .hasFieldErrorCode("til", "deltakelse.status.overgang-ikke-tillatt");
        assertThat(svar).bodyText().contains("id=\"til-feil\"", "href=\"#til\"", "id=\"til\"");
    }

    @Test
    void aStaleVersionAnswers409AndSaysSomeoneElseChangedIt() {
        when(tilgang.innlogget()).thenReturn(VEILEDER);
        when(service.hentSom(Rolle.VEILEDER, ID)).thenReturn(deltakelse());
        doThrow(new StaleVersion("deltakelse", ID)).when(service).endreStatus(eq(ID), any(), any(), any());

        var svar = mvc.post().uri("/deltakelser/{id}/status", ID).with(csrf()).param("til", "DELTAR")
                .param("version", "0").exchange();

        assertThat(svar).hasStatus(409);
        assertThat(svar).bodyText().contains("Noen andre har endret dette");
    }

    @Test
    void aDoneStatusChangeRedirectsToTheEnrolmentWithoutTheNumberInTheUrl() {
        when(tilgang.innlogget()).thenReturn(VEILEDER);

        assertThat(mvc.post().uri("/deltakelser/{id}/status", ID).with(csrf()).param("til", "DELTAR").param("version", "0"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/deltakelser/" + ID)
                .flash().containsKey("melding");
    }
}
