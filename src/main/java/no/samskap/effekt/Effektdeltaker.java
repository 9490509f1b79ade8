package no.samskap.effekt;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.shared.Innsatsgruppe;
import org.jspecify.annotations.Nullable;

/**
 * A participant of an outcome contract: personal data, every read audited; never shown to investors.
 *
 * @param fodselsnummer masked ({@code 150576*****}) except for NAV and the evaluator, who verify register lookups
 * @param avvik why the participant is outside the target group (empty: eligible from the intake date)
 */
public record Effektdeltaker(
        UUID id,
        UUID leverandorId,
        String leverandor,
        String referanse,
        @Nullable String fodselsnummer,
        @Nullable LocalDate fodselsdato,
        @Nullable Innsatsgruppe innsatsgruppe,
        @Nullable UUID gjennomforingId,
        LocalDate inntaksdato,
        @Nullable LocalDate sluttdato,
        @Nullable String kohort,
        List<Maalgruppeavvik> avvik,
        long version) {}
