package no.samskap.shared;

/** The requested resource does not exist (or is not visible to the caller). API: 404. */
public class NotFound extends RuntimeException {

    private final String resource;

    public NotFound(String resource, Object id) {
        super(resource + " " + id + " not found");
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
