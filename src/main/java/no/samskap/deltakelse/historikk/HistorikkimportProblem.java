package no.samskap.deltakelse.historikk;

import no.samskap.shared.ProblemCode;

/** Why a legacy file as a whole was refused or stopped; each code is also its message key. */
public enum HistorikkimportProblem implements ProblemCode {
    FIL_PAAKREVD("historikkimport.fil.paakrevd"),
    FIL_TOM("historikkimport.fil.tom"),
    OVERSKRIFT_UGYLDIG("historikkimport.fil.overskrift-ugyldig"),
    PAGAR_ALLEREDE("historikkimport.pagar-allerede"),
    FIL_BORTE("historikkimport.fil.borte"),
    AVBRUTT("historikkimport.avbrutt");

    private final String code;

    HistorikkimportProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
