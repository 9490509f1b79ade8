package no.samskap.katalog;

import no.samskap.shared.ProblemCode;

/** Stable codes for why a catalog request was rejected; each code is also its message key. */
public enum KatalogProblem implements ProblemCode {
    FLERE_VERDIER("katalog.parameter.flere-verdier"),
    Q_FOR_LANG("katalog.q.for-lang"),
    INNSATSGRUPPE_UKJENT("katalog.innsatsgruppe.ukjent"),
    NAV_ENHET_UGYLDIG("katalog.nav-enhet.ugyldig"),
    NAV_ENHET_FOR_MANGE("katalog.nav-enhet.for-mange"),
    TILTAKSKODE_UKJENT("katalog.tiltakskode.ukjent"),
    APENT_FOR_PAMELDING_UGYLDIG("katalog.apent-for-pamelding.ugyldig"),
    OPPSTARTSTYPE_UKJENT("katalog.oppstartstype.ukjent"),
    DATO_UGYLDIG("katalog.dato.ugyldig"),
    START_FRA_ETTER_START_TIL("katalog.start-fra.etter-start-til"),
    SORTERING_UKJENT("katalog.sortering.ukjent"),
    SIDE_UGYLDIG("katalog.side.ugyldig"),
    STORRELSE_UGYLDIG("katalog.storrelse.ugyldig");

    private final String code;

    KatalogProblem(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
