package no.samskap.tiltak;

import java.util.List;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.organisasjon.NavEnhetInfo;

/**
 * What a create or edit form may offer under an agreement: its underenheter, offices and price models, and the
 * provider's contact persons.
 */
public record GjennomforingValg(
        AvtaleForGjennomforing avtale,
        List<ArrangorInfo> underenheter,
        List<NavEnhetInfo> navEnheter,
        List<KontaktpersonInfo> kontaktpersoner) {}
