package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What the agreement module may ask about the implementations under an agreement. */
public interface GjennomforingOppslag {

    /** Is any implementation under this agreement running (status GJENNOMFORES)? */
    boolean harGjennomforingSomGjennomfores(UUID avtaleId);

    /** The earliest start date of the implementations under this agreement (any status but AVLYST). */
    Optional<LocalDate> tidligsteStartdato(UUID avtaleId);

    /** The agreement price models (ids) that implementations use. */
    Set<UUID> prismodellerIBruk(UUID avtaleId);

    /** The provider sub-units (ids) that implementations run at. */
    Set<UUID> arrangorUnderenheterIBruk(UUID avtaleId);

    /** The NAV offices (enhetsnummer) that implementations serve. */
    Set<String> navEnheterIBruk(UUID avtaleId);
}
