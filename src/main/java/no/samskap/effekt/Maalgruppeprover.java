package no.samskap.effekt;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.effekt.domain.DeltakerId;
import no.samskap.effekt.domain.Kvalifisering;
import no.samskap.effekt.persistence.MaalingRepository.DeltakerRad;

/**
 * The target-group rules of a contract applied to its participants: the deviations of one participant, and the
 * {@link Kvalifisering} the engine asks (a participant qualifies on a date on or after intake when it has no deviation).
 */
final class Maalgruppeprover {

    private Maalgruppeprover() {}

    /** Why the participant is outside the target group at intake (empty: eligible). */
    static List<Maalgruppeavvik> avvik(DeltakerRad d, Kontraktsinnhold k) {
        List<Maalgruppeavvik> avvik = new ArrayList<>();
        var m = k.maalgruppe();
        if (m != null) {
            if (m.minAlder() != null || m.maksAlder() != null) {
                if (d.fodselsdato() == null) {
                    avvik.add(Maalgruppeavvik.ALDER_UKJENT);
                } else {
                    int alder = Period.between(d.fodselsdato(), d.inntaksdato()).getYears();
                    if (m.minAlder() != null && alder < m.minAlder()) {
                        avvik.add(Maalgruppeavvik.UNDER_MINSTE_ALDER);
                    }
                    if (m.maksAlder() != null && alder > m.maksAlder()) {
                        avvik.add(Maalgruppeavvik.OVER_HOYESTE_ALDER);
                    }
                }
            }
            if (!m.innsatsgrupper().isEmpty()
                    && (d.innsatsgruppe() == null || !m.innsatsgrupper().contains(d.innsatsgruppe()))) {
                avvik.add(Maalgruppeavvik.INNSATSGRUPPE);
            }
            if (m.kunDekkedeGjennomforinger()
                    && (d.gjennomforingId() == null || !k.gjennomforinger().contains(d.gjennomforingId()))) {
                avvik.add(Maalgruppeavvik.GJENNOMFORING);
            }
        }
        return avvik;
    }

    /** Who qualifies on which dates: participants without deviations, from their intake date. */
    static Kvalifisering kvalifisering(List<DeltakerRad> deltakere, Kontraktsinnhold k) {
        Map<UUID, LocalDate> fra = deltakere.stream()
                .filter(d -> avvik(d, k).isEmpty())
                .collect(Collectors.toMap(DeltakerRad::id, DeltakerRad::inntaksdato));
        return (DeltakerId deltaker, LocalDate dato) -> {
            LocalDate inntak = fra.get(deltaker.value());
            return inntak != null && !dato.isBefore(inntak);
        };
    }

    static Map<UUID, DeltakerRad> perId(List<DeltakerRad> deltakere) {
        return deltakere.stream().collect(Collectors.toMap(DeltakerRad::id, Function.identity()));
    }
}
