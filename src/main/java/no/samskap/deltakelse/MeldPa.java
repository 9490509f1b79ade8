package no.samskap.deltakelse;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A counsellor enrols a person in an implementation. Fields are as the request gave them; {@link DeltakelseService}
 * checks them all together.
 */
public record MeldPa(
        @Nullable UUID gjennomforingId,
        @Nullable String fodselsnummer,
        @Nullable String navn,
        @Nullable LocalDate startdato,
        @Nullable String innhold) {}
