package no.samskap.tiltak;

import no.samskap.shared.ProblemCode;

/** Stable codes for why an implementation request was rejected; each code is also its message key. */
public enum GjennomforingProblem implements ProblemCode {
    AVTALE_PAAKREVD("gjennomforing.avtale.paakrevd"),
    AVTALE_FINNES_IKKE("gjennomforing.avtale.finnes-ikke"),
    AVTALE_IKKE_AKTIV("gjennomforing.avtale.ikke-aktiv"),
    NAVN_PAAKREVD("gjennomforing.navn.paakrevd"),
    NAVN_FOR_LANGT("gjennomforing.navn.for-langt"),
    STARTDATO_PAAKREVD("gjennomforing.startdato.paakrevd"),
    STARTDATO_FOR_AVTALENS_START("gjennomforing.startdato.for-avtalens-start"),
    STARTDATO_ETTER_AVTALENS_SLUTT("gjennomforing.startdato.etter-avtalens-slutt"),
    SLUTTDATO_PAAKREVD("gjennomforing.sluttdato.paakrevd"),
    SLUTTDATO_FOR_STARTDATO("gjennomforing.sluttdato.for-startdato"),
    ANTALL_PLASSER_PAAKREVD("gjennomforing.antall-plasser.paakrevd"),
    ANTALL_PLASSER_IKKE_POSITIVT("gjennomforing.antall-plasser.ikke-positivt"),
    OPPSTARTSTYPE_PAAKREVD("gjennomforing.oppstartstype.paakrevd"),
    ARRANGOR_PAAKREVD("gjennomforing.arrangor.paakrevd"),
    ARRANGOR_IKKE_I_AVTALEN("gjennomforing.arrangor.ikke-i-avtalen"),
    ARRANGOR_KAN_IKKE_ENDRES("gjennomforing.arrangor.kan-ikke-endres"),
    ARRANGOR_KONTAKTPERSON_UKJENT("gjennomforing.arrangor-kontaktperson.ukjent"),
    PRISMODELL_PAAKREVD("gjennomforing.prismodell.paakrevd"),
    PRISMODELL_IKKE_I_AVTALEN("gjennomforing.prismodell.ikke-i-avtalen"),
    NAV_ENHETER_PAAKREVD("gjennomforing.nav-enheter.paakrevd"),
    NAV_ENHET_IKKE_I_AVTALEN("gjennomforing.nav-enheter.ikke-i-avtalen"),
    NAV_KONTAKTPERSON_IDENT_UGYLDIG("gjennomforing.nav-kontaktperson.ident-ugyldig"),
    NAV_KONTAKTPERSON_IDENT_DUPLIKAT("gjennomforing.nav-kontaktperson.ident-duplikat"),
    NAV_KONTAKTPERSON_NAVN_PAAKREVD("gjennomforing.nav-kontaktperson.navn-paakrevd"),
    NAV_KONTAKTPERSON_EPOST_UGYLDIG("gjennomforing.nav-kontaktperson.epost-ugyldig"),
    VENTETID_UGYLDIG("gjennomforing.estimert-ventetid.ugyldig"),
    OPPMOTESTED_FOR_LANGT("gjennomforing.oppmotested.for-langt"),
    BESKRIVELSE_FOR_LANG("gjennomforing.beskrivelse.for-lang"),
    KAN_IKKE_ENDRES("gjennomforing.kan-ikke-endres"),
    KAN_IKKE_AVBRYTES("gjennomforing.kan-ikke-avbrytes"),
    AVBRYT_SLUTTDATO_PAAKREVD("gjennomforing.avbryt.sluttdato.paakrevd"),
    AVBRYT_SLUTTDATO_ETTER_SLUTTDATO("gjennomforing.avbryt.sluttdato.etter-sluttdato"),
    AVBRYT_AARSAK_PAAKREVD("gjennomforing.avbryt.aarsak.paakrevd"),
    AVBRYT_AARSAK_FOR_LANG("gjennomforing.avbryt.aarsak.for-lang"),
    KAN_IKKE_GJENAPNES("gjennomforing.kan-ikke-gjenapnes"),
    GJENAPNE_SLUTTDATO_PAAKREVD("gjennomforing.gjenapne.sluttdato.paakrevd"),
    GJENAPNE_SLUTTDATO_IKKE_FREMTIDIG("gjennomforing.gjenapne.sluttdato.ikke-fremtidig"),
    KAN_IKKE_PUBLISERES("gjennomforing.kan-ikke-publiseres"),
    KAN_IKKE_APNES_FOR_PAMELDING("gjennomforing.kan-ikke-apnes-for-pamelding"),
    VERSION_PAAKREVD("gjennomforing.version.paakrevd");

    private final String code;

    GjennomforingProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
