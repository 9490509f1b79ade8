package no.samskap.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One rejected field of a request: the field name as the client sent it (null for the request as a whole),
 * the problem code and the arguments for its message.
 */
public record FieldViolation(@Nullable String field, ProblemCode problem, List<Object> args) {

    public FieldViolation {
        args = List.copyOf(args);
    }

    public static FieldViolation of(@Nullable String field, ProblemCode problem, Object... args) {
        return new FieldViolation(field, problem, List.of(args));
    }
}
