package no.samskap.deltakelse.historikk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.samskap.shared.FodselsnummerFixtures;

/** A legacy enrolment file for tests, written line by line; line 1 is the header. */
final class Arenafil {

    static final String OVERSKRIFT = "fodselsnummer;tiltakskode;arrangor_orgnr;startdato;sluttdato;status";

    private final List<String> linjer = new ArrayList<>(List.of(OVERSKRIFT));

    /** Adds a line; returns its line number. */
    int linje(String tekst) {
        linjer.add(tekst);
        return linjer.size();
    }

    int linje(String fnr, String kode, String orgnr, String start, String slutt, String status) {
        return linje(String.join(";", fnr, kode, orgnr, start, slutt, status));
    }

    Path skriv() {
        try {
            Path fil = Files.createTempFile("arena-", ".csv");
            Files.writeString(fil, String.join("\n", linjer) + "\n", StandardCharsets.UTF_8);
            fil.toFile().deleteOnExit();
            return fil;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid synthetic fødselsnummer (Dolly), different every time. */
    static String fnr() {
        return fnrSerie(1).getFirst();
    }

    /** {@code antall} different valid synthetic numbers, from a random start. */
    static List<String> fnrSerie(int antall) {
        var random = ThreadLocalRandom.current();
        var serie = new java.util.LinkedHashSet<String>();
        LocalDate dato = LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int ind = random.nextInt(0, 400);
        while (serie.size() < antall) {
            String fnr = FodselsnummerFixtures.lag(dato, 0, 40, ind);
            if (Integer.parseInt(fnr.substring(6, 9)) <= 499) { // 500-749 would not be a 1900s number
                serie.add(fnr);
            }
            ind++;
            if (ind > 499) {
                ind = 0;
                dato = dato.plusDays(1);
            }
        }
        return List.copyOf(serie);
    }

    /** The number with its last check digit changed: the right shape, but not valid. */
    static String medFeilKontrollsiffer(String fnr) {
        return fnr.substring(0, 10) + ((fnr.charAt(10) - '0' + 1) % 10);
    }
}
