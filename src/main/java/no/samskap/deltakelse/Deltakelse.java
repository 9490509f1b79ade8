package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An enrolment row as stored (module-internal; personal data). */
record Deltakelse(
        UUID id,
        UUID gjennomforingId,
        @Nullable UUID arrangorId,
        String fodselsnummer,
        String navn,
        DeltakelseStatus status,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        @Nullable String innhold,
        String opprettetAv,
        @Nullable String navEnhet,
        long version) {

    Deltakelse med(DeltakelseStatus nyStatus, @Nullable LocalDate start, @Nullable LocalDate slutt,
            @Nullable BigDecimal prosent, @Nullable String nyttInnhold) {
        return new Deltakelse(id, gjennomforingId, arrangorId, fodselsnummer, navn, nyStatus, start, slutt, prosent,
                nyttInnhold, opprettetAv, navEnhet, version + 1);
    }

    Deltakelse medStatus(DeltakelseStatus nyStatus) {
        return med(nyStatus, startdato, sluttdato, deltakelsesprosent, innhold);
    }
}
