package no.samskap.organisasjon;

/** NORG2 unit types Samskap uses: FYLKE is a NAV region, LOKAL a local NAV office; others are kept as ANNEN. */
public enum NavEnhetType {
    FYLKE,
    LOKAL,
    TILTAK,
    ANNEN
}
