package no.samskap.effekt.domain;

import java.time.LocalDate;

/**
 * How often one participant can be paid for one metric: once, or once per calendar period (a soft outcome measured each
 * quarter). A second claim in the same period is a duplicate.
 */
public enum Gjentakelse {
    EN_GANG_PER_DELTAKER,
    PER_MAANED,
    PER_KVARTAL,
    PER_AAR;

    /** The period a claim on this date falls in; two claims with the same key are duplicates. */
    public String periodenokkel(LocalDate dato) {
        return switch (this) {
            case EN_GANG_PER_DELTAKER -> "";
            case PER_MAANED -> dato.getYear() + "-M" + dato.getMonthValue();
            case PER_KVARTAL -> Utbetalingsperiode.navn(Utbetalingsperiode.Periodetype.KVARTAL, dato);
            case PER_AAR -> Integer.toString(dato.getYear());
        };
    }
}
