package no.samskap.effekt;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Prognose;
import org.jspecify.annotations.Nullable;

/**
 * A forecast for one achievement scenario (low, base, high): the outcome payments the plan would bring, what each
 * investor would get through the waterfall (MoM and IRR), and what would be left to the contract.
 */
public record Scenarioresultat(
        Prognose.Scenarionavn navn,
        BigDecimal oppnaaelsesgrad,
        BigDecimal utfallsbetalinger,
        BigDecimal rest,
        List<Investorprognose> investorer) {

    public record Investorprognose(
            UUID investorId, String navn, BigDecimal innbetalt, BigDecimal mottatt, @Nullable BigDecimal mom,
            @Nullable BigDecimal irr) {}
}
