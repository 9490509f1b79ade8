package no.samskap.arrangor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.samskap.shared.OrgnrFixtures;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Organisasjonsnummer;
import org.junit.jupiter.api.Test;

class ArrangorTests {

    @Test
    void acceptsNavsOwnOrganisasjonsnummer() {
        assertThat(Organisasjonsnummer.isValid("889640782")).isTrue();
        Arrangor nav = hovedenhet("889640782");
        assertThat(nav.organisasjonsnummer().value()).isEqualTo("889640782");
        assertThat(nav.erHovedenhet()).isTrue();
    }

    @Test
    void toleratesSpacesInOrganisasjonsnummer() {
        assertThat(hovedenhet(" 889 640 782 ").organisasjonsnummer().value()).isEqualTo("889640782");
    }

    @Test
    void rejectsWrongCheckDigitWrongLengthAndLetters() {
        for (String ugyldig : new String[] {"889640783", "88964078", "8896407820", "88964078A", "889-640-782"}) {
            assertThatThrownBy(() -> hovedenhet(ugyldig))
                    .as(ugyldig)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                            .singleElement()
                            .satisfies(v -> {
                                assertThat(v.field()).isEqualTo("organisasjonsnummer");
                                assertThat(v.problem().code()).isEqualTo("arrangor.organisasjonsnummer.ugyldig");
                            }));
        }
    }

    @Test
    void reportsMissingNumberAndNameTogether() {
        assertThatThrownBy(() -> Arrangor.registrer(UUID.randomUUID(), "", null, null, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.problem().code())
                        .containsExactlyInAnyOrder("arrangor.organisasjonsnummer.paakrevd", "arrangor.navn.paakrevd"));
    }

    @Test
    void rejectsTooLongName() {
        String navn = "A".repeat(Arrangor.MAKS_NAVN + 1);
        assertThatThrownBy(() -> Arrangor.registrer(
                        UUID.randomUUID(), OrgnrFixtures.random(), navn, null, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.problem().code())
                        .containsExactly("arrangor.navn.for-langt"));
    }

    @Test
    void registersUnderenhetUnderHovedenhet() {
        Arrangor hoved = hovedenhet(OrgnrFixtures.random());
        Arrangor under = Arrangor.registrer(
                UUID.randomUUID(), OrgnrFixtures.random(), "Avdeling", hoved, "hovedenhetId", InvalidInput.collector());
        assertThat(under.erHovedenhet()).isFalse();
        assertThat(under.hovedenhetId()).isEqualTo(hoved.id());
    }

    @Test
    void rejectsUnderenhetAsParent() {
        Arrangor hoved = hovedenhet(OrgnrFixtures.random());
        Arrangor under = Arrangor.registrer(
                UUID.randomUUID(), OrgnrFixtures.random(), "Avdeling", hoved, "hovedenhetId", InvalidInput.collector());
        assertThatThrownBy(() -> Arrangor.registrer(
                        UUID.randomUUID(), OrgnrFixtures.random(), "Barnebarn", under, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("hovedenhetId");
                            assertThat(v.problem().code()).isEqualTo("arrangor.hovedenhet.er-underenhet");
                        }));
    }

    @Test
    void movesUnderenhetToAnotherHovedenhet() {
        Arrangor hoved1 = hovedenhet(OrgnrFixtures.random());
        Arrangor hoved2 = hovedenhet(OrgnrFixtures.random());
        Arrangor under = Arrangor.registrer(
                UUID.randomUUID(), OrgnrFixtures.random(), "Avdeling", hoved1, "hovedenhetId", InvalidInput.collector());

        under.endre("Avdeling Vest", hoved2, true, "hovedenhetId", InvalidInput.collector());

        assertThat(under.navn()).isEqualTo("Avdeling Vest");
        assertThat(under.hovedenhetId()).isEqualTo(hoved2.id());
    }

    @Test
    void refusesToMoveUnderenhetUnderAnotherUnderenhetOrItself() {
        Arrangor hoved = hovedenhet(OrgnrFixtures.random());
        Arrangor under1 = Arrangor.registrer(
                UUID.randomUUID(), OrgnrFixtures.random(), "En", hoved, "hovedenhetId", InvalidInput.collector());
        Arrangor under2 = Arrangor.registrer(
                UUID.randomUUID(), OrgnrFixtures.random(), "To", hoved, "hovedenhetId", InvalidInput.collector());

        assertThatThrownBy(() -> under1.endre("En", under2, true, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.problem().code())
                        .containsExactly("arrangor.hovedenhet.er-underenhet"));
        assertThatThrownBy(() -> under1.endre("En", under1, true, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.problem().code())
                        .containsExactly("arrangor.hovedenhet.er-seg-selv"));
        assertThat(under1.hovedenhetId()).isEqualTo(hoved.id());
        assertThat(under1.navn()).isEqualTo("En");
    }

    @Test
    void keepsHovedenhetWithoutParentAndUnderenhetWithParent() {
        Arrangor hoved = hovedenhet(OrgnrFixtures.random());
        Arrangor annen = hovedenhet(OrgnrFixtures.random());
        Arrangor under = Arrangor.registrer(
                UUID.randomUUID(), OrgnrFixtures.random(), "Avdeling", hoved, "hovedenhetId", InvalidInput.collector());

        assertThatThrownBy(() -> hoved.endre("Nytt navn", annen, true, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.problem().code())
                        .containsExactly("arrangor.hovedenhet.ikke-tillatt"));
        assertThatThrownBy(() -> under.endre("Avdeling", null, false, "hovedenhetId", InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.problem().code())
                        .containsExactly("arrangor.hovedenhet.paakrevd"));
        assertThat(hoved.navn()).isNotEqualTo("Nytt navn");
        assertThat(hoved.erHovedenhet()).isTrue();
    }

    private static Arrangor hovedenhet(String orgnr) {
        return Arrangor.registrer(UUID.randomUUID(), orgnr, "Arrangør AS", null, "hovedenhetId", InvalidInput.collector());
    }
}
