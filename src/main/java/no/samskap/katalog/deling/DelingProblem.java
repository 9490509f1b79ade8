package no.samskap.katalog.deling;

import no.samskap.shared.ProblemCode;

/** Why a sharing was rejected; the code is the message key in {@code i18n/katalog-deling.properties}. */
enum DelingProblem implements ProblemCode {
    MELDING_PAAKREVD("deling.melding.paakrevd"),
    MELDING_FOR_LANG("deling.melding.for-lang"),
    GJENNOMFORING_IKKE_AKTIV("deling.gjennomforing.ikke-aktiv");

    private final String code;

    DelingProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
