package no.samskap.deltakelse.historikk;

import java.util.Optional;
import no.samskap.deltakelse.DeltakelseStatus;

/**
 * The participant statuses of the legacy system (Arena's {@code DELTAKERSTATUSKODE}) that an import accepts, and the
 * enrolment status each becomes. The mapping is fixed (it does not depend on dates or on the day of the import), so a
 * file imports the same way every time.
 */
enum Arenastatus {
    /** Aktuell: proposed for the measure. */
    AKTUELL(DeltakelseStatus.SOKT_INN),
    /** Informasjonsmøte: invited to an information meeting. */
    INFOMOETE(DeltakelseStatus.SOKT_INN),
    /** Venteliste. */
    VENTELISTE(DeltakelseStatus.VENTELISTE),
    /** Godkjent tiltaksplass: offered a place. */
    TILBUD(DeltakelseStatus.VENTER_PA_OPPSTART),
    /** Takket ja til tilbud. */
    JATAKK(DeltakelseStatus.VENTER_PA_OPPSTART),
    /** Gjennomføres: taking part. */
    GJENN(DeltakelseStatus.DELTAR),
    /** Fullført. */
    FULLF(DeltakelseStatus.FULLFORT),
    /** Deltakelse avbrutt. */
    DELAVB(DeltakelseStatus.AVBRUTT),
    /** Gjennomføring avbrutt: the implementation stopped early. */
    GJENN_AVB(DeltakelseStatus.AVBRUTT),
    /** Gjennomføring avlyst: the implementation was cancelled before it started. */
    GJENN_AVL(DeltakelseStatus.IKKE_AKTUELL),
    /** Ikke møtt. */
    IKKEM(DeltakelseStatus.IKKE_AKTUELL),
    /** Ikke aktuell. */
    IKKAKTUELL(DeltakelseStatus.IKKE_AKTUELL),
    /** Fått avslag. */
    AVSLAG(DeltakelseStatus.IKKE_AKTUELL),
    /** Takket nei til tilbud. */
    NEITAKK(DeltakelseStatus.IKKE_AKTUELL),
    /** Feilregistrert. */
    FEILREG(DeltakelseStatus.FEILREGISTRERT);

    private final DeltakelseStatus status;

    Arenastatus(DeltakelseStatus status) {
        this.status = status;
    }

    DeltakelseStatus status() {
        return status;
    }

    /** The status for a code as it stands in the file (blanks around it and letter case ignored). */
    static Optional<Arenastatus> tolk(String kode) {
        String k = kode.strip().toUpperCase(java.util.Locale.ROOT);
        for (Arenastatus s : values()) {
            if (s.name().equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
