package no.samskap.avtale;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.avtale.domain.Avtale;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.platform.Historikk;
import org.jspecify.annotations.Nullable;

/**
 * An agreement for its detail page and API response: the aggregate, its derived status, the names of what it refers
 * to, its history and what the current user may do with it.
 */
public record AvtaleDetaljer(
        Avtale avtale,
        AvtaleStatus status,
        @Nullable String tiltakstypeNavn,
        @Nullable ArrangorInfo hovedenhet,
        List<ArrangorInfo> underenheter,
        List<KontaktpersonInfo> kontaktpersoner,
        List<NavEnhetInfo> regioner,
        List<NavEnhetInfo> enheter,
        List<Historikk.Visning> historikk,
        Set<UUID> prismodellerIBruk,
        boolean kanEndre) {

    public boolean kanAvbryte() {
        return kanEndre && (status == AvtaleStatus.AKTIV || status == AvtaleStatus.UTKAST);
    }

    public boolean kanRegistrereOpsjon() {
        return kanEndre
                && !avtale.erForhandsgodkjent()
                && status != AvtaleStatus.AVSLUTTET
                && status != AvtaleStatus.AVBRUTT
                && avtale.innhold().opsjonMaksVarighet() != null
                && avtale.innhold().sluttdato() != null
                && avtale.innhold().sluttdato().isBefore(avtale.innhold().opsjonMaksVarighet());
    }

    public boolean kanEndrePrismodeller() {
        return kanEndre && !avtale.erForhandsgodkjent() && status != AvtaleStatus.AVBRUTT;
    }
}
