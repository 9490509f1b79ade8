package no.samskap.avtale;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.avtale.domain.Avtale;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.avtale.domain.Prismodell;
import no.samskap.avtale.persistence.AvtaleRepository;
import no.samskap.tiltak.AvtaleForGjennomforing;
import no.samskap.tiltak.AvtaleOppslag;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the implementation module what it needs of an agreement. Agreements without a provider (UTKAST) are not
 * returned: no implementation can run under them.
 */
@Component
class AvtaleOppslagForTiltak implements AvtaleOppslag {

    private final AvtaleRepository repository;
    private final Clock clock;

    AvtaleOppslagForTiltak(AvtaleRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AvtaleForGjennomforing> finn(UUID avtaleId) {
        return repository.find(avtaleId).flatMap(a -> tilGjennomforing(a, LocalDate.now(clock)));
    }

    static Optional<AvtaleForGjennomforing> tilGjennomforing(Avtale a, LocalDate idag) {
        var i = a.innhold();
        UUID hovedenhet = i.arrangorHovedenhetId();
        if (hovedenhet == null) {
            return Optional.empty();
        }
        return Optional.of(new AvtaleForGjennomforing(
                a.id(),
                i.navn(),
                a.tiltakskode(),
                i.avtaletype(),
                a.status(idag) == AvtaleStatus.AKTIV,
                i.startdato(),
                i.sluttdato(),
                hovedenhet,
                i.arrangorUnderenheter(),
                i.navRegioner(),
                i.navEnheter(),
                a.prismodeller().stream().collect(Collectors.toMap(Prismodell::id, Prismodell::type))));
    }
}
