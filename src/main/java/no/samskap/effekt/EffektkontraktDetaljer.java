package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An outcome contract as its parties see it: the terms in effect today (an investor does not see the other investors'
 * commitments), the contract cap they make, how the user sees the contract and what the user may do in it.
 *
 * @param version what an amendment sends back (optimistic locking)
 * @param versjon the number of the version in effect today; {@code nyesteVersjon} may be newer (not yet in effect)
 * @param samletTak the most the contract can ever pay: the payers' commitments, or the explicit cap if lower
 * @param egneParter the parties the user acts for (a provider's or an investor's own); empty for NAV and the evaluator
 */
public record EffektkontraktDetaljer(
        UUID id,
        long version,
        int versjon,
        int nyesteVersjon,
        LocalDate gjelderFra,
        Kontraktsinnhold innhold,
        BigDecimal samletTak,
        Innsyn innsyn,
        List<UUID> egneParter,
        Handlinger handlinger) {

    /** What the current user may do in this contract. */
    public record Handlinger(
            boolean endreVilkaar,
            boolean registrereDeltakere,
            boolean fremmeKrav,
            boolean vurdereKrav,
            boolean registrereKohorter,
            boolean kjoreUtbetaling,
            boolean registrereKontantstrommer) {}
}
