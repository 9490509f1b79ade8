package no.samskap.organisasjon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samskap.SamskapIntegrationTest;
import no.samskap.organisasjon.domain.KommuneFilter;
import no.samskap.organisasjon.domain.NavEnhetFilter;
import no.samskap.organisasjon.domain.NavEnhetSortering;
import no.samskap.platform.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@SamskapIntegrationTest
class NavEnhetKatalogIT {

    @Autowired
    NavEnhetKatalog katalog;

    @Autowired
    OrganisasjonService service;

    @AfterEach
    void loggUt() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void findsAnOfficeWithItsRegion() {
        assertThat(katalog.finn("0315"))
                .contains(new NavEnhetInfo("0315", "Nav Grünerløkka", NavEnhetType.LOKAL, "0300"));
        assertThat(katalog.finn("9999")).isEmpty();
    }

    @Test
    void fetchesOnlyUnitsThatExistInEnhetsnummerOrder() {
        assertThat(katalog.hent(List.of("1246", "9999", "0315")))
                .extracting(NavEnhetInfo::enhetsnummer)
                .containsExactly("0315", "1246");
        assertThat(katalog.hent(List.of())).isEmpty();
    }

    @Test
    void listsTheTwelveRegionsByName() {
        var regioner = katalog.regioner();

        assertThat(regioner).hasSize(12).allSatisfy(r -> {
            assertThat(r.type()).isEqualTo(NavEnhetType.FYLKE);
            assertThat(r.region()).isNull();
        });
        assertThat(regioner.getFirst().navn()).isEqualTo("Nav Agder");
    }

    @Test
    void listsTheLocalOfficesOfARegion() {
        var kontorer = katalog.kontorer("1200");

        assertThat(kontorer).isNotEmpty().allSatisfy(k -> {
            assertThat(k.type()).isEqualTo(NavEnhetType.LOKAL);
            assertThat(k.region()).isEqualTo("1200");
        });
        assertThat(kontorer).extracting(NavEnhetInfo::enhetsnummer).contains("1246");
    }

    @Test
    void refusesListsToAUserWithoutAnyRole() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("uten-rolle", "n/a", List.of()));

        assertThatThrownBy(() -> service.listNavEnheter(
                        new NavEnhetFilter(null, null, null), NavEnhetSortering.STANDARD, Side.foresporsel(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.listKommuner(new KommuneFilter(null, null),
                        Side.foresporsel(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
