package no.samskap.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.avtale.AvtaleService;
import no.samskap.deltakelse.Plassoversikt;
import no.samskap.katalog.persistence.KatalogQueries;
import no.samskap.katalog.persistence.OppforingRepository;
import no.samskap.organisasjon.NavEnhetInfo;
import no.samskap.organisasjon.NavEnhetKatalog;
import no.samskap.organisasjon.NavEnhetType;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import no.samskap.tiltak.GjennomforingService;
import no.samskap.tiltak.TiltakstypeKatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The catalog page names chosen NAV units on every view; the units are reference data (they change only by
 * migration), so {@link KatalogService#navEnheter} reads each existing unit once and answers from memory after that.
 */
class KatalogServiceNavEnheterTests {

    private static final NavEnhetInfo OSLO = new NavEnhetInfo("0300", "Nav Oslo", NavEnhetType.FYLKE, null);
    private static final NavEnhetInfo GRUNERLOKKA =
            new NavEnhetInfo("0315", "Nav Grünerløkka", NavEnhetType.LOKAL, "0300");
    private static final NavEnhetInfo BERGEN = new NavEnhetInfo("1201", "Nav Bergen", NavEnhetType.LOKAL, "4600");
    private static final Map<String, NavEnhetInfo> FINNES =
            Map.of(OSLO.enhetsnummer(), OSLO, GRUNERLOKKA.enhetsnummer(), GRUNERLOKKA, BERGEN.enhetsnummer(), BERGEN);

    private final NavEnhetKatalog navEnheter = mock(NavEnhetKatalog.class);
    private final TilgangService tilgang = mock(TilgangService.class);
    private final KatalogService service = new KatalogService(mock(KatalogQueries.class),
            mock(OppforingRepository.class), mock(GjennomforingService.class), mock(AvtaleService.class),
            mock(ArrangorKatalog.class), mock(TiltakstypeKatalog.class), navEnheter, mock(Plassoversikt.class),
            tilgang, Clock.systemUTC());

    @BeforeEach
    void setUp() {
        when(tilgang.krev(any(Rolle[].class))).thenReturn(
                new Innlogget("Z111111", "Vera Veileder", Set.of(Rolle.VEILEDER), "0315", List.of()));
        when(navEnheter.hent(any())).thenAnswer(kall -> {
            Collection<String> numre = kall.getArgument(0);
            return numre.stream().filter(FINNES::containsKey).sorted().map(FINNES::get).toList();
        });
    }

    @Test
    void readsEachUnitOnceAndAnswersInEnhetsnummerOrderAfterwards() {
        assertThat(service.navEnheter(List.of("0315", "0300"))).containsExactly(OSLO, GRUNERLOKKA);
        assertThat(service.navEnheter(List.of("0315"))).containsExactly(GRUNERLOKKA);
        assertThat(service.navEnheter(List.of("1201", "0300", "0315"))).containsExactly(OSLO, GRUNERLOKKA, BERGEN);

        verify(navEnheter).hent(Set.of("0315", "0300"));
        verify(navEnheter).hent(Set.of("1201"));
        verifyNoMoreInteractions(navEnheter);
    }

    @Test
    void asksAgainForUnknownNumbersSoInputCannotFillTheCacheAndLeavesThemOut() {
        assertThat(service.navEnheter(List.of("9999", "0315"))).containsExactly(GRUNERLOKKA);
        assertThat(service.navEnheter(List.of("9999", "0315"))).containsExactly(GRUNERLOKKA);
        assertThat(service.navEnheter(List.of())).isEmpty();

        verify(navEnheter).hent(Set.of("9999", "0315"));
        verify(navEnheter, times(1)).hent(Set.of("9999"));
        verifyNoMoreInteractions(navEnheter);
    }
}
