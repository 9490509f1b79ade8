package no.samskap.effekt;

import java.time.LocalDate;
import java.util.UUID;
import no.samskap.shared.Innsatsgruppe;
import org.jspecify.annotations.Nullable;

/**
 * A provider registers a participant of a contract.
 *
 * @param leverandor the provider party the participant belongs to; may be left out when the user acts for one provider
 *     of the contract only
 * @param referanse the provider's own reference for the participant (unique in the contract; never a name)
 * @param fodselsnummer only where the contract needs it (register lookups); stored, audited, shown masked
 * @param fodselsdato for the target group's age limits; taken from the fødselsnummer when that is given
 * @param inntaksdato when the participant entered the programme: outcomes count from this date
 */
public record RegistrerDeltaker(
        UUID kontraktId,
        @Nullable UUID leverandor,
        @Nullable String referanse,
        @Nullable String fodselsnummer,
        @Nullable LocalDate fodselsdato,
        @Nullable Innsatsgruppe innsatsgruppe,
        @Nullable UUID gjennomforingId,
        @Nullable LocalDate inntaksdato,
        @Nullable LocalDate sluttdato,
        @Nullable String kohort) {}
