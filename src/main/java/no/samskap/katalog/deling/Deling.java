package no.samskap.katalog.deling;

import java.time.Instant;
import java.util.UUID;

/**
 * An implementation shared with a person, as lists show it: the fødselsnummer only masked.
 *
 * @param fodselsnummer masked, e.g. {@code 150576*****}
 * @param gjennomforingNavn the implementation's name when it was shared
 */
public record Deling(
        UUID id,
        UUID gjennomforingId,
        String gjennomforingNavn,
        String fodselsnummer,
        String melding,
        String deltAv,
        String deltAvNavn,
        Instant tidspunkt) {}
