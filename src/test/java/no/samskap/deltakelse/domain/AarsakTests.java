package no.samskap.deltakelse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseProblem;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class AarsakTests {

    @Test
    void otherNeedsADescription() {
        assertProblem(Aarsakstype.ANNET, "  ", DeltakelseProblem.AARSAK_BESKRIVELSE_PAAKREVD);
        assertThat(new Aarsak(Aarsakstype.ANNET, "  Flyttet  ").beskrivelse()).isEqualTo("Flyttet");
    }

    @Test
    void listedReasonsTakeNoDescription() {
        assertProblem(Aarsakstype.FATT_JOBB, "Rema 1000", DeltakelseProblem.AARSAK_BESKRIVELSE_IKKE_TILLATT);
        assertThat(new Aarsak(Aarsakstype.FATT_JOBB, " ").beskrivelse()).isNull();
    }

    @Test
    void descriptionHasAMaximumLength() {
        assertThat(new Aarsak(Aarsakstype.ANNET, "x".repeat(Aarsak.MAKS_BESKRIVELSE)).beskrivelse()).hasSize(200);
        assertProblem(Aarsakstype.ANNET, "x".repeat(Aarsak.MAKS_BESKRIVELSE + 1), DeltakelseProblem.AARSAK_BESKRIVELSE_FOR_LANG);
    }

    private static void assertProblem(Aarsakstype type, String beskrivelse, DeltakelseProblem problem) {
        assertThatThrownBy(() -> new Aarsak(type, beskrivelse))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::problem)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("aarsak.beskrivelse", problem)));
    }
}
