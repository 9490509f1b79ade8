package no.samskap.deltakelse.historikk;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data line of a legacy file after the checks that need no database: each field that is present and valid, and
 * why the line cannot be imported. Whether the measure code and the provider exist is decided in SQL.
 *
 * @param linje the line's number in the file (the header is line 1)
 * @param kode the measure code as written (upper case), tiltakskode or Arena code
 */
record Rad(
        long linje,
        @Nullable String fodselsnummer,
        @Nullable String kode,
        @Nullable String orgnr,
        @Nullable LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable Arenastatus status,
        List<Importfeil> feil) {

    boolean gyldig() {
        return feil.isEmpty();
    }
}
