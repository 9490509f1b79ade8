package no.samskap.katalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samskap.katalog.KatalogService;
import no.samskap.katalog.KatalogStandardfilter;
import no.samskap.platform.Url;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The catalog page's redirect when opened without a query string: the saved default first, then the office. */
@WebMvcTest(KatalogPageController.class)
@Import(Url.class)
@WithMockUser(roles = "VEILEDER")
class KatalogPageControllerTests {

    private static final Innlogget VEILEDER =
            new Innlogget("Z111111", "Vera Veileder", Set.of(Rolle.VEILEDER), "0315", List.of());

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    KatalogService service;

    @MockitoBean
    KatalogStandardfilter standardfilter;

    @MockitoBean
    TilgangService tilgang;

    @BeforeEach
    void setUp() {
        when(tilgang.innlogget()).thenReturn(VEILEDER);
        when(service.krevTilgang()).thenReturn(VEILEDER);
        when(service.kontorsporring(VEILEDER)).thenReturn(Optional.of("navEnhet=0315&navEnhet=0300"));
    }

    @Test
    void redirectsToTheSavedDefaultFilterWhenThereIsOne() {
        when(standardfilter.standardsporring("Z111111")).thenReturn(Optional.of("tiltakskode=JOBBKLUBB&q=kurs"));

        assertThat(mvc.get().uri("/katalog")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/katalog?tiltakskode=JOBBKLUBB&q=kurs");
    }

    @Test
    void redirectsToTheOfficeAndRegionWithoutASavedDefault() {
        when(standardfilter.standardsporring("Z111111")).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/katalog")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/katalog?navEnhet=0315&navEnhet=0300");
    }

    @Test
    void redirectsToAllOfficesWhenTheUserHasNoOffice() {
        when(standardfilter.standardsporring("Z111111")).thenReturn(Optional.empty());
        when(service.kontorsporring(VEILEDER)).thenReturn(Optional.empty());

        assertThat(mvc.get().uri("/katalog")).hasStatus3xxRedirection().hasRedirectedUrl("/katalog?sortering=NAVN");
    }
}
