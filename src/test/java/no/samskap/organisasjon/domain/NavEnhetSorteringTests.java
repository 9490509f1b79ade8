package no.samskap.organisasjon.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavEnhetSorteringTests {

    @Test
    void parsesColumnAndDirection() {
        assertThat(NavEnhetSortering.fra("region"))
                .isEqualTo(new NavEnhetSortering(NavEnhetSortering.Felt.REGION, false));
        assertThat(NavEnhetSortering.fra("-enhetsnummer"))
                .isEqualTo(new NavEnhetSortering(NavEnhetSortering.Felt.ENHETSNUMMER, true));
    }

    @Test
    void fallsBackToNameForMissingOrUnknownColumns() {
        assertThat(NavEnhetSortering.fra(null)).isEqualTo(NavEnhetSortering.STANDARD);
        assertThat(NavEnhetSortering.fra("navn; drop table x")).isEqualTo(NavEnhetSortering.STANDARD);
    }
}
