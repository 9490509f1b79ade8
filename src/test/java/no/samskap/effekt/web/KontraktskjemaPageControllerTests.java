package no.samskap.effekt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import no.samskap.effekt.EffektProblem;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.Innsyn;
import no.samskap.platform.Url;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.StaleVersion;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * NAV's contract editor: a service's error at a nested path (a rate-card line, a band of a graded scale, the parties as
 * a whole) lands beside that field and in the error summary; "add row" shows the form again and saves nothing; bands
 * that cannot be read never reach the service; a stale amendment is 409.
 */
@WebMvcTest(KontraktskjemaPageController.class)
@Import({Url.class, EffektWebFixtures.FastKlokke.class})
@WithMockUser(roles = "TILTAKSADMIN")
class KontraktskjemaPageControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EffektkontraktService kontrakter;

    @MockitoBean
    GjennomforingService gjennomforinger;

    @MockitoBean
    TilgangService tilgang;

    @BeforeEach
    void nav() {
        when(tilgang.innlogget()).thenReturn(EffektWebFixtures.NAV);
    }

    private MvcTestResult post(String uri, String... felter) {
        var request = mvc.post().uri(uri).with(csrf()).param("navn", "Jobbvei").param("valuta", "NOK")
                .param("fra", "2026-01-01").param("til", "2027-12-31").param("parter[0].rolle", "UTFALLSBETALER")
                .param("parter[0].kode", "NAV").param("resultatmaal[0].kode", "JOBB")
                .param("resultatmaal[0].priser[0].type", "TRINNSKALA");
        for (int i = 0; i < felter.length; i += 2) {
            request = request.param(felter[i], felter[i + 1]);
        }
        return request.exchange();
    }

    @Test
    void anErrorAtANestedPathIsShownBesideItsFieldOrTheNearestEnclosingOne() {
        when(kontrakter.opprett(any())).thenThrow(new InvalidInput(List.of(
                FieldViolation.of("resultatmaal[0].priser[0].belop", EffektProblem.PAAKREVD),
                FieldViolation.of("resultatmaal[0].priser[0].trinn[1].belop", EffektProblem.BELOP_NEGATIVT),
                FieldViolation.of("parter", EffektProblem.EVALUATOR_EN))));

        var svar = post("/effektkontrakter/ny", "resultatmaal[0].priser[0].trinn", "2=5000; 3=10000");

        assertThat(svar).hasStatus(422).hasViewName("effekt/skjema");
        assertThat(svar).model().extractingBindingResult("kontraktForm")
                .hasFieldErrorCode("resultatmaal[0].priser[0].belop", "effekt.paakrevd")
                .hasFieldErrorCode("resultatmaal[0].priser[0].trinn", "effekt.belop-negativt")
                .hasFieldErrorCode("parter", "effekt.evaluator-en");
        assertThat(svar).bodyText().contains("id=\"resultatmaal0.priser0.belop-feil\"",
                "href=\"#resultatmaal0.priser0.belop\"", "id=\"resultatmaal0.priser0.trinn-feil\"",
                "id=\"parter-feil\"", "id=\"feiloppsummering\"", "value=\"2=5000; 3=10000\"");
    }

    @Test
    void addingARowShowsTheFormAgainWithTheRowAndSavesNothing() {
        var svar = post("/effektkontrakter/ny", "handling", "leggTil:resultatmaal[0].priser");

        assertThat(svar).hasStatusOk().hasViewName("effekt/skjema");
        assertThat(svar).bodyText().contains("id=\"resultatmaal0.priser1.belop\"", "value=\"Jobbvei\"");
        verify(kontrakter, never()).opprett(any());
    }

    @Test
    void removingARowOfANameThatIsNoListChangesNothing() {
        var svar = post("/effektkontrakter/ny", "handling", "fjern:navn[0]");

        assertThat(svar).hasStatusOk().hasViewName("effekt/skjema");
        assertThat(svar).bodyText().contains("value=\"Jobbvei\"", "id=\"resultatmaal0.priser0.belop\"");
        verify(kontrakter, never()).opprett(any());
    }

    @Test
    void bandsThatCannotBeReadAreShownBesideTheirFieldAndNeverReachTheService() {
        var svar = post("/effektkontrakter/ny", "resultatmaal[0].priser[0].trinn", "fra to = fem");

        assertThat(svar).hasStatus(422);
        assertThat(svar).model().extractingBindingResult("kontraktForm")
                .hasFieldErrorCode("resultatmaal[0].priser[0].trinn", "effekt.skjema.trinn-ugyldig");
        verify(kontrakter, never()).opprett(any());
    }

    @Test
    void anAmendmentOfAStaleVersionAnswers409AndSaysSomeoneElseChangedIt() {
        when(kontrakter.hent(EffektWebFixtures.KONTRAKT)).thenReturn(EffektWebFixtures.kontrakt(Innsyn.NAV));
        org.mockito.Mockito.doThrow(new StaleVersion("effektkontrakt", EffektWebFixtures.KONTRAKT))
                .when(kontrakter).endreVilkaar(any());

        var svar = post("/effektkontrakter/" + EffektWebFixtures.KONTRAKT + "/endre", "version", "2",
                "gjelderFra", "2026-04-01", "begrunnelse", "Ny pris", "resultatmaal[0].priser[0].trinn", "2=5000");

        assertThat(svar).hasStatus(409).hasViewName("effekt/skjema");
        assertThat(svar).bodyText().contains("Noen andre har endret dette", "name=\"version\" value=\"2\"");
    }

    @Test
    void onlyNavGetsTheAmendmentForm() {
        when(kontrakter.hent(EffektWebFixtures.KONTRAKT)).thenReturn(EffektWebFixtures.kontrakt(Innsyn.EVALUATOR));

        assertThat(mvc.get().uri("/effektkontrakter/{id}/endre", EffektWebFixtures.KONTRAKT)).hasStatus(403);
    }
}
