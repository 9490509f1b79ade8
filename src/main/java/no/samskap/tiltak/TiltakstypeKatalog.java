package no.samskap.tiltak;

import java.util.List;
import java.util.Optional;

/** Read-only access to measure types for other modules. */
public interface TiltakstypeKatalog {

    Optional<TiltakstypeInfo> finn(String tiltakskode);

    /** The measure type's description for counsellors (empty when the code is unknown). */
    Optional<String> beskrivelse(String tiltakskode);

    /** All measure types, by name. */
    List<TiltakstypeInfo> alle();

    /** The text that prefills a "share with the person" message for this measure type, if the code is known. */
    Optional<String> delMedBrukerTekst(String tiltakskode);
}
