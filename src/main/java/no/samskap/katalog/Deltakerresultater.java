package no.samskap.katalog;

/**
 * What became of the participants who ended an implementation (counted from {@code deltakelse.DeltakelseEnded} of
 * enrolments that had started): counsellors see "12 har avsluttet, 8 har fullført, 3 fikk jobb" when choosing a measure.
 * Counts only, never who.
 *
 * @param avsluttet participants who ended after taking part (HAR_SLUTTET, FULLFORT or AVBRUTT; not FEILREGISTRERT)
 * @param fullfort of those, who completed it (FULLFORT, or ended with the reason FERDIG)
 * @param fattJobb of those, who ended because they got a job (FATT_JOBB)
 */
public record Deltakerresultater(int avsluttet, int fullfort, int fattJobb) {

    public static final Deltakerresultater INGEN = new Deltakerresultater(0, 0, 0);
}
