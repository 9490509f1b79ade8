package no.samskap.deltakelse;

import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Menyteller;
import no.samskap.tilgang.Rolle;
import org.springframework.stereotype.Component;

/** A counsellor's unread notifications, beside the menu's "Varsler". */
@Component
class VarselMenyteller implements Menyteller {

    static final String HREF = "/varsler";

    private final VarselService varsler;

    VarselMenyteller(VarselService varsler) {
        this.varsler = varsler;
    }

    @Override
    public String href() {
        return HREF;
    }

    @Override
    public long antall(Innlogget bruker) {
        return bruker.har(Rolle.VEILEDER) && bruker.navEnhet() != null ? varsler.antallUleste() : 0;
    }
}
