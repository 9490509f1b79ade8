package no.samskap.katalog.filter;

import no.samskap.shared.ProblemCode;

/** Why a saved filter was rejected; the code is the message key in {@code i18n/katalog-deling.properties}. */
enum LagretFilterProblem implements ProblemCode {
    NAVN_PAAKREVD("lagret-filter.navn.paakrevd"),
    NAVN_FOR_LANGT("lagret-filter.navn.for-langt"),
    NAVN_FINNES("lagret-filter.navn.finnes"),
    SPORRING_TOM("lagret-filter.sporring.tom"),
    SPORRING_FOR_LANG("lagret-filter.sporring.for-lang"),
    SPORRING_UGYLDIG("lagret-filter.sporring.ugyldig"),
    VERSION_PAAKREVD("lagret-filter.version.paakrevd");

    private final String code;

    LagretFilterProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
