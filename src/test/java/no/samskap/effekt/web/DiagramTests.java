package no.samskap.effekt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts' layout and the figures people read: values drawn to scale, suppressed ones said, not drawn. */
class DiagramTests {

    private static final Formatering FORMAT = new Formatering();

    private static List<BigDecimal> tall(Integer... verdier) {
        return Arrays.stream(verdier).map(v -> v == null ? null : BigDecimal.valueOf(v)).toList();
    }

    @Test
    void barsAreDrawnToScaleWithTheirValueAsTextAndTheSecondSeriesHatched() {
        Diagram d = Diagram.stolper("d", "Tittel", "Beskrivelse", List.of("A", "B"), List.of(
                new Diagram.Serie("Oppnådd", Diagram.Form.STOLPE, tall(5, 10), ""),
                new Diagram.Serie("Mål", Diagram.Form.STOLPE, tall(20, 20), "ikke satt")), FORMAT::tall, "Mål");

        assertThat(d.rekter()).hasSize(4);
        assertThat(d.rekter().get(1).b()).isEqualTo(4 * d.rekter().get(0).b(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.rekter()).extracting(Diagram.Rekt::skravert).containsExactly(false, true, false, true);
        assertThat(d.tekster()).extracting(Diagram.Tekst::tekst).contains("5", "10", "20", "A", "B");
        assertThat(d.tabell().kolonner()).containsExactly("Mål", "Oppnådd", "Mål");
        assertThat(d.tabell().rader()).containsExactly(List.of("A", "5", "20"), List.of("B", "10", "20"));
    }

    @Test
    void aSuppressedValueDrawsNoBarButSaysSoInTheChartAndTheTable() {
        Diagram d = Diagram.stolper("d", "Tittel", "Beskrivelse", List.of("A", "B"), List.of(
                new Diagram.Serie("Deltakere", Diagram.Form.STOLPE, tall(null, 7), "skjult")), FORMAT::tall, "Mål");

        assertThat(d.rekter()).hasSize(1);
        assertThat(d.tekster()).extracting(Diagram.Tekst::tekst).contains("skjult", "7");
        assertThat(d.tabell().rader().getFirst()).containsExactly("A", "skjult");
    }

    @Test
    void aTimeLineDrawsMoneyPaidInBelowTheAxisAndTheLineWithAMarkerPerPoint() {
        Diagram d = Diagram.tidslinje("k", "Tittel", "Beskrivelse", List.of("01.01", "01.06", "01.12"), List.of(
                new Diagram.Serie("Strøm", Diagram.Form.STOLPE, tall(-1000, 400, 800), ""),
                new Diagram.Serie("Netto", Diagram.Form.LINJE, tall(-1000, -600, 200), "")), FORMAT::tall, "Dato");

        double null0 = d.linjer().stream().filter(l -> l.klasse().equals("diagram-akse")).findFirst().orElseThrow().y1();
        assertThat(d.rekter().getFirst().y()).isEqualTo(null0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.rekter().get(1).y() + d.rekter().get(1).h()).isEqualTo(null0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(d.stier()).filteredOn(s -> s.klasse().equals("diagram-linje-1")).hasSize(1);
        assertThat(d.stier()).filteredOn(s -> s.klasse().equals("diagram-markor-1")).hasSize(3);
        assertThat(d.tekster()).extracting(Diagram.Tekst::tekst).contains("−1\u00a0000", "0");
    }

    @Test
    void axesHaveRoundStepsAndEndAtTheFirstTickBeyondTheLargestValue() {
        assertThat(Diagram.steg(new BigDecimal("7"))).isEqualByComparingTo("2");
        assertThat(Diagram.ende(new BigDecimal("7"), new BigDecimal("2"))).isEqualByComparingTo("8");
        assertThat(Diagram.steg(new BigDecimal("3241776"))).isEqualByComparingTo("1000000");
        assertThat(Diagram.ende(new BigDecimal("3241776"), new BigDecimal("1000000"))).isEqualByComparingTo("4000000");
        assertThat(Diagram.steg(new BigDecimal("180"))).isEqualByComparingTo("50");
        assertThat(Diagram.steg(new BigDecimal("0.4"))).isEqualByComparingTo("1");
        Diagram d = Diagram.stolper("d", "T", "B", List.of("A"), List.of(
                new Diagram.Serie("S", Diagram.Form.STOLPE, tall(10), "")), FORMAT::tall, "K");
        assertThat(d.tekster()).extracting(Diagram.Tekst::tekst).contains("0", "5", "10").doesNotContain("2,50");
    }

    @Test
    void amountsAndSharesReadTheNorwegianWay() {
        assertThat(FORMAT.belop(new BigDecimal("1234567.00"), "NOK")).isEqualTo("1\u00a0234\u00a0567\u00a0NOK");
        assertThat(FORMAT.belop(new BigDecimal("1234.5"), "GBP")).isEqualTo("1\u00a0234,50\u00a0GBP");
        assertThat(FORMAT.prosent(new BigDecimal("0.15"))).isEqualTo("15,0\u00a0%");
        assertThat(FORMAT.faktor(new BigDecimal("1.5762"))).isEqualTo("1,576");
        assertThat(FORMAT.maskert("15457612319")).isEqualTo("154576*****");
    }
}
