package no.samskap.deltakelse.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's use case and puts what the service rejected into the form's binding result: beside the field where
 * the form has one (the services' field names mapped to the form's where they differ), otherwise at the top of the
 * form; a stale version becomes the "changed by someone else" message.
 */
final class Skjemafeil {

    private Skjemafeil() {}

    /**
     * Runs {@code handling} unless the form already has binding errors (a date or number in the wrong format).
     *
     * @return its result; empty when it was not run or was rejected, and then the response has status 422 (409 for a
     *     stale version) and the messages are in {@code binding}
     */
    static <T> Optional<T> utfor(BindingResult binding, HttpServletResponse response, Map<String, String> feltnavn,
            Supplier<T> handling) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!binding.hasErrors()) {
            try {
                return Optional.of(handling.get());
            } catch (InvalidInput e) {
                for (FieldViolation v : e.violations()) {
                    avvis(binding, v.field(), v.problem().code(), v.args().toArray(), feltnavn);
                }
            } catch (BusinessRuleViolation e) {
                avvis(binding, e.field(), e.problem().code(), e.args().toArray(), feltnavn);
            } catch (StaleVersion e) {
                binding.reject("layout.endret-av-andre");
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        return Optional.empty();
    }

    /** As {@link #utfor(BindingResult, HttpServletResponse, Map, Supplier)} for a use case without a result. */
    static boolean utfor(BindingResult binding, HttpServletResponse response, Map<String, String> feltnavn,
            Runnable handling) {
        return utfor(binding, response, feltnavn, () -> {
            handling.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    private static void avvis(
            BindingResult binding, @Nullable String felt, String kode, Object[] args, Map<String, String> feltnavn) {
        String iSkjema = felt == null ? null : feltnavn.getOrDefault(felt, felt);
        if (iSkjema != null) {
            try {
                binding.rejectValue(iSkjema, kode, args, null);
                return;
            } catch (NotReadablePropertyException ikkeEtFeltISkjemaet) {
                // e.g. the version or the implementation: a hidden field, so the message goes to the top
            }
        }
        binding.reject(kode, args, null);
    }
}
