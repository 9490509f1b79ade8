package no.samskap.effekt.domain;

import static no.samskap.effekt.domain.EffektFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppression of figures counting fewer than five participants, and the investor's aggregate. */
class PrikkingTests {

    @Test
    void hidesAFigureCountingFewerThanFiveParticipants() {
        assertThat(Prikking.vis(Penger.nok(40_000), 4)).isEqualTo(new Prikking.Tall<Penger>(null, 4, true));
        assertThat(Prikking.vis(Penger.nok(40_000), 0).skjult()).isTrue();
        assertThat(Prikking.vis(Penger.nok(50_000), 5)).isEqualTo(new Prikking.Tall<>(Penger.nok(50_000), 5, false));
    }

    @Test
    void hidesASecondCellWhenOnlyOneIsSmallSoItCannotBeWorkedOutFromTheTotal() {
        var tall = Prikking.tabell(List.of(
                new Prikking.Celle<>("A", 30, 30), new Prikking.Celle<>("B", 3, 3), new Prikking.Celle<>("C", 8, 8),
                new Prikking.Celle<>("D", 12, 12)));

        assertThat(tall).extracting(Prikking.Tall::skjult).containsExactly(false, true, true, false);
        assertThat(tall.get(2).verdi()).isNull();
    }

    @Test
    void needsNoSecondCellWhenTwoAreSmallAlready() {
        var tall = Prikking.tabell(List.of(
                new Prikking.Celle<>("A", 30, 30), new Prikking.Celle<>("B", 3, 3), new Prikking.Celle<>("C", 2, 2)));

        assertThat(tall).extracting(Prikking.Tall::skjult).containsExactly(false, true, true);
    }

    @Test
    void showsATableWithoutSmallCellsAsItIs() {
        var tall = Prikking.tabell(List.of(new Prikking.Celle<>("A", 5, 5), new Prikking.Celle<>("B", 9, 9)));
        assertThat(tall).extracting(Prikking.Tall::verdi).containsExactly(5, 9);
    }

    @Test
    void suppressesTheInvestorsFiguresPerMetricAndCountsParticipantsNotClaims() {
        var vilkar = vilkar(Penger.NOK)
                .maal(fast("OPPSTART", Penger.nok(1_000)), fast("JOBB", Penger.nok(10_000)),
                        fast("MESTRING", Penger.nok(100)).medGjentakelse(Gjentakelse.PER_KVARTAL))
                .bygg();
        List<Krav> krav = new ArrayList<>();
        List<DeltakerId> deltakere = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var d = DeltakerId.random();
            deltakere.add(d);
            krav.add(krav(d, "OPPSTART", DAG));
        }
        for (int i = 0; i < 3; i++) {
            krav.add(krav(deltakere.get(i), "JOBB", DAG.plusMonths(2)));
        }
        for (int kvartal = 0; kvartal < 4; kvartal++) { // 4 participants, 16 claims
            for (int i = 0; i < 4; i++) {
                krav.add(krav(deltakere.get(i), "MESTRING", DAG.plusMonths(3L * kvartal)));
            }
        }
        var aggregat = Investoraggregat.av(godkjennAlle(vilkar, krav, DAG.plusYears(1)));

        assertThat(aggregat.linjer()).extracting(Investoraggregat.Linje::maal)
                .containsExactly("OPPSTART", "JOBB", "MESTRING");
        assertThat(aggregat.linjer().get(0).deltakere().verdi()).isEqualTo(12);
        assertThat(aggregat.linjer().get(0).godkjent().verdi()).isEqualTo(Penger.nok(12_000));
        assertThat(aggregat.linjer().get(1).godkjent().skjult()).isTrue();
        assertThat(aggregat.linjer().get(1).deltakere().skjult()).isTrue();
        assertThat(aggregat.linjer().get(2).godkjent().skjult()).as("16 claims, but only 4 participants").isTrue();
        assertThat(aggregat.deltakere().verdi()).isEqualTo(12);
        assertThat(aggregat.godkjent().verdi()).isEqualTo(Penger.nok(12_000 + 30_000 + 1_600));
    }

    @Test
    void holdsNoParticipantIdsOrClaimsInTheInvestorsAggregate() {
        List<Class<?>> typer = new ArrayList<>();
        for (Class<?> c : List.of(Investoraggregat.class, Investoraggregat.Linje.class, Prikking.Tall.class)) {
            Arrays.stream(c.getRecordComponents()).map(RecordComponent::getType).forEach(typer::add);
        }
        assertThat(typer).doesNotContain(DeltakerId.class, Krav.class, Kravresultat.class, Avstemming.class);
        assertThat(Investoraggregat.class.getRecordComponents()).extracting(RecordComponent::getGenericType)
                .map(Object::toString)
                .noneMatch(t -> t.contains("DeltakerId") || t.contains("Krav"));
    }
}
