package no.samskap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.samskap.effekt.EffektkontraktSammendrag;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.Innsyn;
import no.samskap.effekt.InvestorService;
import no.samskap.effekt.KravService;
import no.samskap.effekt.Kravvisning;
import no.samskap.effekt.MaalingService;
import no.samskap.effekt.UtbetalingService;
import no.samskap.tilgang.Rolle;

/**
 * The demo outcome contract as each demo user meets it: NAV, the provider, the evaluator and the investor are its
 * parties, each with what its relation allows. Run by {@link DemoDataServiceIT} once it has loaded the demo data (the
 * only test that loads it, so that it sees the loader's own counts).
 */
record DemoEffektkontraktSjekk(
        EffektkontraktService kontrakter,
        MaalingService maaling,
        KravService krav,
        UtbetalingService utbetaling,
        InvestorService investorer) {

    void demobrukerneErParterIDemokontrakten() {
        UUID k = som("admin", Rolle.TILTAKSADMIN, () -> finn(Innsyn.NAV));
        assertThat(som("arrangor", Rolle.ARRANGOR, () -> finn(Innsyn.LEVERANDOR))).isEqualTo(k);
        assertThat(som("evaluator", Rolle.EVALUATOR, () -> finn(Innsyn.EVALUATOR))).isEqualTo(k);
        assertThat(som("investor", Rolle.INVESTOR, () -> finn(Innsyn.INVESTOR))).isEqualTo(k);

        assertThat(som("arrangor", Rolle.ARRANGOR, () -> maaling.deltakere(k))).hasSize(DemoEffektkontrakt.DELTAKERE);
        List<Kravvisning> alle = som("evaluator", Rolle.EVALUATOR, () -> krav.krav(k));
        assertThat(alle).anySatisfy(x -> assertThat(x.kanVurderes()).isTrue());
        assertThat(alle).anySatisfy(x -> assertThat(x.vurdering()).isNotNull());
        assertThat(som("admin", Rolle.TILTAKSADMIN, () -> utbetaling.kjoringer(k))).singleElement()
                .satisfies(kj -> assertThat(kj.totalt()).isPositive());
        var visning = som("investor", Rolle.INVESTOR, () -> investorer.investorvisning(k));
        assertThat(visning.egne()).singleElement().satisfies(p -> assertThat(p.mottatt()).isPositive());
        assertThat(visning.resultatmaal().getFirst().deltakere().verdi()).isEqualTo(DemoEffektkontrakt.DELTAKERE);
        assertThat(visning.resultatmaal()).anySatisfy(m -> assertThat(m.deltakere().prikket()).isTrue());
        assertThat(visning.prognose()).hasSize(3);
    }

    private UUID finn(Innsyn innsyn) {
        return kontrakter.list(0, 200).innhold().stream()
                .filter(s -> s.navn().equals(DemoEffektkontrakt.NAVN) && s.innsyn() == innsyn)
                .map(EffektkontraktSammendrag::id)
                .findFirst()
                .orElseThrow();
    }

    private static <T> T som(String bruker, Rolle rolle, Supplier<T> handling) {
        return DemoEffektkontrakt.som(bruker, rolle, handling);
    }
}
