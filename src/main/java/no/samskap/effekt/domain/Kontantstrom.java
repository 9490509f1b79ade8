package no.samskap.effekt.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import no.samskap.effekt.EffektProblem;
import no.samskap.shared.BusinessRuleViolation;

/** A dated cash flow of an investor. The amount is positive; the type gives the direction. */
public record Kontantstrom(PartId investor, LocalDate dato, Type type, Penger belop) {

    public enum Type {
        /** A commitment to pay in (not money moving: no effect on MoM or IRR). */
        FORPLIKTELSE,
        /** Money the investor pays in. */
        TREKK,
        /** Principal paid back to the investor. */
        TILBAKEBETALING,
        /** Return paid to the investor beyond its principal. */
        AVKASTNING
    }

    public Kontantstrom {
        if (!belop.erPositiv()) {
            throw new BusinessRuleViolation(EffektProblem.KONTANTSTROM_UGYLDIG);
        }
    }

    /** The amount as seen by the investor: paid in negative, received positive, a commitment zero. */
    public BigDecimal medFortegn() {
        return switch (type) {
            case FORPLIKTELSE -> BigDecimal.ZERO;
            case TREKK -> belop.belop().negate();
            case TILBAKEBETALING, AVKASTNING -> belop.belop();
        };
    }
}
