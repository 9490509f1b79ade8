package no.samskap.effekt.domain;

import java.util.Locale;
import no.samskap.shared.ProblemCode;

/**
 * Why a claim pays less than the rate card's price: a graded scale paid part of it, or a cap cut it. Caps are applied
 * in the order of this enum after the scale (see {@code docs/effekt.md}). The code is a message key, e.g.
 * {@code effekt.justering.tak-deltaker}.
 */
public enum Justeringsaarsak implements ProblemCode {
    /** A graded scale or proportional rule paid part of the full price. */
    MAALESKALA,
    /** The cap per participant. */
    TAK_DELTAKER,
    /** The cap on all payments for one metric. */
    TAK_RESULTATMAAL,
    /** The cap on all payments of the contract. */
    TAK_KONTRAKT,
    /** The commitment of the payer that pays the metric. */
    TAK_BETALER;

    @Override
    public String code() {
        return "effekt.justering." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
