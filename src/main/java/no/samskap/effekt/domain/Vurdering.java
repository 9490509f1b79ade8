package no.samskap.effekt.domain;

import java.time.LocalDate;
import java.util.Locale;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/**
 * The independent evaluator's decision on one claim, with a reason. Create it with {@link #av}, which enforces four
 * eyes: the person who claimed can never decide on the claim.
 */
public record Vurdering(KravId krav, Beslutning beslutning, String evaluator, String begrunnelse, LocalDate dato) {

    public enum Beslutning {
        GODKJENT,
        AVVIST
    }

    /**
     * The evaluator's decision on a claim as the engine last computed it.
     *
     * @throws BusinessRuleViolation {@code FIRE_OYNE} when the evaluator is the claimant, {@code BEGRUNNELSE_PAAKREVD}
     *     without a reason, {@code KRAV_AVVIST_AUTOMATISK} when approving a claim the checks rejected,
     *     {@code KRAV_ALLEREDE_VURDERT} when the claim has a decision already
     */
    public static Vurdering av(
            Kravresultat resultat, Beslutning beslutning, String evaluator, String begrunnelse, LocalDate dato) {
        if (normaliser(evaluator).equals(normaliser(resultat.krav().innsendtAv()))) {
            throw new BusinessRuleViolation(EffektProblem.FIRE_OYNE);
        }
        if (begrunnelse.isBlank()) {
            throw new BusinessRuleViolation(EffektProblem.BEGRUNNELSE_PAAKREVD, "begrunnelse");
        }
        if (resultat.vurdering() != null) {
            throw new BusinessRuleViolation(EffektProblem.KRAV_ALLEREDE_VURDERT);
        }
        if (beslutning == Beslutning.GODKJENT && resultat.avvistAutomatisk()) {
            throw new BusinessRuleViolation(EffektProblem.KRAV_AVVIST_AUTOMATISK);
        }
        return new Vurdering(resultat.krav().id(), beslutning, evaluator.trim(), begrunnelse.trim(), dato);
    }

    static String normaliser(String ident) {
        return ident.trim().toUpperCase(Locale.ROOT);
    }
}
