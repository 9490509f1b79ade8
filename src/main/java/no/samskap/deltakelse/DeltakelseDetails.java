package no.samskap.deltakelse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;

/**
 * One enrolment as the current user may see it. Personal data: the service audits every read.
 *
 * @param fodselsnummer the whole number for the counsellor; masked (birth date and asterisks) for provider and
 *     participant
 * @param navEnhet the enhetsnummer of the office that enrolled the person
 * @param navEnhetNavn that office's name
 * @param arrangorKontaktpersoner the provider's contact persons for the implementation
 * @param handlinger what the current user may do with it now
 */
public record DeltakelseDetails(
        UUID id,
        UUID gjennomforingId,
        @Nullable String gjennomforingNavn,
        @Nullable String arrangorNavn,
        Oppstartstype oppstartstype,
        String fodselsnummer,
        String navn,
        DeltakelseStatus status,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable BigDecimal deltakelsesprosent,
        @Nullable String innhold,
        @Nullable String navEnhet,
        @Nullable String navEnhetNavn,
        long version,
        List<Statusendring> historikk,
        List<Endringsforslag> forslag,
        List<KontaktpersonInfo> arrangorKontaktpersoner,
        Handlinger handlinger) {

    /** The fødselsnummer as pages show it to every role: birth date and asterisks. */
    public String fodselsnummerMaskert() {
        return DeltakelseService.maskert(fodselsnummer);
    }

    /**
     * @param nyeStatuser the statuses the counsellor may move it to (empty for others)
     * @param kanEndre the counsellor may change dates, percentage and content
     * @param kanForeslaa the provider may propose changes
     * @param kanBesvareForslag the counsellor may approve or reject open proposals
     */
    public record Handlinger(
            Set<DeltakelseStatus> nyeStatuser, boolean kanEndre, boolean kanForeslaa, boolean kanBesvareForslag) {}
}
