package no.samskap.deltakelse.historikk;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.audit.AuditLog;
import no.samskap.audit.Formaal;
import no.samskap.platform.FodselsnummerRegler;
import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.TiltakstypeInfo;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's enrolment history from the legacy system, for the counsellor who looks the person up. Any counsellor
 * may ask (the history follows the person, not an office: a person who moved is followed up by the new office), only
 * by fødselsnummer in a request body, and every lookup is audited — also one that finds nothing.
 */
@Service
public class DeltakelseshistorikkService {

    private final HistoriskDeltakelseQueries queries;
    private final TilgangService tilgang;
    private final FodselsnummerRegler fodselsnummerRegler;
    private final TiltakstypeKatalog tiltakstyper;
    private final ArrangorKatalog arrangorer;
    private final AuditLog audit;

    DeltakelseshistorikkService(
            HistoriskDeltakelseQueries queries,
            TilgangService tilgang,
            FodselsnummerRegler fodselsnummerRegler,
            TiltakstypeKatalog tiltakstyper,
            ArrangorKatalog arrangorer,
            AuditLog audit) {
        this.queries = queries;
        this.tilgang = tilgang;
        this.fodselsnummerRegler = fodselsnummerRegler;
        this.tiltakstyper = tiltakstyper;
        this.arrangorer = arrangorer;
        this.audit = audit;
    }

    /**
     * The person's imported enrolments, newest start first (VEILEDER only).
     *
     * @throws InvalidInput when the fødselsnummer is missing or invalid (never echoed)
     */
    @Transactional
    public List<HistoriskDeltakelse> forPerson(@Nullable String fodselsnummer) {
        tilgang.krev(Rolle.VEILEDER);
        var feil = InvalidInput.collector();
        Fodselsnummer fnr = fodselsnummerRegler.kontroller(fodselsnummer, "fodselsnummer", feil);
        feil.throwIfAny();
        List<HistoriskDeltakelseQueries.Linje> linjer = queries.forPerson(fnr.verdi());
        audit.registrer("LES", Importkjoring.RESSURS, "sok", fnr.verdi(), Formaal.OPPFOLGING);
        Map<UUID, String> arrangorNavn = arrangorer.hent(linjer.stream().map(HistoriskDeltakelseQueries.Linje::arrangorId)
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(ArrangorInfo::id, ArrangorInfo::navn));
        Map<String, String> typeNavn = tiltakstyper.alle().stream()
                .collect(Collectors.toMap(TiltakstypeInfo::tiltakskode, TiltakstypeInfo::navn, (a, b) -> a));
        Function<HistoriskDeltakelseQueries.Linje, HistoriskDeltakelse> vis = l -> new HistoriskDeltakelse(
                l.tiltakskode(), typeNavn.get(l.tiltakskode()), l.orgnr(), arrangorNavn.get(l.arrangorId()),
                l.startdato(), l.sluttdato(), l.status(), l.arenaStatus());
        return linjer.stream().map(vis).toList();
    }
}
