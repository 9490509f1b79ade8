package no.samskap.deltakelse.historikk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.shared.FodselsnummerFixtures;
import no.samskap.shared.OrgnrFixtures;
import org.junit.jupiter.api.Test;

class LinjetolkerTests {

    private static final String OVERSKRIFT = "fodselsnummer;tiltakskode;arrangor_orgnr;startdato;sluttdato;status";
    private static final String FNR = FodselsnummerFixtures.lag(LocalDate.of(1976, 5, 15), 0, 40, 123);
    private static final String ORGNR = OrgnrFixtures.random();

    private final Linjetolker tolker = Linjetolker.forOverskrift(OVERSKRIFT, true).orElseThrow();

    @Test
    void readsAValidLine() {
        Rad rad = tolker.tolk(2, FNR + ";indoppfag;" + ORGNR + ";2019-03-01;2019-09-30;FULLF");

        assertThat(rad.gyldig()).isTrue();
        assertThat(rad.linje()).isEqualTo(2);
        assertThat(rad.fodselsnummer()).isEqualTo(FNR);
        assertThat(rad.kode()).isEqualTo("INDOPPFAG");
        assertThat(rad.orgnr()).isEqualTo(ORGNR);
        assertThat(rad.startdato()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(rad.sluttdato()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(rad.status()).isEqualTo(Arenastatus.FULLF);
        assertThat(rad.status().status()).isEqualTo(DeltakelseStatus.FULLFORT);
    }

    @Test
    void acceptsEmptyDatesQuotesBlanksAndCommaSeparatedFiles() {
        Linjetolker komma = Linjetolker.forOverskrift(" Fodselsnummer , TILTAKSKODE,arrangor_orgnr,startdato,sluttdato,status",
                true).orElseThrow();

        Rad rad = komma.tolk(5, "\"" + FNR + "\", \"OPPFOLGING\" ," + ORGNR + ",,, venteliste ");

        assertThat(rad.feil()).isEmpty();
        assertThat(rad.startdato()).isNull();
        assertThat(rad.sluttdato()).isNull();
        assertThat(rad.status()).isEqualTo(Arenastatus.VENTELISTE);
        assertThat(komma.skilletegn()).isEqualTo(',');
    }

    @Test
    void refusesAHeaderThatIsNotTheSixColumns() {
        assertThat(Linjetolker.forOverskrift("fnr;kode;orgnr;fra;til;status", true)).isEmpty();
        assertThat(Linjetolker.forOverskrift("fodselsnummer;tiltakskode;arrangor_orgnr;startdato;sluttdato", true)).isEmpty();
        assertThat(Linjetolker.forOverskrift("", true)).isEmpty();
        assertThat(Linjetolker.forOverskrift(null, true)).isEmpty();
    }

    @Test
    void reportsEachBadFieldWithoutKeepingIt() {
        String feilFnr = FNR.substring(0, 10) + ((FNR.charAt(10) - '0' + 1) % 10);

        assertThat(tolker.tolk(3, feilFnr + ";INDOPPFAG;" + ORGNR + ";2019-03-01;;GJENN").feil())
                .containsExactly(Importfeil.FODSELSNUMMER_UGYLDIG);
        assertThat(tolker.tolk(3, feilFnr + ";INDOPPFAG;" + ORGNR + ";2019-03-01;;GJENN").fodselsnummer()).isNull();
        assertThat(tolker.tolk(3, ";INDOPPFAG;" + ORGNR + ";;;GJENN").feil()).containsExactly(Importfeil.FODSELSNUMMER_MANGLER);
        assertThat(tolker.tolk(3, FNR + ";;" + ORGNR + ";;;GJENN").feil()).containsExactly(Importfeil.TILTAKSKODE_MANGLER);
        assertThat(tolker.tolk(3, FNR + ";IND OPPFAG;" + ORGNR + ";;;GJENN").feil()).containsExactly(Importfeil.TILTAKSKODE_UKJENT);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + OrgnrFixtures.withWrongCheckDigit() + ";;;GJENN").feil())
                .containsExactly(Importfeil.ORGNR_UGYLDIG);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;;;;GJENN").feil()).containsExactly(Importfeil.ORGNR_MANGLER);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + ORGNR + ";01.03.2019;;GJENN").feil())
                .containsExactly(Importfeil.STARTDATO_UGYLDIG);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + ORGNR + ";2019-02-30;;GJENN").feil())
                .containsExactly(Importfeil.STARTDATO_UGYLDIG);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + ORGNR + ";2019-02-01;2019-13-01;GJENN").feil())
                .containsExactly(Importfeil.SLUTTDATO_UGYLDIG);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + ORGNR + ";2019-02-01;2019-01-31;FULLF").feil())
                .containsExactly(Importfeil.SLUTTDATO_FOR_STARTDATO);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + ORGNR + ";;;").feil()).containsExactly(Importfeil.STATUS_MANGLER);
        assertThat(tolker.tolk(3, FNR + ";INDOPPFAG;" + ORGNR + ";;;DELTAR").feil()).containsExactly(Importfeil.STATUS_UKJENT);
    }

    @Test
    void reportsEveryProblemOfALine() {
        Rad rad = tolker.tolk(9, "12345678901;;123;2019-99-01;2018-01-01;X");

        assertThat(rad.feil()).containsExactly(Importfeil.FODSELSNUMMER_UGYLDIG, Importfeil.TILTAKSKODE_MANGLER,
                Importfeil.ORGNR_UGYLDIG, Importfeil.STARTDATO_UGYLDIG, Importfeil.STATUS_UKJENT);
    }

    @Test
    void reportsAWrongNumberOfColumns() {
        assertThat(tolker.tolk(4, FNR + ";INDOPPFAG;" + ORGNR + ";2019-03-01;GJENN").feil())
                .containsExactly(Importfeil.ANTALL_KOLONNER);
        assertThat(tolker.tolk(4, FNR + ";INDOPPFAG;" + ORGNR + ";2019-03-01;;GJENN;x").feil())
                .containsExactly(Importfeil.ANTALL_KOLONNER);
        assertThat(tolker.tolk(4, FNR + ";\"INDOPPFAG;" + ORGNR + "\";2019-03-01;;GJENN").feil())
                .as("a separator inside quotes does not split").containsExactly(Importfeil.ANTALL_KOLONNER);
    }

    @Test
    void refusesSyntheticNumbersWhereTheyAreNotAllowed() {
        Linjetolker ekte = Linjetolker.forOverskrift(OVERSKRIFT, false).orElseThrow();

        assertThat(ekte.tolk(2, FNR + ";INDOPPFAG;" + ORGNR + ";;;GJENN").feil())
                .containsExactly(Importfeil.FODSELSNUMMER_UGYLDIG);
    }

    @Test
    void skipsBlankLinesOnly() {
        assertThat(Linjetolker.tom("")).isTrue();
        assertThat(Linjetolker.tom("  \t")).isTrue();
        assertThat(Linjetolker.tom(";;;;;")).isFalse();
        assertThat(Linjetolker.tom(Linjeleser.FOR_LANG)).isFalse();
    }

    @Test
    void mapsEveryArenaStatus() {
        assertThat(Arenastatus.tolk("gjenn")).contains(Arenastatus.GJENN);
        assertThat(Arenastatus.GJENN.status()).isEqualTo(DeltakelseStatus.DELTAR);
        assertThat(Arenastatus.TILBUD.status()).isEqualTo(DeltakelseStatus.VENTER_PA_OPPSTART);
        assertThat(Arenastatus.DELAVB.status()).isEqualTo(DeltakelseStatus.AVBRUTT);
        assertThat(Arenastatus.IKKEM.status()).isEqualTo(DeltakelseStatus.IKKE_AKTUELL);
        assertThat(Arenastatus.FEILREG.status()).isEqualTo(DeltakelseStatus.FEILREGISTRERT);
        assertThat(Arenastatus.tolk("DELTAR")).isEmpty();
        assertThat(Arenastatus.values()).hasSize(15);
    }
}
