package no.samskap.effekt.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.EffektProblem;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.Innsyn;
import no.samskap.effekt.KravService;
import no.samskap.effekt.Kravvisning;
import no.samskap.effekt.MaalingService;
import no.samskap.effekt.UtbetalingService;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.platform.Url;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The measuring and claims pages when the input or the rules say no: a date in the wrong format beside its field
 * without calling the service, the four-eyes rule as a clear message (no decision form on one's own claim, and the
 * rule's message when a decision is posted anyway), and a payment period the service refuses beside the period.
 */
@WebMvcTest({MaalingPageController.class, KravPageController.class, UtbetalingPageController.class})
@Import({Url.class, Formatering.class, Diagrammer.class, EffektWebFixtures.FastKlokke.class})
class EffektPageControllerTests {

    private static final UUID KONTRAKT = EffektWebFixtures.KONTRAKT;
    private static final UUID KRAV = UUID.randomUUID();

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EffektkontraktService kontrakter;

    @MockitoBean
    MaalingService maaling;

    @MockitoBean
    KravService krav;

    @MockitoBean
    UtbetalingService utbetaling;

    @MockitoBean
    GjennomforingService gjennomforinger;

    @MockitoBean
    TilgangService tilgang;

    /** A claim the evaluator made under a provider's login (same ident): four eyes forbid deciding on it. */
    private static Kravvisning egetKrav() {
        return new Kravvisning(KRAV, UUID.randomUUID(), UUID.randomUUID(), "D-1", "JOBB", LocalDate.of(2026, 3, 1),
                null, List.of(), null, UUID.randomUUID(), "Evaluator ", Instant.parse("2026-03-02T10:00:00Z"),
                Kravstatus.TIL_VURDERING, List.of(), null, "NOK", new BigDecimal("20000"), List.of(),
                new BigDecimal("20000"), BigDecimal.ZERO, false);
    }

    @Test
    @WithMockUser(roles = "ARRANGOR")
    void aDateInTheWrongFormatIsShownBesideItsFieldAndNoParticipantIsRegistered() {
        when(tilgang.innlogget()).thenReturn(EffektWebFixtures.LEVERANDOR);
        when(kontrakter.hent(KONTRAKT)).thenReturn(EffektWebFixtures.kontrakt(Innsyn.LEVERANDOR));

        var svar = mvc.post().uri("/effektkontrakter/{id}/deltakere", KONTRAKT).with(csrf())
                .param("referanse", "D-1").param("fodselsnummer", "15457612319").param("inntaksdato", "01.02.2026")
                .exchange();

        assertThat(svar).hasStatus(422).hasViewName("effekt/deltakere");
        assertThat(svar).model().extractingBindingResult("deltakerForm").hasFieldErrorCode("inntaksdato",
                "typeMismatch");
        assertThat(svar).bodyText().contains("id=\"inntaksdato-feil\"", "value=\"01.02.2026\"");
        verify(maaling, never()).registrerDeltaker(any());
    }

    @Test
    @WithMockUser(roles = "EVALUATOR")
    void theEvaluatorGetsNoDecisionFormOnItsOwnClaimButTheFourEyesRule() {
        when(tilgang.innlogget()).thenReturn(EffektWebFixtures.EVALUATOR);
        when(kontrakter.hent(KONTRAKT)).thenReturn(EffektWebFixtures.kontrakt(Innsyn.EVALUATOR));
        when(krav.kravet(KONTRAKT, KRAV)).thenReturn(egetKrav());

        var svar = mvc.get().uri("/effektkontrakter/{id}/krav/{krav}", KONTRAKT, KRAV).exchange();

        assertThat(svar).hasStatusOk();
        assertThat(svar).bodyText().contains("Etter firøyneprinsippet må en annen evaluator vurdere det")
                .doesNotContain("/vurdering\"");
    }

    @Test
    @WithMockUser(roles = "EVALUATOR")
    void aDecisionPostedOnOnesOwnClaimAnswers422WithTheFourEyesRule() {
        when(tilgang.innlogget()).thenReturn(EffektWebFixtures.EVALUATOR);
        when(kontrakter.hent(KONTRAKT)).thenReturn(EffektWebFixtures.kontrakt(Innsyn.EVALUATOR));
        when(krav.kravet(KONTRAKT, KRAV)).thenReturn(egetKrav());
        when(krav.vurder(any())).thenThrow(new BusinessRuleViolation(EffektProblem.FIRE_OYNE));

        var svar = mvc.post().uri("/effektkontrakter/{id}/krav/{krav}/vurdering", KONTRAKT, KRAV).with(csrf())
                .param("beslutning", "GODKJENT").param("begrunnelse", "Greit").exchange();

        assertThat(svar).hasStatus(422).hasViewName("effekt/kravet");
        assertThat(svar).model().extractingBindingResult("vurderingForm").hasErrorsCount(1);
        assertThat(svar).bodyText().contains("Den som har fremmet kravet, kan ikke vurdere det selv.");
    }

    @Test
    @WithMockUser(roles = "TILTAKSADMIN")
    void aPeriodTheServiceRefusesIsShownBesideThePeriod() {
        when(tilgang.innlogget()).thenReturn(EffektWebFixtures.NAV);
        when(kontrakter.hent(KONTRAKT)).thenReturn(EffektWebFixtures.kontrakt(Innsyn.NAV));
        when(utbetaling.kjor(any())).thenThrow(new BusinessRuleViolation(EffektProblem.PERIODE_ALLEREDE_KJORT,
                "periode"));

        var svar = mvc.post().uri("/effektkontrakter/{id}/utbetalinger", KONTRAKT).with(csrf())
                .param("periode", "2026-K1").param("utbetalingsdato", "2026-03-10").exchange();

        assertThat(svar).hasStatus(422).hasViewName("effekt/utbetalinger");
        assertThat(svar).model().extractingBindingResult("kjoringForm").hasFieldErrorCode("periode",
                "effekt.periode-allerede-kjort");
        assertThat(svar).bodyText().contains("id=\"periode-feil\"", "Perioden har allerede hatt sin utbetalingskjøring.");
        verify(utbetaling).kjor(eq(new no.samskap.effekt.KjorUtbetaling(KONTRAKT, "2026-K1", LocalDate.of(2026, 3, 10))));
    }
}
