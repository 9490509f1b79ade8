package no.samskap.tiltak;

import static no.samskap.organisasjon.SamskapKlient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.samskap.SamskapIntegrationTest;
import no.samskap.organisasjon.SamskapKlient;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.shared.Prismodelltype;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

@SamskapIntegrationTest
class TiltakstypeApiIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    TiltakstypeKatalog katalog;

    @Autowired
    TiltakstypeService service;

    SamskapKlient klient;

    @BeforeEach
    void klient() {
        klient = SamskapKlient.anonym(port);
    }

    @Test
    void listsNavsMeasureTypesWithTheirArenaCodes() throws Exception {
        JsonNode alle = json(klient.api("/api/v1/tiltakstyper", "veileder"));

        List<String> koder = new ArrayList<>();
        alle.forEach(t -> koder.add(t.get("tiltakskode").asString() + "/" + t.get("arenakode").asString()));
        assertThat(koder).contains(
                "ARBEIDSFORBEREDENDE_TRENING/ARBFORB",
                "VARIG_TILRETTELAGT_ARBEID_SKJERMET/VASV",
                "AVKLARING/AVKLARAG",
                "OPPFOLGING/INDOPPFAG",
                "JOBBKLUBB/JOBBK",
                "DIGITALT_OPPFOLGINGSTILTAK/DIGIOPPARB",
                "GRUPPE_ARBEIDSMARKEDSOPPLAERING/GRUPPEAMO",
                "GRUPPE_FAG_OG_YRKESOPPLAERING/GRUFAGYRKE",
                "ARBEIDSRETTET_REHABILITERING/ARBRRHDAG");
        alle.forEach(t -> {
            assertThat(t.get("beskrivelse").asString()).hasSizeGreaterThan(100);
            assertThat(t.get("delMedBrukerTekst").asString()).isNotBlank();
        });
    }

    @Test
    void allowsOnlyForhandsgodkjentWithTheFixedRateForAft() throws Exception {
        JsonNode aft = json(klient.api("/api/v1/tiltakstyper/ARBEIDSFORBEREDENDE_TRENING", "admin"));

        assertThat(aft.get("navn").asString()).isEqualTo("Arbeidsforberedende trening");
        assertThat(aft.get("avtaletyper")).hasSize(1);
        assertThat(aft.get("avtaletyper").get(0).asString()).isEqualTo("FORHANDSGODKJENT");
        assertThat(aft.get("systemPrismodell").asString()).isEqualTo("FAST_SATS_PER_TILTAKSPLASS_PER_MANED");
    }

    @Test
    void opensVtaOnlyToVarigTilpassetInnsats() {
        var vta = katalog.finn("VARIG_TILRETTELAGT_ARBEID_SKJERMET").orElseThrow();

        assertThat(vta.innsatsgrupper()).containsExactly(Innsatsgruppe.VARIG_TILPASSET_INNSATS);
        assertThat(vta.avtaletyper()).containsExactly(Avtaletype.FORHANDSGODKJENT);
        assertThat(vta.systemPrismodell()).isEqualTo(Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED);
    }

    @Test
    void letsProcuredTypesBeBoughtByAgreementButNotForhandsgodkjent() {
        var oppfolging = katalog.finn("OPPFOLGING").orElseThrow();

        assertThat(oppfolging.avtaletyper())
                .containsExactlyInAnyOrder(Avtaletype.AVTALE, Avtaletype.RAMMEAVTALE, Avtaletype.OFFENTLIG_OFFENTLIG);
        assertThat(oppfolging.systemPrismodell()).isNull();
    }

    @Test
    void givesASystemPriceModelToEveryTypeThatMayBeForhandsgodkjent() {
        assertThat(katalog.alle()).isNotEmpty().allSatisfy(t -> assertThat(t.systemPrismodell() != null)
                .isEqualTo(t.avtaletyper().contains(Avtaletype.FORHANDSGODKJENT)));
    }

    @Test
    void filtersByInnsatsgruppe() throws Exception {
        List<String> standard = koder(json(klient.api("/api/v1/tiltakstyper?innsatsgruppe=STANDARD_INNSATS", "veileder")));
        List<String> varig = koder(json(klient.api("/api/v1/tiltakstyper?innsatsgruppe=VARIG_TILPASSET_INNSATS", "veileder")));

        assertThat(standard)
                .contains("JOBBKLUBB", "GRUPPE_ARBEIDSMARKEDSOPPLAERING")
                .doesNotContain("ARBEIDSFORBEREDENDE_TRENING", "OPPFOLGING", "VARIG_TILRETTELAGT_ARBEID_SKJERMET");
        assertThat(varig).contains("ARBEIDSFORBEREDENDE_TRENING", "VARIG_TILRETTELAGT_ARBEID_SKJERMET", "OPPFOLGING")
                .doesNotContain("JOBBKLUBB");
    }

    @Test
    void rejectsUnknownInnsatsgruppeWith400() throws Exception {
        var response = klient.api("/api/v1/tiltakstyper?innsatsgruppe=INGEN", "veileder");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("innsatsgruppe");
    }

    @Test
    void answersUnknownTiltakskodeWith404Problem() throws Exception {
        var response = klient.api("/api/v1/tiltakstyper/FINNES_IKKE", "veileder");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asString()).isEqualTo("ikke-funnet");
    }

    @Test
    void requiresLogin() throws Exception {
        assertThat(klient.get("/api/v1/tiltakstyper/OPPFOLGING").statusCode()).isEqualTo(401);
    }

    @Test
    void refusesTheListToAUserWithoutAnyRole() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("uten-rolle", "n/a", List.of()));
        try {
            assertThatThrownBy(() -> service.listTiltakstyper(null)).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static List<String> koder(JsonNode liste) {
        List<String> koder = new ArrayList<>();
        liste.forEach(t -> koder.add(t.get("tiltakskode").asString()));
        return koder;
    }
}
