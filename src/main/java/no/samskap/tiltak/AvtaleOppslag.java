package no.samskap.tiltak;

import java.util.Optional;
import java.util.UUID;

/**
 * Port to the agreement module (which implements it), so implementations can check their agreement without this
 * module depending on it.
 */
public interface AvtaleOppslag {

    Optional<AvtaleForGjennomforing> finn(UUID avtaleId);
}
