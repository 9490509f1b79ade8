package no.samskap.shared;

/**
 * The resource was changed by someone else since the caller read it: the version sent back does not match.
 * API: 409; pages: "changed by someone else", nothing overwritten.
 */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String resource, Object id) {
        super(resource + " " + id + " was changed by someone else");
    }
}
