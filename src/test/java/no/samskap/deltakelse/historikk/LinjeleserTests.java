package no.samskap.deltakelse.historikk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinjeleserTests {

    private static Linjeleser leser(String tekst) {
        return new Linjeleser(new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsLinesWithTheirNumbersAndAnyLineBreak() throws IOException {
        try (var l = leser("\uFEFFa;b\r\nøæå\n\nsiste")) {
            assertThat(l.neste()).isEqualTo("a;b");
            assertThat(l.nummer()).isEqualTo(1);
            assertThat(l.neste()).isEqualTo("øæå");
            assertThat(l.neste()).isEmpty();
            assertThat(l.neste()).isEqualTo("siste");
            assertThat(l.nummer()).isEqualTo(4);
            assertThat(l.neste()).isNull();
        }
    }

    @Test
    void skipsALineTooLongToHoldAndGoesOn() throws IOException {
        String lang = "x".repeat(200_000);
        try (var l = leser("kort\n" + lang + "\nneste\n")) {
            assertThat(l.neste()).isEqualTo("kort");
            assertThat(l.neste()).isSameAs(Linjeleser.FOR_LANG);
            assertThat(l.neste()).isEqualTo("neste");
            assertThat(l.nummer()).isEqualTo(3);
            assertThat(l.neste()).isNull();
        }
    }

    @Test
    void skipsToALineNumber() throws IOException {
        try (var l = leser("1\n2\n3\n4\n")) {
            l.hoppOver(2);
            assertThat(l.neste()).isEqualTo("3");
            assertThat(l.nummer()).isEqualTo(3);
        }
    }

    @Test
    void countsLinesAndHashesAFile() throws IOException {
        var a = Filsammendrag.les(new ByteArrayInputStream("a\nb\nc".getBytes(StandardCharsets.UTF_8)), null);
        var b = Filsammendrag.les(new ByteArrayInputStream("a\nb\nc\n".getBytes(StandardCharsets.UTF_8)), null);

        assertThat(a.linjer()).isEqualTo(3);
        assertThat(b.linjer()).isEqualTo(3);
        assertThat(a.storrelse()).isEqualTo(5);
        assertThat(a.sha256()).hasSize(64).isNotEqualTo(b.sha256());
    }
}
