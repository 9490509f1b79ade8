package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Bevis;
import org.jspecify.annotations.Nullable;

/**
 * An outcome event of a participant (personal data; never shown to investors), with its claim if one was made.
 *
 * @param kilde API, IMPORT (CSV) or MYK_MAALING
 */
public record Utfallshendelse(
        UUID id,
        UUID deltakerId,
        String deltakerReferanse,
        String maal,
        LocalDate dato,
        @Nullable BigDecimal verdi,
        @Nullable String jobbforlop,
        List<Bevis> bevis,
        String kilde,
        String registrertAv,
        Instant registrert,
        @Nullable UUID kravId) {}
