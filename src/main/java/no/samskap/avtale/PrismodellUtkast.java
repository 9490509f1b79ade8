package no.samskap.avtale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/** A price model as submitted, before validation. */
public record PrismodellUtkast(@Nullable Prismodelltype type, @Nullable String beskrivelse, List<SatsUtkast> satser) {

    public PrismodellUtkast {
        satser = List.copyOf(satser);
    }

    /** One submitted rate. */
    public record SatsUtkast(@Nullable LocalDate gyldigFra, @Nullable BigDecimal belop) {}
}
