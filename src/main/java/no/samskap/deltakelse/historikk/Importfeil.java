package no.samskap.deltakelse.historikk;

import no.samskap.shared.ProblemCode;

/**
 * Why a line of a legacy file was not imported. The name is stored with the line number; {@link #code()} is the
 * message key of the bokmål text. None of them repeats the line's content.
 */
public enum Importfeil implements ProblemCode {
    ANTALL_KOLONNER,
    LINJE_FOR_LANG,
    FODSELSNUMMER_MANGLER,
    FODSELSNUMMER_UGYLDIG,
    TILTAKSKODE_MANGLER,
    TILTAKSKODE_UKJENT,
    ORGNR_MANGLER,
    ORGNR_UGYLDIG,
    ARRANGOR_UKJENT,
    STARTDATO_UGYLDIG,
    SLUTTDATO_UGYLDIG,
    SLUTTDATO_FOR_STARTDATO,
    STATUS_MANGLER,
    STATUS_UKJENT,
    /**
     * The line's enrolment has the same key (person and 64-bit fingerprint) as another enrolment of the same person
     * that is in the history or earlier in the batch, but is not the same enrolment: it cannot be stored beside it.
     * Practically never happens (about one in 10^18 pairs of a person's enrolments).
     */
    NOKKEL_KOLLISJON;

    @Override
    public String code() {
        return "historikkimport.feil." + name();
    }
}
