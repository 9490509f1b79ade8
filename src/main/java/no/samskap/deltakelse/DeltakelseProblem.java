package no.samskap.deltakelse;

import no.samskap.shared.ProblemCode;

/** Stable codes for why an enrolment request was rejected; each code is also its message key. */
public enum DeltakelseProblem implements ProblemCode {
    STATUSOVERGANG_IKKE_TILLATT("deltakelse.status.overgang-ikke-tillatt"),
    AARSAK_PAAKREVD("deltakelse.aarsak.paakrevd"),
    AARSAK_IKKE_TILLATT("deltakelse.aarsak.ikke-tillatt"),
    AARSAK_BESKRIVELSE_PAAKREVD("deltakelse.aarsak.beskrivelse-paakrevd"),
    AARSAK_BESKRIVELSE_FOR_LANG("deltakelse.aarsak.beskrivelse-for-lang"),
    AARSAK_BESKRIVELSE_IKKE_TILLATT("deltakelse.aarsak.beskrivelse-ikke-tillatt"),
    GJENNOMFORING_PAAKREVD("deltakelse.gjennomforing.paakrevd"),
    GJENNOMFORING_IKKE_APEN("deltakelse.gjennomforing.ikke-apen"),
    ALLEREDE_PAMELDT("deltakelse.allerede-pameldt"),
    NAVN_PAAKREVD("deltakelse.navn.paakrevd"),
    NAVN_FOR_LANGT("deltakelse.navn.for-langt"),
    STARTDATO_PAAKREVD("deltakelse.startdato.paakrevd"),
    STATUS_PAAKREVD("deltakelse.status.paakrevd"),
    VERSION_PAAKREVD("deltakelse.version.paakrevd"),
    INGEN_LEDIG_PLASS("deltakelse.plass.ingen-ledig"),
    INNHOLD_FOR_LANGT("deltakelse.innhold.for-langt"),
    PROSENT_UGYLDIG("deltakelse.deltakelsesprosent.ugyldig"),
    PROSENT_PAAKREVD("deltakelse.deltakelsesprosent.paakrevd"),
    SLUTTDATO_FOR_STARTDATO("deltakelse.sluttdato.for-startdato"),
    SLUTTDATO_PAAKREVD("deltakelse.sluttdato.paakrevd"),
    STARTDATO_PAAKREVD_FORSLAG("deltakelse.forslag.startdato.paakrevd"),
    DELTAKELSE_AVSLUTTET("deltakelse.status.avsluttet"),
    FORSLAGSTYPE_PAAKREVD("deltakelse.forslag.type.paakrevd"),
    FORLENGELSE_MA_VAERE_SENERE("deltakelse.forslag.forleng.ma-vaere-senere"),
    AARSAK_PAAKREVD_FELT("deltakelse.forslag.aarsak.paakrevd"),
    BEGRUNNELSE_FOR_LANG("deltakelse.forslag.begrunnelse.for-lang"),
    AVVISNING_BEGRUNNELSE_PAAKREVD("deltakelse.forslag.avvisning.begrunnelse-paakrevd"),
    FORSLAG_FINNES_ALLEREDE("deltakelse.forslag.finnes-allerede"),
    FORSLAG_ER_BESVART("deltakelse.forslag.er-besvart");

    private final String code;

    DeltakelseProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
