package no.samskap.deltakelse.historikk;

import java.time.LocalDate;
import no.samskap.deltakelse.DeltakelseStatus;
import org.jspecify.annotations.Nullable;

/**
 * An enrolment from the legacy system (Arena), as a counsellor sees it in a person's history. Personal data (it
 * belongs to the person looked up): every lookup is audited.
 *
 * @param arenaStatus the status code as Arena had it; {@code status} is what it means in Samskap
 */
public record HistoriskDeltakelse(
        String tiltakskode,
        @Nullable String tiltakstypeNavn,
        String arrangorOrganisasjonsnummer,
        @Nullable String arrangorNavn,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        DeltakelseStatus status,
        String arenaStatus) {}
