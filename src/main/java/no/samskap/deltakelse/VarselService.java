package no.samskap.deltakelse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.samskap.shared.NotFound;
import no.samskap.tiltak.GjennomforingDetails;
import no.samskap.tiltak.GjennomforingService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A counsellor's notifications about the enrolments they made (places given, proposals to answer). */
@Service
public class VarselService {

    static final int ANTALL = 50;

    private final DeltakelseRepository repository;
    private final Deltakelsestilgang tilgang;
    private final GjennomforingService gjennomforinger;

    VarselService(DeltakelseRepository repository, Deltakelsestilgang tilgang, GjennomforingService gjennomforinger) {
        this.repository = repository;
        this.tilgang = tilgang;
        this.gjennomforinger = gjennomforinger;
    }

    /** The current counsellor's newest notifications. */
    @Transactional(readOnly = true)
    public List<Varsel> mine() {
        var t = tilgang.veileder();
        Map<UUID, Optional<String>> navn = new HashMap<>();
        return repository.varsler(t.bruker().ident(), ANTALL).stream()
                .map(v -> new Varsel(v.id(), v.deltakelseId(), v.type(),
                        navn.computeIfAbsent(v.gjennomforingId(),
                                id -> gjennomforinger.finnForDeltakelse(id).map(GjennomforingDetails::navn)).orElse(null),
                        v.lest(), v.opprettet()))
                .toList();
    }

    /** How many of the current counsellor's notifications are unread. */
    @Transactional(readOnly = true)
    public long antallUleste() {
        var t = tilgang.veileder();
        return repository.antallUleste(t.bruker().ident());
    }

    /**
     * Marks one of the current counsellor's notifications as read (404 for someone else's).
     *
     * @return the enrolment it is about, to open next
     */
    @Transactional
    public UUID merkLest(UUID id) {
        var t = tilgang.veileder();
        return repository.merkLest(id, t.bruker().ident()).orElseThrow(() -> new NotFound("varsel", id));
    }
}
