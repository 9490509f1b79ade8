package no.samskap.arrangor;

import no.samskap.shared.ProblemCode;

/** Stable problem codes of the provider module; each code is also the message key in {@code i18n/arrangor.properties}. */
public enum ArrangorProblem implements ProblemCode {
    ORGANISASJONSNUMMER_PAAKREVD("arrangor.organisasjonsnummer.paakrevd"),
    ORGANISASJONSNUMMER_UGYLDIG("arrangor.organisasjonsnummer.ugyldig"),
    ORGANISASJONSNUMMER_FINNES("arrangor.organisasjonsnummer.finnes"),
    NAVN_PAAKREVD("arrangor.navn.paakrevd"),
    NAVN_FOR_LANGT("arrangor.navn.for-langt"),
    HOVEDENHET_FINNES_IKKE("arrangor.hovedenhet.finnes-ikke"),
    HOVEDENHET_ER_UNDERENHET("arrangor.hovedenhet.er-underenhet"),
    HOVEDENHET_ER_SEG_SELV("arrangor.hovedenhet.er-seg-selv"),
    HOVEDENHET_MOTSTRIDENDE("arrangor.hovedenhet.motstridende"),
    HOVEDENHET_PAAKREVD("arrangor.hovedenhet.paakrevd"),
    HOVEDENHET_IKKE_TILLATT("arrangor.hovedenhet.ikke-tillatt"),
    VERSJON_PAAKREVD("arrangor.version.paakrevd"),
    TYPE_UGYLDIG("arrangor.type.ugyldig"),
    KONTAKTPERSON_NAVN_PAAKREVD("arrangor.kontaktperson.navn.paakrevd"),
    KONTAKTPERSON_NAVN_FOR_LANGT("arrangor.kontaktperson.navn.for-langt"),
    KONTAKTPERSON_EPOST_PAAKREVD("arrangor.kontaktperson.epost.paakrevd"),
    KONTAKTPERSON_EPOST_UGYLDIG("arrangor.kontaktperson.epost.ugyldig"),
    KONTAKTPERSON_TELEFON_UGYLDIG("arrangor.kontaktperson.telefon.ugyldig"),
    KONTAKTPERSON_ANSVAR_PAAKREVD("arrangor.kontaktperson.ansvar.paakrevd"),
    KONTAKTPERSON_I_BRUK("arrangor.kontaktperson.i-bruk");

    private final String code;

    ArrangorProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
