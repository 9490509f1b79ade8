package no.samskap.avtale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.TestApi;
import no.samskap.avtale.AvtaleApiIT.Arrangor;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.avtale.AvtaleUtkast;
import no.samskap.avtale.PrismodellUtkast;
import no.samskap.avtale.persistence.AvtaleFilter;
import no.samskap.platform.JobLock;
import no.samskap.platform.Side;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.NotFound;
import no.samskap.tiltak.AvtaleOppslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.test.context.support.WithMockUser;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service with its SQL, the nightly job, the ports it implements and provider access, on the embedded PostgreSQL. */
@SamskapIntegrationTest
@WithMockUser(username = "admin", roles = "TILTAKSADMIN")
class AvtaleServiceIT {

    @Value("${local.server.port}")
    int port;

    @Autowired
    AvtaleService service;

    @Autowired
    AvtaleAvslutningJob job;

    @Autowired
    JobLock jobLock;

    @Autowired
    AvtaleOppslag oppslag;

    @Autowired
    KontaktpersonBrukIAvtale kontaktpersonBruk;

    Arrangor arrangor() {
        return AvtaleApiIT.arrangor(new TestApi(port, "admin"));
    }

    static AvtaleUtkast utkast(Arrangor a, LocalDate start, LocalDate slutt) {
        return new AvtaleUtkast("Oppfølging Oslo " + a.orgnr(), "OPPFOLGING", Avtaletype.AVTALE, "24/1234",
                a.hovedenhet(), Set.of(a.underenhet()), Set.of(a.kontaktperson()), start, slutt, null,
                Set.of("0300"), Set.of("0315"), Set.of("Z123456"), null,
                List.of(new PrismodellUtkast(no.samskap.shared.Prismodelltype.ANNEN_AVTALT_PRIS, "Fast pris per kurs", List.of())));
    }

    @Test
    void nightlyJobRecordsEndedAgreementsOnceAndOnlyOnOneNode() {
        UUID endt = service.create(utkast(arrangor(), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)));
        UUID aktiv = service.create(utkast(arrangor(), LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31)));
        assertThat(service.get(endt).status()).isEqualTo(AvtaleStatus.AVSLUTTET);

        job.kjor();

        assertThat(service.historikk(endt).getFirst()).satisfies(h -> {
            assertThat(h.operasjon()).isEqualTo("AVSLUTTET");
            assertThat(h.utfortAv()).isEqualTo("system");
            assertThat(h.endringer()).anySatisfy(e -> {
                assertThat(e.felt()).isEqualTo("avsluttet");
                assertThat(e.til()).isNotBlank();
            });
        });
        assertThat(service.historikk(aktiv)).extracting(h -> h.operasjon()).containsExactly("OPPRETTET");

        // the lock is now held (as by another node that ran tonight's job): a second run does nothing
        UUID endtEtterpa = service.create(utkast(arrangor(), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30)));
        assertThat(jobLock.tryLock(AvtaleAvslutningJob.LAAS, java.time.Duration.ofMinutes(1))).isFalse();
        job.kjor();
        assertThat(service.historikk(endtEtterpa)).extracting(h -> h.operasjon()).containsExactly("OPPRETTET");

        // without the job's lock the work itself is idempotent
        service.registerAvsluttede();
        service.registerAvsluttede();
        assertThat(service.historikk(endtEtterpa)).extracting(h -> h.operasjon()).containsExactly("AVSLUTTET", "OPPRETTET");
        assertThat(service.historikk(endt)).extracting(h -> h.operasjon()).containsExactly("AVSLUTTET", "OPPRETTET");
    }

    @Test
    void writesRatesIntoTheHistoryAsTheDetailPageShowsThem() {
        var a = arrangor();
        UUID id = service.create(new AvtaleUtkast("Oppfølging Bergen", "OPPFOLGING", Avtaletype.AVTALE, "24/77",
                a.hovedenhet(), Set.of(a.underenhet()), Set.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                null, Set.of("0300"), Set.of("0315"), Set.of(), null,
                List.of(new PrismodellUtkast(no.samskap.shared.Prismodelltype.AVTALT_PRIS_PER_MANEDSVERK, null,
                        List.of(new PrismodellUtkast.SatsUtkast(LocalDate.of(2026, 1, 1), new java.math.BigDecimal("21500.00")))))));

        assertThat(service.historikk(id).getFirst().endringer())
                .filteredOn(e -> e.felt().equals("prismodeller"))
                .singleElement()
                .satisfies(e -> assertThat(e.til()).contains("Fra 01.01.2026: 21", "500 kr").doesNotContain("21500.00"));
    }

    @Test
    void tellsImplementationsAboutTheAgreement() {
        Arrangor a = arrangor();
        UUID id = service.create(utkast(a, LocalDate.of(2026, 1, 1), LocalDate.of(2099, 12, 31)));

        assertThat(oppslag.finn(id)).hasValueSatisfying(f -> {
            assertThat(f.aktiv()).isTrue();
            assertThat(f.arrangorHovedenhetId()).isEqualTo(a.hovedenhet());
            assertThat(f.arrangorUnderenheter()).containsExactly(a.underenhet());
            assertThat(f.navEnheter()).containsExactly("0315");
            assertThat(f.prismodeller()).hasSize(1);
        });
        assertThat(oppslag.finn(UUID.randomUUID())).isEmpty();
    }

    @Test
    void reportsLinkedContactPersonAsInUse() {
        Arrangor a = arrangor();
        assertThat(kontaktpersonBruk.erIBruk(a.kontaktperson())).isFalse();
        service.create(utkast(a, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
        assertThat(kontaktpersonBruk.erIBruk(a.kontaktperson())).isTrue();
        var slett = new TestApi(port, "admin").delete("/api/v1/arrangorer/" + a.hovedenhet() + "/kontaktpersoner/" + a.kontaktperson());
        assertThat(slett.statusCode()).isEqualTo(422);
    }

    @Test
    void showsArrangorOnlyAgreementsOfItsOwnOrganisations() {
        Arrangor egen = arrangor();
        Arrangor annen = arrangor();
        UUID egenAvtale = service.create(utkast(egen, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
        UUID annenAvtale = service.create(utkast(annen, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));

        somArrangor(egen.orgnr());
        try {
            Side<AvtaleSammendrag> side = service.list(AvtaleFilter.ingen(), null, Side.foresporsel(0, 200));
            assertThat(side.innhold()).extracting(s -> s.rad().id()).contains(egenAvtale).doesNotContain(annenAvtale);
            assertThat(service.get(egenAvtale).kanEndre()).isFalse();
            assertThatThrownBy(() -> service.get(annenAvtale)).isInstanceOf(NotFound.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void somArrangor(String orgnr) {
        Jwt jwt = Jwt.withTokenValue("test")
                .header("alg", "none")
                .subject("arrangor-test")
                .claim("orgnr", List.of(orgnr))
                .claim("roles", List.of("ARRANGOR"))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60))
                .build();
        var auth = new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_ARRANGOR")));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }
}
