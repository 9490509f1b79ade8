package no.samskap.deltakelse;

/**
 * How an implementation's places are used right now.
 *
 * @param opptatt enrolments that take a place (VENTER_PA_OPPSTART or DELTAR)
 * @param venteliste enrolments on the waiting list (VENTELISTE)
 */
public record Plassbruk(int opptatt, int venteliste) {

    public static final Plassbruk INGEN = new Plassbruk(0, 0);
}
