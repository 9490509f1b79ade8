package no.samskap.tiltak;

/** How participants start: rolling intake, or a common start for a group (where enrolment needs approval). */
public enum Oppstartstype {
    LOPENDE,
    FELLES;

    /** A FELLES implementation takes a group; the provider approves each enrolment. */
    public boolean pameldingKreverGodkjenning() {
        return switch (this) {
            case LOPENDE -> false;
            case FELLES -> true;
        };
    }
}
