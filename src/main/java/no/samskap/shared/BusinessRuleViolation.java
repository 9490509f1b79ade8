package no.samskap.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request that is well-formed but not allowed in the current state (e.g. aborting an agreement while an
 * implementation is running). API: 422 with the code; pages: the message beside the field or at the top.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final ProblemCode problem;
    private final @Nullable String field;
    private final List<Object> args;

    public BusinessRuleViolation(ProblemCode problem, Object... args) {
        this(problem, null, args);
    }

    public BusinessRuleViolation(ProblemCode problem, @Nullable String field, Object... args) {
        super(problem.code());
        this.problem = problem;
        this.field = field;
        this.args = List.of(args);
    }

    public ProblemCode problem() {
        return problem;
    }

    public @Nullable String field() {
        return field;
    }

    public List<Object> args() {
        return args;
    }
}
