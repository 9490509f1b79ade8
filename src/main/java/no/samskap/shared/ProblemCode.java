package no.samskap.shared;

/**
 * A stable, machine-readable reason for rejecting a request. The code is also the message key
 * (in the module's message bundle) that holds the bokmål text.
 */
public interface ProblemCode {

    /** Stable code, e.g. {@code avtale.navn.for-kort}; clients may depend on it. */
    String code();
}
