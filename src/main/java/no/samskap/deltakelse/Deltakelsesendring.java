package no.samskap.deltakelse;

import java.time.Clock;
import java.time.Instant;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.deltakelse.domain.Aarsak;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes one change of an enrolment, whoever asked for it: the places rule (never more taking a place than the
 * implementation has, under a per-implementation lock), the status history, the audit entry, the events, and giving a
 * freed place to the first on the waiting list (who is then notified through the counsellor who enrolled them).
 * Runs in the caller's transaction.
 */
@Component
class Deltakelsesendring {

    private final DeltakelseRepository repository;
    private final DeltakelseHendelser hendelser;
    private final AuditLog audit;
    private final Clock clock;

    Deltakelsesendring(DeltakelseRepository repository, DeltakelseHendelser hendelser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.hendelser = hendelser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores {@code ny} (the next version of {@code gammel}).
     *
     * @param antallPlasser the implementation's number of places
     * @throws BusinessRuleViolation when {@code ny} would take a place and none is free
     * @throws StaleVersion when someone else changed the enrolment since {@code gammel} was read
     */
    void lagre(Deltakelse gammel, Deltakelse ny, int antallPlasser, @Nullable Aarsak aarsak, String utfortAv,
            Formaal formaal) {
        boolean statusEndret = gammel.status() != ny.status();
        boolean plasserKanFlytte = statusEndret && (gammel.status().tarPlass() || ny.status().tarPlass()
                || gammel.status() == DeltakelseStatus.VENTELISTE || ny.status() == DeltakelseStatus.VENTELISTE);
        if (plasserKanFlytte) {
            repository.laasPlasser(ny.gjennomforingId());
            if (ny.status().tarPlass() && !gammel.status().tarPlass()
                    && repository.antallSomTarPlass(ny.gjennomforingId()) >= antallPlasser) {
                throw new BusinessRuleViolation(DeltakelseProblem.INGEN_LEDIG_PLASS, "til");
            }
        }
        Instant naa = clock.instant();
        if (!repository.oppdater(ny, naa)) {
            throw new StaleVersion(DeltakelseService.RESSURS, ny.id());
        }
        if (statusEndret) {
            repository.historikk(ny.id(), gammel.status(), ny.status(), aarsak, utfortAv, naa);
        }
        audit.registrer("ENDRE", DeltakelseService.RESSURS, ny.id().toString(), ny.fodselsnummer(), formaal);
        hendelser.endret(ny, gammel.status(), aarsak, naa);
        if (gammel.status().tarPlass() && !ny.status().tarPlass()) {
            giLedigPlass(ny, antallPlasser, naa);
        }
        if (plasserKanFlytte) {
            hendelser.plasser(ny.gjennomforingId(), antallPlasser);
        }
    }

    /** Gives a free place to the first on the waiting list, if any; the caller holds the implementation's lock. */
    private void giLedigPlass(Deltakelse frigjort, int antallPlasser, Instant naa) {
        if (repository.antallSomTarPlass(frigjort.gjennomforingId()) >= antallPlasser) {
            return;
        }
        repository.forsteIVenteliste(frigjort.gjennomforingId()).flatMap(repository::find).ifPresent(neste -> {
            Deltakelse tilbudt = neste.medStatus(DeltakelseStatus.VENTER_PA_OPPSTART);
            if (!repository.oppdater(tilbudt, naa)) {
                throw new StaleVersion(DeltakelseService.RESSURS, neste.id());
            }
            repository.historikk(neste.id(), DeltakelseStatus.VENTELISTE, DeltakelseStatus.VENTER_PA_OPPSTART, null,
                    DeltakelseService.SYSTEMBRUKER, naa);
            repository.varsle(neste.opprettetAv(), neste.id(), Varseltype.PLASS_TILBUDT, naa);
            audit.registrer("ENDRE", DeltakelseService.RESSURS, neste.id().toString(), neste.fodselsnummer(), Formaal.SYSTEM);
            hendelser.endret(tilbudt, DeltakelseStatus.VENTELISTE, null, naa);
        });
    }
}
