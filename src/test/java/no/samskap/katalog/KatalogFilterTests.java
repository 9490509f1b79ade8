package no.samskap.katalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.InvalidInput;
import no.samskap.tiltak.Oppstartstype;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class KatalogFilterTests {

    private static final Set<String> KODER = Set.of("OPPFOLGING", "JOBBKLUBB");

    private static KatalogFilter tolk(String query) {
        var params = new LinkedMultiValueMap<String, String>();
        if (!query.isEmpty()) {
            for (String par : query.split("&")) {
                String[] kv = par.split("=", 2);
                params.add(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return KatalogFilter.fra(params, KODER);
    }

    private static List<String> feil(String query) {
        try {
            tolk(query);
            throw new AssertionError("expected InvalidInput for " + query);
        } catch (InvalidInput e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.problem().code()).toList();
        }
    }

    @Test
    void parsesEveryParameter() {
        KatalogFilter f = tolk("q=oppfølging&innsatsgruppe=STANDARD_INNSATS&navEnhet=0315&navEnhet=0300"
                + "&tiltakskode=JOBBKLUBB&apentForPamelding=true&oppstartstype=FELLES&startFra=2026-01-01"
                + "&startTil=2026-02-01&sortering=STARTDATO&side=3&storrelse=50");

        assertThat(f.q()).isEqualTo("oppfølging");
        assertThat(f.innsatsgruppe()).isEqualTo(Innsatsgruppe.STANDARD_INNSATS);
        assertThat(f.navEnheter()).containsExactly("0315", "0300");
        assertThat(f.tiltakskoder()).containsExactly("JOBBKLUBB");
        assertThat(f.apentForPamelding()).isTrue();
        assertThat(f.oppstartstype()).isEqualTo(Oppstartstype.FELLES);
        assertThat(f.startFra()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(f.startTil()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(f.sortering()).isEqualTo(KatalogSortering.STARTDATO);
        assertThat(f.side()).isEqualTo(3);
        assertThat(f.storrelse()).isEqualTo(50);
        assertThat(f.offset()).isEqualTo(100);
    }

    @Test
    void usesDefaultsAndIgnoresBlankValues() {
        KatalogFilter f = tolk("q=&navEnhet=&innsatsgruppe=&sortering=&annet=x");

        assertThat(f.q()).isNull();
        assertThat(f.navEnheter()).isEmpty();
        assertThat(f.innsatsgruppe()).isNull();
        assertThat(f.sortering()).isEqualTo(KatalogSortering.NAVN);
        assertThat(f.side()).isEqualTo(1);
        assertThat(f.storrelse()).isEqualTo(KatalogFilter.STANDARD_STORRELSE);
        assertThat(f.apentForPamelding()).isFalse();
    }

    @Test
    void sortsByRelevanceByDefaultOnlyWithFreeText() {
        assertThat(tolk("q=jobb").sortering()).isEqualTo(KatalogSortering.RELEVANS);
        assertThat(tolk("sortering=RELEVANS").sortering()).isEqualTo(KatalogSortering.NAVN);
        assertThat(tolk("q=jobb&sortering=NAVN").sortering()).isEqualTo(KatalogSortering.NAVN);
    }

    @Test
    void removesDuplicateOfficesAndTypes() {
        KatalogFilter f = tolk("navEnhet=0315&navEnhet=0315&tiltakskode=JOBBKLUBB&tiltakskode=JOBBKLUBB");

        assertThat(f.navEnheter()).containsExactly("0315");
        assertThat(f.tiltakskoder()).containsExactly("JOBBKLUBB");
    }

    @Test
    void reportsEveryRejectedParameterTogether() {
        assertThat(feil("startFra=2027-01-01&startTil=2026-01-01&innsatsgruppe=X&storrelse=101&side=0&sortering=X"
                        + "&navEnhet=031&tiltakskode=X&oppstartstype=X&apentForPamelding=ja"))
                .containsExactlyInAnyOrder(
                        "startFra:katalog.start-fra.etter-start-til",
                        "innsatsgruppe:katalog.innsatsgruppe.ukjent",
                        "storrelse:katalog.storrelse.ugyldig",
                        "side:katalog.side.ugyldig",
                        "sortering:katalog.sortering.ukjent",
                        "navEnhet:katalog.nav-enhet.ugyldig",
                        "tiltakskode:katalog.tiltakskode.ukjent",
                        "oppstartstype:katalog.oppstartstype.ukjent",
                        "apentForPamelding:katalog.apent-for-pamelding.ugyldig");
    }

    @Test
    void rejectsMalformedNumbersAndDates() {
        assertThat(feil("storrelse=abc&side=1.5&startTil=31.12.2026")).containsExactlyInAnyOrder(
                "storrelse:katalog.storrelse.ugyldig", "side:katalog.side.ugyldig", "startTil:katalog.dato.ugyldig");
        assertThat(feil("storrelse=0")).containsExactly("storrelse:katalog.storrelse.ugyldig");
        assertThat(tolk("storrelse=100").storrelse()).isEqualTo(100);
    }

    @Test
    void rejectsRepeatedSingleValueParametersAndTooLongText() {
        assertThat(feil("innsatsgruppe=STANDARD_INNSATS&innsatsgruppe=VARIG_TILPASSET_INNSATS"))
                .containsExactly("innsatsgruppe:katalog.parameter.flere-verdier");
        assertThat(feil("q=" + "a".repeat(201))).containsExactly("q:katalog.q.for-lang");
    }

    @Test
    void writesTheFilterBackAsAQueryStringWithoutDefaultsOrPage() {
        assertThat(tolk("q=oppfølging og jobb&navEnhet=0315&side=3&sortering=RELEVANS").sporring())
                .isEqualTo("q=oppf%C3%B8lging%20og%20jobb&navEnhet=0315");
        assertThat(tolk("tiltakskode=JOBBKLUBB&sortering=STARTDATO&storrelse=50&apentForPamelding=true").sporring())
                .isEqualTo("tiltakskode=JOBBKLUBB&apentForPamelding=true&sortering=STARTDATO&storrelse=50");
    }

    @Test
    void splitsHighlightedTextIntoPlainAndMatchingPieces() {
        assertThat(Tekstdel.fraMarkert("\u0002Oppfølgingen\u0003 i <b>Oslo</b>")).containsExactly(
                new Tekstdel("Oppfølgingen", true), new Tekstdel(" i <b>Oslo</b>", false));
        assertThat(Tekstdel.fraMarkert("ingen treff")).containsExactly(new Tekstdel("ingen treff", false));
        assertThat(Tekstdel.fraMarkert("")).isEmpty();
    }

    @Test
    void invalidInputCarriesFieldViolations() {
        assertThatThrownBy(() -> tolk("side=-1")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("side"));
    }
}
