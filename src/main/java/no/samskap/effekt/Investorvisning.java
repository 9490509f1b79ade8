package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an investor sees of a contract it is in: aggregated figures only, every figure counting fewer than five
 * participants suppressed ({@link Prikket}), and its own ledger and forecast. It holds no participant, claim,
 * reference or fødselsnummer by construction.
 *
 * @param deltakere participants with an achieved outcome
 * @param godkjent the approved worth of all claims
 * @param utbetalt what the payment runs have paid in all
 */
public record Investorvisning(
        UUID kontraktId,
        String navn,
        String valuta,
        LocalDate fra,
        LocalDate til,
        BigDecimal samletTak,
        Prikket<Integer> deltakere,
        Prikket<BigDecimal> godkjent,
        List<Maallinje> resultatmaal,
        Prikket<BigDecimal> utbetalt,
        List<Profillinje> profil,
        List<Investorposisjon> egne,
        List<Scenarioresultat> prognose,
        MykeResultater mykeResultater,
        @Nullable Effektrapport effekt) {

    /** One metric: the target, participants who achieved it and the approved amount, each suppressed below five. */
    public record Maallinje(
            String maal, String navn, @Nullable Integer maalAntall, Prikket<Integer> deltakere,
            Prikket<BigDecimal> godkjent) {}

    /** The payment profile with the actual payments suppressed when they count fewer than five participants. */
    public record Profillinje(
            LocalDate fra, LocalDate til, BigDecimal planlagt, Prikket<BigDecimal> faktisk,
            Prikket<BigDecimal> kumulativtFaktisk) {}
}
