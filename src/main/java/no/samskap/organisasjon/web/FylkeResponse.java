package no.samskap.organisasjon.web;

import no.samskap.organisasjon.domain.Fylke;

/** A county in the API. */
public record FylkeResponse(String fylkesnummer, String navn, int antallKommuner) {

    static FylkeResponse fra(Fylke f) {
        return new FylkeResponse(f.fylkesnummer(), f.navn(), f.antallKommuner());
    }
}
