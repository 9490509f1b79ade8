package no.samskap.tilgang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class ClaimMappingTests {

    @Test
    void mapsKnownRolesFromAListIgnoringCasePrefixAndUnknownNames() {
        var roles = SecurityConfiguration.rolesFrom(List.of("tiltaksadmin", "ROLE_VEILEDER", "ADMIN", " ", "ROLE_"));

        assertThat(roles).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_TILTAKSADMIN", "ROLE_VEILEDER");
    }

    @Test
    void mapsRolesFromASpaceOrCommaSeparatedString() {
        assertThat(SecurityConfiguration.rolesFrom("ARRANGOR EVALUATOR,INVESTOR"))
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ARRANGOR", "ROLE_EVALUATOR", "ROLE_INVESTOR");
    }

    @Test
    void givesNoRolesWithoutClaim() {
        assertThat(SecurityConfiguration.rolesFrom(null)).isEmpty();
        assertThat(SecurityConfiguration.rolesFrom(42)).isEmpty();
    }

    @Test
    void readsNestedClaimsByDottedName() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("DELTAKER")));

        assertThat(SecurityConfiguration.Claims.get(claims, "realm_access.roles")).isEqualTo(List.of("DELTAKER"));
        assertThat(SecurityConfiguration.Claims.get(claims, "realm_access.finnes.ikke")).isNull();
    }

    @Test
    void prefersAClaimWhoseNameContainsDots() {
        Map<String, Object> claims = Map.of("https://samskap.no/roles", List.of("PARTNERSKAP"));

        assertThat(SecurityConfiguration.Claims.get(claims, "https://samskap.no/roles")).isEqualTo(List.of("PARTNERSKAP"));
    }

    @Test
    void readsASingleStringFromAStringOrTheFirstOfAList() {
        assertThat(SecurityConfiguration.Claims.string(Map.of("nav_enhet", " 0315 "), "nav_enhet")).isEqualTo("0315");
        assertThat(SecurityConfiguration.Claims.string(Map.of("nav_enhet", List.of("0300", "0315")), "nav_enhet")).isEqualTo("0300");
        assertThat(SecurityConfiguration.Claims.string(Map.of("nav_enhet", ""), "nav_enhet")).isNull();
    }
}
