package no.samskap.deltakelse.historikk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportbatchTests {

    private static final UUID IMPORT = UUID.randomUUID();
    private static final UUID ARRANGOR = UUID.randomUUID();

    private static Importrad rad(long linje, long fnr, long nokkel, String kode, LocalDate start) {
        return new Importrad(linje, "%011d".formatted(fnr), fnr, nokkel, kode, ARRANGOR, "974760673", start, null,
                Arenastatus.GJENN);
    }

    @Test
    void keepsTheFirstLineOfEachKeyInTheKeysOrderAndReportsACollidingLine() {
        var bygger = new Importbatch.Bygger(IMPORT);
        var start = LocalDate.of(2020, 1, 6);
        bygger.gyldig(rad(2, 2_010_100_001L, 7, "JOBBKLUBB", start));
        bygger.gyldig(rad(3, 1_010_100_001L, 9, "OPPFOLGING", start));
        bygger.gyldig(rad(4, 2_010_100_001L, 7, "JOBBKLUBB", start)); // a repeat of line 2
        bygger.gyldig(rad(5, 2_010_100_001L, 7, "AVKLARING", start)); // the same key, another enrolment
        bygger.ugyldig(6, List.of(Importfeil.STATUS_UKJENT));

        Importbatch batch = bygger.bygg(6);

        assertThat(batch.rader()).extracting(Importrad::linje).containsExactly(3L, 2L);
        assertThat(batch.gyldige()).as("the repeat counts as valid (it is there), the collision not").isEqualTo(3);
        assertThat(batch.ugyldige()).containsExactly(new Ugyldiglinje(5, List.of(Importfeil.NOKKEL_KOLLISJON)),
                new Ugyldiglinje(6, List.of(Importfeil.STATUS_UKJENT)));
    }

    @Test
    void writesTheChosenRowsAsOneBinaryCopyStream() throws Exception {
        var bygger = new Importbatch.Bygger(IMPORT);
        bygger.gyldig(rad(2, 1L, 1, "A", null));
        bygger.gyldig(rad(3, 2L, 1, "B", LocalDate.of(2000, 1, 2)));
        bygger.gyldig(rad(4, 3L, 1, "C", null));
        Importbatch batch = bygger.bygg(4);

        var alle = new ByteArrayOutputStream();
        batch.skriv(null, alle::write);
        var to = new ByteArrayOutputStream();
        batch.skriv(new boolean[] {true, false, true}, to::write);

        byte[] a = alle.toByteArray();
        assertThat(new String(a, 0, 11, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PGCOPY\n\u00ff\r\n\0");
        assertThat(a[a.length - 2]).isEqualTo((byte) -1);
        assertThat(a[a.length - 1]).isEqualTo((byte) -1);
        int hode = 19;
        int rad = (a.length - hode - 2 - 4) / 3; // row 2 has a date (4 bytes) where the others have none
        assertThat(to.size()).isEqualTo(hode + 2 * rad + 2);
    }
}
