package no.samskap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.demo.DemoAvtaler.Forlop;
import no.samskap.demo.DemoAvtaler.Spesifikasjon;
import no.samskap.demo.DemoGjennomforinger.Tilstand;
import no.samskap.shared.Avtaletype;
import no.samskap.tiltak.Oppstartstype;
import org.junit.jupiter.api.Test;

class DemoAvtalerTests {

    private static final Map<String, Spesifikasjon> AVTALER =
            DemoAvtaler.AVTALER.stream().collect(Collectors.toMap(Spesifikasjon::nokkel, Function.identity()));

    @Test
    void spreadsAgreementsOverSixRegionsWithOneEndedAndOneAborted() {
        assertThat(DemoAvtaler.AVTALER.stream().flatMap(a -> a.regioner().stream()).distinct())
                .containsExactlyInAnyOrder("0300", "1200", "5700", "1100", "1800", "1000");
        assertThat(DemoAvtaler.AVTALER).filteredOn(a -> a.forlop() == Forlop.AVSLUTTET).hasSize(1);
        assertThat(DemoAvtaler.AVTALER).filteredOn(a -> a.forlop() == Forlop.AVBRUTT).hasSize(1);
    }

    @Test
    void givesPreApprovedAgreementsNoEndDateAndOthersACaseNumberAndPrice() {
        assertThat(DemoAvtaler.AVTALER).allSatisfy(a -> {
            if (a.avtaletype() == Avtaletype.FORHANDSGODKJENT) {
                assertThat(a.varighet()).isNull();
                assertThat(a.priser()).isEmpty();
            } else {
                assertThat(a.varighet()).isNotNull();
                assertThat(a.sakarkivnummer()).matches("\\d{2}/\\d+");
                assertThat(a.priser()).isNotEmpty();
            }
            assertThat(a.navn()).hasSizeGreaterThanOrEqualTo(5);
        });
    }

    @Test
    void placesImplementationsUnderActiveAgreementsAtTheirUnderenheterAndOffices() {
        assertThat(DemoGjennomforinger.GJENNOMFORINGER).hasSizeBetween(15, 25).allSatisfy(g -> {
            Spesifikasjon avtale = AVTALER.get(g.avtale());
            assertThat(avtale).as(g.navn()).isNotNull();
            assertThat(avtale.forlop()).as(g.navn()).isEqualTo(Forlop.AKTIV);
            assertThat(avtale.underenheter()).as(g.navn()).contains(g.arrangor());
            assertThat(avtale.kontorer()).as(g.navn()).containsAll(g.kontorer());
            assertThat(g.varighet() == null).as(g.navn()).isEqualTo(avtale.avtaletype() == Avtaletype.FORHANDSGODKJENT);
            assertThat(g.antallPlasser()).isPositive();
        });
    }

    @Test
    void showsTheOsloCounsellorSeveralOpenImplementationsAndCoversEveryState() {
        assertThat(DemoGjennomforinger.GJENNOMFORINGER)
                .filteredOn(g -> g.tilstand() == Tilstand.APEN && g.kontorer().contains("0315"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(DemoGjennomforinger.GJENNOMFORINGER.stream().map(g -> g.tilstand()).distinct())
                .containsExactlyInAnyOrder(Tilstand.values());
        assertThat(DemoGjennomforinger.GJENNOMFORINGER.stream().map(g -> g.oppstartstype()).distinct())
                .containsExactlyInAnyOrder(Oppstartstype.values());
    }
}
