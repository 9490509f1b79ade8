package no.samskap.deltakelse;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment is. A counsellor drafts it (UTKAST_TIL_PAMELDING); with LOPENDE intake the counsellor then
 * decides directly (VENTER_PA_OPPSTART, or VENTELISTE when the implementation is full); with FELLES intake it is
 * applied for (SOKT_INN), assessed (VURDERES) and approved before it counts. The participant then takes part (DELTAR)
 * and ends: HAR_SLUTTET (LOPENDE), FULLFORT or AVBRUTT (FELLES). IKKE_AKTUELL ends an enrolment that never started;
 * FEILREGISTRERT marks one registered by mistake.
 */
public enum DeltakelseStatus {
    UTKAST_TIL_PAMELDING,
    SOKT_INN,
    VURDERES,
    VENTELISTE,
    VENTER_PA_OPPSTART,
    DELTAR,
    HAR_SLUTTET,
    FULLFORT,
    AVBRUTT,
    IKKE_AKTUELL,
    FEILREGISTRERT;

    private static final Set<DeltakelseStatus> TAR_PLASS = EnumSet.of(VENTER_PA_OPPSTART, DELTAR);
    private static final Set<DeltakelseStatus> AVSLUTTENDE = EnumSet.of(HAR_SLUTTET, FULLFORT, AVBRUTT, IKKE_AKTUELL, FEILREGISTRERT);
    private static final Set<DeltakelseStatus> KREVER_AARSAK = EnumSet.of(HAR_SLUTTET, AVBRUTT, IKKE_AKTUELL);

    /** Counts against the implementation's number of places. */
    public boolean tarPlass() {
        return TAR_PLASS.contains(this);
    }

    /** Nothing follows this status. */
    public boolean erAvsluttende() {
        return AVSLUTTENDE.contains(this);
    }

    /** Moving to this status needs a reason ({@link Aarsakstype}). */
    public boolean kreverAarsak() {
        return KREVER_AARSAK.contains(this);
    }
}
