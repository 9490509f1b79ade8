package no.samskap.katalog;

import org.jspecify.annotations.Nullable;

/**
 * What became of the participants who ended an implementation (counted from {@code deltakelse.DeltakelseEnded} of
 * enrolments that had started): counsellors see "12 har avsluttet, 8 har fullført, 3 fikk jobb" when choosing a measure.
 * Counts only, never who. While fewer than {@value #MINSTE_ANTALL} have ended, the outcomes are withheld (null): in a
 * small group, "1 fikk jobb" could tell someone who knows the participants what became of one of them.
 *
 * @param avsluttet participants who ended after taking part (HAR_SLUTTET, FULLFORT or AVBRUTT; not FEILREGISTRERT)
 * @param fullfort of those, who completed it (FULLFORT, or ended with the reason FERDIG); null while withheld
 * @param fattJobb of those, who ended because they got a job (FATT_JOBB); null while withheld
 */
public record Deltakerresultater(int avsluttet, @Nullable Integer fullfort, @Nullable Integer fattJobb) {

    /** The fewest ended participants whose outcomes are shown. */
    public static final int MINSTE_ANTALL = 5;

    public static final Deltakerresultater INGEN = new Deltakerresultater(0, 0, 0);

    /** The counts as counsellors may see them: the outcomes withheld while fewer than {@value #MINSTE_ANTALL} ended. */
    public static Deltakerresultater vist(int avsluttet, int fullfort, int fattJobb) {
        if (avsluttet == 0) {
            return INGEN;
        }
        return avsluttet < MINSTE_ANTALL ? new Deltakerresultater(avsluttet, null, null)
                : new Deltakerresultater(avsluttet, fullfort, fattJobb);
    }

    /** {@value #MINSTE_ANTALL}, for pages that tell why the outcomes are withheld. */
    public int minsteAntall() {
        return MINSTE_ANTALL;
    }

    /** Whether the outcomes are withheld because too few have ended. */
    public boolean skjult() {
        return fullfort == null;
    }
}
