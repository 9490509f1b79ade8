package no.samskap.arrangor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonBruk;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class KontaktpersonTests {

    @Test
    void cleansInputAndNormalisesNorwegianPhoneNumbers() {
        var o = Kontaktperson.Opplysninger.valider(
                " Kari Nordmann ", " kari@example.no ", "+47 912 34 567", Set.of(Ansvar.AVTALE), InvalidInput.collector());
        assertThat(o.navn()).isEqualTo("Kari Nordmann");
        assertThat(o.epost()).isEqualTo("kari@example.no");
        assertThat(o.telefon()).isEqualTo("91234567");
        assertThat(Kontaktperson.normaliserTelefon("0047 22-33-44-55")).isEqualTo("22334455");
        assertThat(Kontaktperson.normaliserTelefon("(+46) 70 123 45 67")).isEqualTo("+46701234567");
        assertThat(Kontaktperson.normaliserTelefon("12 34")).isNull();
        assertThat(Kontaktperson.normaliserTelefon("tlf 91234567")).isNull();
    }

    @Test
    void allowsMissingPhone() {
        var o = Kontaktperson.Opplysninger.valider("Ola", "ola@example.no", " ", Set.of(Ansvar.OKONOMI), InvalidInput.collector());
        assertThat(o.telefon()).isNull();
    }

    @Test
    void reportsAllMissingFieldsTogether() {
        assertThatThrownBy(() -> Kontaktperson.Opplysninger.valider(null, null, null, null, InvalidInput.collector()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.problem().code())
                        .containsExactlyInAnyOrder(
                                "navn:arrangor.kontaktperson.navn.paakrevd",
                                "epost:arrangor.kontaktperson.epost.paakrevd",
                                "ansvar:arrangor.kontaktperson.ansvar.paakrevd"));
    }

    @Test
    void rejectsInvalidEmail() {
        for (String epost : new String[] {"kari", "kari@", "kari@example", "kari@@example.no", "kari nordmann@example.no"}) {
            assertThatThrownBy(() -> Kontaktperson.Opplysninger.valider(
                            "Kari", epost, null, Set.of(Ansvar.AVTALE), InvalidInput.collector()))
                    .as(epost)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                            .extracting(v -> v.problem().code())
                            .containsExactly("arrangor.kontaktperson.epost.ugyldig"));
        }
    }

    @Test
    void refusesDeletionWhileAnyModuleUsesIt() {
        Kontaktperson k = kontaktperson();
        KontaktpersonBruk ubrukt = id -> false;
        KontaktpersonBruk brukt = id -> id.equals(k.id());

        assertThatThrownBy(() -> k.kontrollerSletting(List.of(ubrukt, brukt)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e ->
                        assertThat(e.problem().code()).isEqualTo("arrangor.kontaktperson.i-bruk"));
    }

    @Test
    void allowsDeletionWhenNoModuleUsesIt() {
        Kontaktperson k = kontaktperson();
        assertThatNoException().isThrownBy(() -> k.kontrollerSletting(List.of(id -> false)));
        assertThatNoException().isThrownBy(() -> k.kontrollerSletting(List.of()));
    }

    private static Kontaktperson kontaktperson() {
        return Kontaktperson.opprett(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Kontaktperson.Opplysninger.valider(
                        "Kari", "kari@example.no", null, Set.of(Ansvar.GJENNOMFORING), InvalidInput.collector()));
    }
}
