package no.samskap.effekt.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

/**
 * Runs a form's use case and puts what the service rejected into the form's binding result. The services name fields
 * by path ({@code resultatmaal[2].priser[0].belop}); the contract forms mirror those paths, so a message goes beside
 * its field, or beside the nearest enclosing one the form has (a band of a graded scale is one text field, so
 * {@code …trinn[1].belop} goes to {@code …trinn}); a path the form does not have at all goes to the top. A stale
 * version becomes the "changed by someone else" message with 409.
 */
final class Skjemafeil {

    private Skjemafeil() {}

    /**
     * Runs {@code handling} unless the form already has binding errors (a date or number in the wrong format).
     *
     * @param felt maps a service's field name to the form's where they differ
     * @return its result; empty when it was not run or was rejected, and then the response has status 422 (409 for a
     *     stale version) and the messages are in {@code binding}
     */
    static <T> Optional<T> utfor(
            BindingResult binding, HttpServletResponse response, UnaryOperator<String> felt, Supplier<T> handling) {
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!binding.hasErrors()) {
            try {
                return Optional.of(handling.get());
            } catch (InvalidInput e) {
                for (FieldViolation v : e.violations()) {
                    avvis(binding, v.field() == null ? null : felt.apply(v.field()), v.problem().code(),
                            v.args().toArray());
                }
            } catch (BusinessRuleViolation e) {
                avvis(binding, e.field() == null ? null : felt.apply(e.field()), e.problem().code(),
                        e.args().toArray());
            } catch (StaleVersion e) {
                binding.reject("layout.endret-av-andre");
                status = HttpStatus.CONFLICT;
            }
        }
        response.setStatus(status.value());
        return Optional.empty();
    }

    /** As {@link #utfor(BindingResult, HttpServletResponse, UnaryOperator, Supplier)} with the services' names. */
    static <T> Optional<T> utfor(BindingResult binding, HttpServletResponse response, Supplier<T> handling) {
        return utfor(binding, response, UnaryOperator.identity(), handling);
    }

    /** For a use case without a result: whether it was done. */
    static boolean utfor(BindingResult binding, HttpServletResponse response, Runnable handling) {
        return utfor(binding, response, UnaryOperator.identity(), () -> {
            handling.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The message beside {@code felt}, or the nearest enclosing field the form has, or at the top. */
    static void avvis(BindingResult binding, @Nullable String felt, String kode, Object[] args) {
        String sti = felt;
        while (sti != null && !sti.isEmpty()) {
            try {
                binding.rejectValue(sti, kode, args, null);
                return;
            } catch (BeansException ikkeIskjemaet) {
                sti = forelder(sti);
            }
        }
        binding.reject(kode, args, null);
    }

    /** {@code a.b[1].c} → {@code a.b[1]} → {@code a.b} → {@code a} → null. */
    static @Nullable String forelder(String sti) {
        if (sti.endsWith("]")) {
            return sti.substring(0, sti.lastIndexOf('['));
        }
        int punktum = sti.lastIndexOf('.');
        return punktum < 0 ? null : sti.substring(0, punktum);
    }
}
