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
    ANDEL_UGYLDIG,

    // Requests to the service (field errors are 400, rule violations 422)
    /** A required field is missing. */
    PAAKREVD,
    /** A text is longer than allowed (argument: the maximum). */
    FOR_LANG,
    /** An amount is negative. */
    BELOP_NEGATIVT,
    /** A code must be 1-40 capital letters, digits or underscores. */
    KODE_UGYLDIG,
    /** Two parties, metrics, milestones or scales share a code. */
    KODE_DUPLIKAT,
    /** The organisation number is not a valid one. */
    ORGANISASJONSNUMMER_UGYLDIG,
    /** Providers, investors and the evaluator need an organisation number (users act for organisations). */
    ORGANISASJONSNUMMER_PAAKREVD,
    /** The code names no party of the contract in the role needed here. */
    PART_UKJENT,
    /** A contract needs at least one outcome payer. */
    BETALER_PAAKREVD,
    /** A contract needs at least one provider. */
    LEVERANDOR_PAAKREVD,
    /** A contract has exactly one independent evaluator. */
    EVALUATOR_EN,
    /** The evaluator's organisation is also a payer, provider or investor of the contract. */
    EVALUATOR_IKKE_UAVHENGIG,
    /** A contract has at most one intermediary. */
    INTERMEDIAER_EN,
    /** The providers' shares of the work must be given for all of them and add up to 1. */
    ANDELER_SUM,
    /** A contract needs at least one outcome metric. */
    RESULTATMAAL_PAAKREVD,
    /** A milestone code names no milestone of the contract. */
    MILEPAEL_UKJENT,
    /** The implementation does not exist. */
    GJENNOMFORING_UKJENT,
    /** An age limit must be 0-120, and the lower not above the upper. */
    ALDER_UGYLDIG,
    /** A number is outside what is allowed here (arguments: the least and the most). */
    TALL_UTENFOR_GRENSE,
    /** A ladder or a set of alternatives needs at least two metrics. */
    FOR_FAA_MAAL,
    /** The end date is before the start date. */
    TIL_FOR_FRA,
    /** The version sent back is missing. */
    VERSION_PAAKREVD,
    /** An amendment cannot take effect before the version it amends. */
    GJELDER_FRA_FOR_TIDLIG,
    /** The currency of a contract never changes: payments were made in it. */
    VALUTA_KAN_IKKE_ENDRES,
    /** A party that participants, claims, payments or cash flows refer to cannot be removed. */
    PART_I_BRUK,
    /** A metric that outcome events refer to cannot be removed. */
    RESULTATMAAL_I_BRUK,
    /** A party's role cannot change once it has one. */
    ROLLE_KAN_IKKE_ENDRES,
    /** The user acts for none of the contract's providers (or for several and did not say which). */
    LEVERANDOR_UKJENT,
    /** The participant is not in the target group: the findings name why (warning on registration). */
    DELTAKER_UTENFOR_MAALGRUPPE,
    /** The date is before the participant's intake. */
    DATO_FOR_INNTAK,
    /** A date is not a date (YYYY-MM-DD). */
    DATO_UGYLDIG,
    /** The evidence kind is not one of SERTIFIKAT, ARBEIDSGIVERBEKREFTELSE, OPPMOTEREGISTER, REGISTEROPPSLAG. */
    BEVISTYPE_UGYLDIG,
    /** An outcome cannot be dated in the future. */
    DATO_I_FREMTIDEN,
    /** A measured value has at most four decimals and fourteen digits before the point. */
    VERDI_UGYLDIG,
    /** A rating on a soft-outcome scale is 1-10. */
    VURDERING_UTENFOR_SKALA,
    /** The scale is not one of the contract's soft-outcome scales. */
    SKALA_UKJENT,
    /** The outcome event is not one of the contract's, or not the provider's. */
    UTFALL_UKJENT,
    /** The outcome event is claimed already. */
    UTFALL_ALLEREDE_KREVD,
    /** The claim is not one of the contract's. */
    KRAV_UKJENT,
    /** A CSV import has no lines or its header is not the expected one. */
    CSV_UGYLDIG,
    /** The period is not a month (2026-03) or a quarter (2026-K1) matching the contract's payment frequency. */
    PERIODE_FORMAT,
    /** The period has had its payment run. */
    PERIODE_ALLEREDE_KJORT,
    /** A payment run must come after the runs before it. */
    PERIODE_FOR_TIDLIGERE,
    /** The period is outside the contract period. */
    PERIODE_UTENFOR_KONTRAKT,
    /** Only drawdowns, repayments and returns are registered; commitments come from the contract terms. */
    KONTANTSTROMTYPE_UGYLDIG;

    @Override
    public String code() {
        return "effekt." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
