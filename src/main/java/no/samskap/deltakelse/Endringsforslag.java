package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A provider's proposal to change an enrolment, and the counsellor's answer.
 *
 * @param svarBegrunnelse the counsellor's reason for rejecting (or note when approving)
 */
public record Endringsforslag(
        UUID id,
        UUID deltakelseId,
        Forslagstype type,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        @Nullable Aarsakstype aarsak,
        @Nullable String aarsakBeskrivelse,
        @Nullable String begrunnelse,
        Forslagsstatus status,
        String foreslattAv,
        Instant foreslatt,
        @Nullable String besvartAv,
        @Nullable Instant besvart,
        @Nullable String svarBegrunnelse,
        long version) {}
