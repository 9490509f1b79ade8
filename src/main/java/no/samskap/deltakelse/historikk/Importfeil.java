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
    STATUS_UKJENT;

    @Override
    public String code() {
        return "historikkimport.feil." + name();
    }
}
