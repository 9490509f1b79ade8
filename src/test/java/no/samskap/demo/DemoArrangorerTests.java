package no.samskap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import no.samskap.demo.DemoArrangorer.Enhet;
import no.samskap.demo.DemoArrangorer.Organisasjon;
import no.samskap.shared.Organisasjonsnummer;
import org.junit.jupiter.api.Test;

class DemoArrangorerTests {

    private static List<Enhet> enheter() {
        var enheter = new ArrayList<Enhet>();
        for (Organisasjon o : DemoArrangorer.ORGANISASJONER) {
            enheter.add(o.hovedenhet());
            enheter.addAll(o.underenheter());
        }
        return enheter;
    }

    @Test
    void usesValidAndDistinctOrganisasjonsnumre() {
        assertThat(enheter())
                .extracting(Enhet::organisasjonsnummer)
                .allMatch(Organisasjonsnummer::isValid)
                .doesNotHaveDuplicates();
    }

    @Test
    void includesTheDemoProviderUsersOrganisations() {
        Organisasjon fretex = DemoArrangorer.ORGANISASJONER.getFirst();

        assertThat(fretex.hovedenhet().organisasjonsnummer()).isEqualTo("983982433");
        assertThat(fretex.underenheter()).extracting(Enhet::organisasjonsnummer).contains("992943084");
    }

    @Test
    void givesEveryProviderTwoOrThreeUnderenheterAndEveryUnitAContactPerson() {
        assertThat(DemoArrangorer.ORGANISASJONER)
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(o -> assertThat(o.underenheter()).hasSizeBetween(2, 3));
        assertThat(enheter()).allSatisfy(e -> assertThat(e.kontakter()).isNotEmpty());
    }
}
