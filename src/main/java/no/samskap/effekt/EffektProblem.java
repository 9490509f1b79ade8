package no.samskap.effekt;

import java.util.Locale;
import no.samskap.shared.ProblemCode;

/**
 * Stable problem codes of the outcome-contract module; the code is the message key in {@code i18n/effekt.properties}
 * (e.g. {@code effekt.fire-oyne}).
 */
public enum EffektProblem implements ProblemCode {
    /** An amount has more decimals than its currency allows. */
    BELOP_FOR_MANGE_DESIMALER,
    /** Two amounts (or a price and the contract) are in different currencies. */
    VALUTA_ULIK,
    /** A currency without minor units defined (e.g. XXX) cannot be used for money. */
    VALUTA_UGYLDIG,
    /** The contract ends before it starts. */
    PERIODE_UGYLDIG,
    /** Two outcome metrics share a code. */
    RESULTATMAAL_DUPLIKAT,
    /** A ladder or set of alternatives names a metric the contract does not have. */
    RESULTATMAAL_UKJENT,
    /** A metric is a rung of more than one ladder, or in more than one set of alternatives. */
    RESULTATMAAL_I_FLERE_GRUPPER,
    /** A metric is paid by a payer that is not a party of the contract. */
    BETALER_UKJENT,
    /** Some metrics name their payer and others are paid from the pool: a contract does one or the other. */
    BETALER_BLANDET,
    /** A metric has no price, or two price periods of a metric overlap. */
    PRISPERIODE_UGYLDIG,
    /** A graded scale or proportional rule is malformed (no bands, bands not rising, floor not below ceiling). */
    PRISREGEL_UGYLDIG,
    /** A cap or commitment is negative. */
    TAK_UGYLDIG,
    /** The evaluator is the person who claimed: four eyes are required. */
    FIRE_OYNE,
    /** A decision by the evaluator needs a reason. */
    BEGRUNNELSE_PAAKREVD,
    /** The automatic checks rejected the claim; the evaluator cannot approve it. */
    KRAV_AVVIST_AUTOMATISK,
    /** The claim already has the evaluator's decision. */
    KRAV_ALLEREDE_VURDERT,
    /** A drawdown would take an investor beyond its commitment. */
    TREKK_OVER_FORPLIKTELSE,
    /** A cash flow amount must be positive; its type says the direction. */
    KONTANTSTROM_UGYLDIG,
    /** A count (participants, outcome events) is negative. */
    ANTALL_UGYLDIG,
    /** A payment period ends before it starts. */
    UTBETALINGSPERIODE_UGYLDIG,
    /** A share (of a price, an achievement rate) must be between 0 and 1. */
    ANDEL_UGYLDIG;

    @Override
    public String code() {
        return "effekt." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
