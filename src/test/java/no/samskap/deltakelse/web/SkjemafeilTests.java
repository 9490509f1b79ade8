package no.samskap.deltakelse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseProblem;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.deltakelse.web.Skjemaer.StatusForm;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.StaleVersion;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** How a form shows what the service rejected: beside the form's own field, else at the top; 422, or 409 when stale. */
class SkjemafeilTests {

    private static final Map<String, String> FELT = Map.of("status", "til", "aarsak.beskrivelse", "aarsakBeskrivelse");

    private final StatusForm form = new StatusForm(DeltakelseStatus.DELTAR, Aarsakstype.ANNET, null, 3L);
    private final BindingResult binding = new BeanPropertyBindingResult(form, "statusForm");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void putsEachRejectedFieldBesideTheFormsFieldOfThatMeaning() {
        boolean utfort = Skjemafeil.utfor(binding, response, FELT, (Runnable) () -> {
            throw new InvalidInput(java.util.List.of(
                    FieldViolation.of("aarsak.beskrivelse", DeltakelseProblem.AARSAK_BESKRIVELSE_PAAKREVD),
                    FieldViolation.of("til", DeltakelseProblem.STATUS_PAAKREVD)));
        });

        assertThat(utfort).isFalse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(binding.getFieldError("aarsakBeskrivelse").getCode()).isEqualTo("deltakelse.aarsak.beskrivelse-paakrevd");
        assertThat(binding.getFieldError("til").getCode()).isEqualTo("deltakelse.status.paakrevd");
        assertThat(binding.getGlobalErrorCount()).isZero();
    }

    @Test
    void aRuleOnAFieldTheFormDoesNotHaveGoesToTheTop() {
        Skjemafeil.utfor(binding, response, FELT, (Runnable) () -> {
            throw new BusinessRuleViolation(DeltakelseProblem.GJENNOMFORING_IKKE_APEN, "gjennomforingId");
        });

        assertThat(binding.getGlobalError().getCode()).isEqualTo("deltakelse.gjennomforing.ikke-apen");
        assertThat(binding.getFieldErrorCount()).isZero();
        assertThat(response.getStatus()).isEqualTo(422);
    }

    @Test
    void aStaleVersionIsAConflictWithTheChangedBySomeoneElseMessage() {
        Skjemafeil.utfor(binding, response, FELT, (Runnable) () -> {
            throw new StaleVersion("deltakelse", "1");
        });

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(binding.getGlobalError().getCode()).isEqualTo("layout.endret-av-andre");
    }

    @Test
    void aFormWithBindingErrorsIsNotRunAndASuccessfulOneReturnsTheResult() {
        binding.rejectValue("version", "typeMismatch");
        assertThat(Skjemafeil.utfor(binding, response, FELT, () -> "kjørt")).isEmpty();
        assertThat(response.getStatus()).isEqualTo(422);

        var ren = new BeanPropertyBindingResult(form, "statusForm");
        assertThat(Skjemafeil.utfor(ren, new MockHttpServletResponse(), FELT, () -> "kjørt")).isEqualTo(Optional.of("kjørt"));
    }
}
