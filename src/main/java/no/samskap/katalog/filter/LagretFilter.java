package no.samskap.katalog.filter;

import java.time.Instant;
import java.util.UUID;

/**
 * One saved filter of the current user.
 *
 * @param sporring the catalog query string without {@code ?} and without {@code side}, URL-encoded, e.g.
 *     {@code innsatsgruppe=SITUASJONSBESTEMT_INNSATS&navEnhet=0315}
 * @param standard applied when the owner opens the catalog without a query string
 */
public record LagretFilter(UUID id, String navn, String sporring, boolean standard, long version, Instant endret) {}
