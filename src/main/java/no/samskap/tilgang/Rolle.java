package no.samskap.tilgang;

/** The roles of Samskap (see DESIGN.md). */
public enum Rolle {
    VEILEDER,
    TILTAKSADMIN,
    ARRANGOR,
    DELTAKER,
    INVESTOR,
    EVALUATOR,
    PARTNERSKAP;

    public String authority() {
        return "ROLE_" + name();
    }
}
