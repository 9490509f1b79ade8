package no.samskap.organisasjon.web;

import java.util.List;
import no.samskap.organisasjon.domain.Kommune;
import org.jspecify.annotations.Nullable;

/**
 * A municipality in the API.
 *
 * @param navKontorer in the detail only: the enhetsnummer of the local offices that serve it (null in lists)
 */
public record KommuneResponse(
        String kommunenummer,
        String navn,
        String navnNorsk,
        @Nullable String navnSamisk,
        String fylkesnummer,
        String fylkesnavn,
        @Nullable List<NavEnhetResponse> navKontorer) {

    static KommuneResponse fra(Kommune k, @Nullable List<NavEnhetResponse> navKontorer) {
        return new KommuneResponse(
                k.kommunenummer(), k.navn(), k.navnNorsk(), k.navnSamisk(), k.fylkesnummer(), k.fylkesnavn(), navKontorer);
    }
}
