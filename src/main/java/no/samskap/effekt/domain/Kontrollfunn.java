package no.samskap.effekt.domain;

import java.util.Locale;
import no.samskap.shared.ProblemCode;

/**
 * What the automatic checks found on a claim. A finding either rejects the claim (a hard rule of the contract is broken;
 * the evaluator cannot approve it) or flags it (something the evaluator must look at; they may still approve). The
 * code is a message key, e.g. {@code effekt.krav.duplikat}.
 */
public enum Kontrollfunn implements ProblemCode {
    /** The metric is not in the contract. */
    UKJENT_RESULTATMAAL(Alvor.AVVIS),
    /** The participant is not in the target group (or not enrolled) on the outcome date. */
    IKKE_KVALIFISERT(Alvor.AVVIS),
    /** The outcome date is outside the contract period. */
    UTENFOR_KONTRAKTSPERIODE(Alvor.AVVIS),
    /** The metric is once per person (or per period) and was already claimed for this participant. */
    DUPLIKAT(Alvor.AVVIS),
    /** The metric is a rung of a ladder and the participant has no earlier claim on the rung below. */
    MANGLER_FORUTGAENDE_TRINN(Alvor.AVVIS),
    /** Another of a set of mutually exclusive alternatives was already claimed for the same job spell. */
    GJENSIDIG_UTELUKKENDE(Alvor.AVVIS),
    /** No price of the metric is valid on the outcome date. */
    INGEN_GYLDIG_PRIS(Alvor.AVVIS),
    /** The metric needs a measured value (a graded scale, a threshold) and the claim has none. */
    VERDI_MANGLER(Alvor.AVVIS),
    /** The measured value is below what pays anything (the threshold, the lowest band, the floor). */
    UNDER_TERSKEL(Alvor.AVVIS),
    /** None of the evidence kinds that prove this metric is attached. */
    BEVIS_MANGLER(Alvor.FLAGG);

    /** Whether a finding rejects the claim or flags it for the evaluator. */
    public enum Alvor {
        AVVIS,
        FLAGG
    }

    private final Alvor alvor;

    Kontrollfunn(Alvor alvor) {
        this.alvor = alvor;
    }

    public Alvor alvor() {
        return alvor;
    }

    @Override
    public String code() {
        return "effekt.krav." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
