package no.samskap.avtale.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.tiltak.TiltakstypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * What the rules need to know from other modules, looked up by the service before validating.
 *
 * @param tiltakstype the submitted measure type, null if unknown
 * @param hovedenhet the submitted hovedenhet, null if unknown or not submitted
 * @param underenheterAvHovedenhet ids of the hovedenhet's underenheter
 * @param kontaktpersonerHosArrangor ids of the contact persons of the hovedenhet and its underenheter
 * @param navEnheter the submitted regions and offices that exist, by enhetsnummer
 * @param tidligsteGjennomforingStart the earliest start of an implementation under the agreement
 * @param prismodellerIBruk price models implementations use
 * @param underenheterIBruk provider sub-units implementations run at
 * @param navEnheterIBruk offices implementations serve
 */
public record Fakta(
        @Nullable TiltakstypeInfo tiltakstype,
        @Nullable ArrangorInfo hovedenhet,
        Set<UUID> underenheterAvHovedenhet,
        Set<UUID> kontaktpersonerHosArrangor,
        Map<String, NavEnhetInfo> navEnheter,
        @Nullable LocalDate tidligsteGjennomforingStart,
        Set<UUID> prismodellerIBruk,
        Set<UUID> underenheterIBruk,
        Set<String> navEnheterIBruk) {

    public Fakta {
        underenheterAvHovedenhet = Set.copyOf(underenheterAvHovedenhet);
        kontaktpersonerHosArrangor = Set.copyOf(kontaktpersonerHosArrangor);
        navEnheter = Map.copyOf(navEnheter);
        prismodellerIBruk = Set.copyOf(prismodellerIBruk);
        underenheterIBruk = Set.copyOf(underenheterIBruk);
        navEnheterIBruk = Set.copyOf(navEnheterIBruk);
    }
}
