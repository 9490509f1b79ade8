package no.samskap.katalog;

/**
 * An implementation's places as the catalog shows them: "N ledige plasser" while any is free, else "Fullt – M på
 * venteliste".
 *
 * @param ledige places not taken (never below 0, also when the number of places was lowered below those taken)
 * @param venteliste enrolments on the waiting list
 */
public record Plasser(int antallPlasser, int ledige, int venteliste) {

    public boolean fullt() {
        return ledige == 0;
    }
}
