package no.samskap.shared;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a request breaks one or more rules about its fields. All violations of one request are
 * collected first and reported together (API: 400 with {@code errors}; pages: a message beside each field).
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInput(List<FieldViolation> violations) {
        super("invalid input: " + violations.stream().map(v -> v.problem().code()).toList());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Collects violations; {@link #throwIfAny()} throws them all at once. */
    public static final class Collector {
        private final List<FieldViolation> violations = new ArrayList<>();

        public Collector add(@Nullable String field, ProblemCode problem, Object... args) {
            violations.add(FieldViolation.of(field, problem, args));
            return this;
        }

        /** Adds violations found elsewhere (e.g. by a value object's constructor). */
        public Collector addAll(List<FieldViolation> andre) {
            violations.addAll(andre);
            return this;
        }

        public Collector check(boolean ok, @Nullable String field, ProblemCode problem, Object... args) {
            if (!ok) {
                add(field, problem, args);
            }
            return this;
        }

        public boolean has(String field) {
            return violations.stream().anyMatch(v -> field.equals(v.field()));
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public List<FieldViolation> violations() {
            return List.copyOf(violations);
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new InvalidInput(violations);
            }
        }
    }

    public static Collector collector() {
        return new Collector();
    }
}
