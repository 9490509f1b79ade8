package no.samskap.avtale.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/** A price model with its rates; {@code version} is the agreement's version (sub-resource requests only). */
record PrismodellRequest(
        @Nullable Prismodelltype type,
        @Nullable String beskrivelse,
        @Nullable List<SatsRequest> satser,
        @Nullable Long version) {

    record SatsRequest(@Nullable LocalDate gyldigFra, @Nullable BigDecimal belop) {}

    PrismodellUtkast utkast() {
        return new PrismodellUtkast(type, beskrivelse, satser == null ? List.of()
                : satser.stream().filter(java.util.Objects::nonNull)
                        .map(s -> new PrismodellUtkast.SatsUtkast(s.gyldigFra(), s.belop())).toList());
    }
}
