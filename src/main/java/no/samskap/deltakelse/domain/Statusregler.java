package no.samskap.deltakelse.domain;

import static no.samskap.deltakelse.DeltakelseStatus.*;

import java.util.EnumSet;
import java.util.Set;
import no.samskap.deltakelse.DeltakelseProblem;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * Which status an enrolment may move to from where it is, given the implementation's intake. Capacity (whether a
 * place is free) is the caller's to decide: it chooses VENTER_PA_OPPSTART or VENTELISTE, and both are allowed where a
 * place may be given.
 */
public final class Statusregler {

    private Statusregler() {}

    /** The statuses reachable from {@code fra} with this intake; empty from a final status. */
    public static Set<DeltakelseStatus> tillatteOverganger(DeltakelseStatus fra, Oppstartstype oppstart) {
        Set<DeltakelseStatus> til = switch (fra) {
            case UTKAST_TIL_PAMELDING -> oppstart == Oppstartstype.FELLES
                    ? EnumSet.of(SOKT_INN, IKKE_AKTUELL)
                    : EnumSet.of(VENTER_PA_OPPSTART, VENTELISTE, IKKE_AKTUELL);
            case SOKT_INN -> EnumSet.of(VURDERES, IKKE_AKTUELL);
            case VURDERES, VENTELISTE -> EnumSet.of(VENTER_PA_OPPSTART, VENTELISTE, IKKE_AKTUELL);
            case VENTER_PA_OPPSTART -> EnumSet.of(DELTAR, IKKE_AKTUELL);
            case DELTAR -> oppstart == Oppstartstype.FELLES ? EnumSet.of(FULLFORT, AVBRUTT) : EnumSet.of(HAR_SLUTTET);
            case HAR_SLUTTET, FULLFORT, AVBRUTT, IKKE_AKTUELL, FEILREGISTRERT -> EnumSet.noneOf(DeltakelseStatus.class);
        };
        if (!fra.erAvsluttende()) {
            til.add(FEILREGISTRERT);
        }
        til.remove(fra);
        return til;
    }

    /**
     * Checks a move and its reason.
     *
     * @throws BusinessRuleViolation (field {@code status}) when the move is not allowed, or (field {@code aarsak}) when a
     *     reason is missing where one is needed or given where none belongs
     */
    public static void kontroller(
            DeltakelseStatus fra, DeltakelseStatus til, Oppstartstype oppstart, @Nullable Aarsak aarsak) {
        if (!tillatteOverganger(fra, oppstart).contains(til)) {
            throw new BusinessRuleViolation(DeltakelseProblem.STATUSOVERGANG_IKKE_TILLATT, "status", fra, til);
        }
        if (til.kreverAarsak() && aarsak == null) {
            throw new BusinessRuleViolation(DeltakelseProblem.AARSAK_PAAKREVD, "aarsak", til);
        }
        if (!til.kreverAarsak() && til != FULLFORT && aarsak != null) {
            throw new BusinessRuleViolation(DeltakelseProblem.AARSAK_IKKE_TILLATT, "aarsak", til);
        }
    }
}
