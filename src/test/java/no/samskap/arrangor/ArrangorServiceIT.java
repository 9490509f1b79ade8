package no.samskap.arrangor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.OrgnrFixtures;
import no.samskap.shared.StaleVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@SamskapIntegrationTest
@WithMockUser(username = "admin", roles = "TILTAKSADMIN")
class ArrangorServiceIT {

    @Autowired
    ArrangorService service;

    @Autowired
    ArrangorKatalog katalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registersHovedenhetWithUnderenheterAndExposesThemInTheKatalog() {
        String orgnr = OrgnrFixtures.random();
        UUID hoved = service.registrer(new RegistrerArrangor(orgnr, "  Fretex Jobb og Oppfølging AS ", null, null));
        UUID under1 = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Fretex Oslo", hoved, null));
        String under2Orgnr = OrgnrFixtures.random();
        UUID under2 = service.registrer(new RegistrerArrangor(under2Orgnr, "Fretex Bergen", null, orgnr));

        assertThat(katalog.finn(hoved)).hasValueSatisfying(a -> {
            assertThat(a.navn()).isEqualTo("Fretex Jobb og Oppfølging AS");
            assertThat(a.organisasjonsnummer()).isEqualTo(orgnr);
            assertThat(a.erHovedenhet()).isTrue();
        });
        assertThat(katalog.underenheter(hoved)).extracting(ArrangorInfo::id).containsExactly(under2, under1);
        assertThat(katalog.finn(under1)).hasValueSatisfying(a -> assertThat(a.hovedenhetId()).isEqualTo(hoved));
        assertThat(katalog.hent(List.of(hoved, under1, UUID.randomUUID())))
                .extracting(ArrangorInfo::id)
                .containsExactlyInAnyOrder(hoved, under1);
        assertThat(katalog.idsForOrganisasjonsnumre(List.of(orgnr))).containsExactlyInAnyOrder(hoved, under1, under2);
        assertThat(katalog.idsForOrganisasjonsnumre(List.of(under2Orgnr))).containsExactly(under2);
        assertThat(katalog.idsForOrganisasjonsnumre(List.of())).isEmpty();
        assertThat(service.historikk(hoved)).singleElement().satisfies(h -> {
            assertThat(h.operasjon()).isEqualTo("OPPRETTET");
            assertThat(h.utfortAv()).isEqualTo("admin");
        });
    }

    @Test
    void sortsNamesInNorwegianOrder() {
        UUID hoved = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Sortering AS", null, null));
        for (String navn : List.of("Åsen avd", "Ørsta avd", "Zeta avd", "Ærlig avd")) {
            service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), navn, hoved, null));
        }
        List<String> norsk = List.of("Zeta avd", "Ærlig avd", "Ørsta avd", "Åsen avd");

        assertThat(katalog.underenheter(hoved)).extracting(ArrangorInfo::navn).containsExactlyElementsOf(norsk);
        assertThat(service.list(new ArrangorFilter(null, null, hoved), ArrangorSortering.NAVN,
                        no.samskap.platform.Side.foresporsel(0, 25)).innhold())
                .extracting(ArrangorSammendrag::navn)
                .containsExactlyElementsOf(norsk);
    }

    @Test
    void acceptsNavsOwnOrganisasjonsnummer() {
        String nav = "889640782";
        if (katalog.idsForOrganisasjonsnumre(List.of(nav)).isEmpty()) {
            service.registrer(new RegistrerArrangor(nav, "Arbeids- og velferdsetaten", null, null));
        }
        assertThat(katalog.idsForOrganisasjonsnumre(List.of(nav))).isNotEmpty();
    }

    @Test
    void rejectsInvalidOrganisasjonsnummerAndMissingNameTogether() {
        assertThatThrownBy(() -> service.registrer(
                        new RegistrerArrangor(OrgnrFixtures.withWrongCheckDigit(), " ", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactlyInAnyOrder(
                                "organisasjonsnummer:arrangor.organisasjonsnummer.ugyldig",
                                "navn:arrangor.navn.paakrevd"));
        assertThatThrownBy(() -> service.registrer(new RegistrerArrangor("12345678", "Kort nummer", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactly("organisasjonsnummer:arrangor.organisasjonsnummer.ugyldig"));
    }

    @Test
    void rejectsDuplicateOrganisasjonsnummerAndKeepsTheFirst() {
        String orgnr = OrgnrFixtures.random();
        UUID first = service.registrer(new RegistrerArrangor(orgnr, "Første AS", null, null));

        assertThatThrownBy(() -> service.registrer(new RegistrerArrangor(orgnr, "Andre AS", null, null)))
                .isInstanceOf(OrganisasjonsnummerFinnes.class);
        assertThat(katalog.finn(first)).hasValueSatisfying(a -> assertThat(a.navn()).isEqualTo("Første AS"));
        assertThat(countByOrgnr(orgnr)).isEqualTo(1);
    }

    @Test
    void rejectsUnderenhetAsParentAndUnknownParent() {
        UUID hoved = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Hoved AS", null, null));
        UUID under = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Under", hoved, null));
        String orgnr = OrgnrFixtures.random();

        assertThatThrownBy(() -> service.registrer(new RegistrerArrangor(orgnr, "Barnebarn", under, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactly("hovedenhetId:arrangor.hovedenhet.er-underenhet"));
        assertThatThrownBy(() -> service.registrer(new RegistrerArrangor(orgnr, "Foreldreløs", UUID.randomUUID(), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactly("hovedenhetId:arrangor.hovedenhet.finnes-ikke"));
        assertThatThrownBy(() -> service.registrer(
                        new RegistrerArrangor(orgnr, "Foreldreløs", null, OrgnrFixtures.random())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactly("hovedenhetOrganisasjonsnummer:arrangor.hovedenhet.finnes-ikke"));
        assertThat(countByOrgnr(orgnr)).isZero();
    }

    @Test
    void changesNameAndParentAndRecordsHistory() {
        UUID hoved1 = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Hoved En AS", null, null));
        UUID hoved2 = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Hoved To AS", null, null));
        UUID under = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Avdeling", hoved1, null));

        service.endre(new EndreArrangor(under, 0L, "Avdeling Nord", hoved2, null));

        ArrangorDetaljer detaljer = service.hent(under);
        assertThat(detaljer.navn()).isEqualTo("Avdeling Nord");
        assertThat(detaljer.hovedenhet()).isNotNull().extracting(ArrangorInfo::id).isEqualTo(hoved2);
        assertThat(detaljer.version()).isEqualTo(1);
        var historikk = service.historikk(under);
        assertThat(historikk).hasSize(2);
        assertThat(historikk.getFirst().operasjon()).isEqualTo("ENDRET");
        assertThat(historikk.getFirst().endringer())
                .extracting(e -> e.felt() + ":" + e.fra() + "->" + e.til())
                .contains("navn:Avdeling->Avdeling Nord");
    }

    @Test
    void refusesParentForHovedenhetAndRemovingParentOfUnderenhet() {
        UUID hoved = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Hoved AS", null, null));
        UUID annen = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Annen AS", null, null));
        UUID under = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Under", hoved, null));

        assertThatThrownBy(() -> service.endre(new EndreArrangor(hoved, 0L, "Hoved AS", annen, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactly("hovedenhetId:arrangor.hovedenhet.ikke-tillatt"));
        assertThatThrownBy(() -> service.endre(new EndreArrangor(under, 0L, "Under", null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactly("hovedenhetId:arrangor.hovedenhet.paakrevd"));
        assertThat(service.hent(under).hovedenhet()).isNotNull().extracting(ArrangorInfo::id).isEqualTo(hoved);
    }

    @Test
    void rejectsStaleVersionAndOverwritesNothing() {
        UUID id = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Original AS", null, null));
        service.endre(new EndreArrangor(id, 0L, "Først endret AS", null, null));

        assertThatThrownBy(() -> service.endre(new EndreArrangor(id, 0L, "Sent endret AS", null, null)))
                .isInstanceOf(StaleVersion.class);
        assertThat(service.hent(id).navn()).isEqualTo("Først endret AS");
        assertThat(service.historikk(id)).hasSize(2);
    }

    @Test
    void managesContactPersons() {
        UUID arrangor = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Kontakt AS", null, null));
        UUID kid = service.leggTilKontaktperson(new LeggTilKontaktperson(
                arrangor, "Kari Nordmann", "kari@example.no", "+47 912 34 567", Set.of(Ansvar.AVTALE)));

        assertThat(katalog.kontaktperson(kid)).hasValueSatisfying(k -> {
            assertThat(k.telefon()).isEqualTo("91234567");
            assertThat(k.ansvar()).containsExactly(Ansvar.AVTALE);
        });
        service.endreKontaktperson(new EndreKontaktperson(
                arrangor, kid, 0L, "Kari Nordmann", "kari.n@example.no", null, Set.of(Ansvar.OKONOMI, Ansvar.AVTALE)));
        assertThat(katalog.kontaktpersoner(arrangor)).singleElement().satisfies(k -> {
            assertThat(k.epost()).isEqualTo("kari.n@example.no");
            assertThat(k.telefon()).isNull();
            assertThat(k.ansvar()).containsExactlyInAnyOrder(Ansvar.AVTALE, Ansvar.OKONOMI);
        });
        assertThatThrownBy(() -> service.endreKontaktperson(new EndreKontaktperson(
                        arrangor, kid, 0L, "Kari", "kari@example.no", null, Set.of(Ansvar.AVTALE))))
                .isInstanceOf(StaleVersion.class);
        assertThat(service.kontaktpersonHistorikk(arrangor, kid)).hasSize(2);

        service.slettKontaktperson(arrangor, kid);
        assertThat(katalog.kontaktperson(kid)).isEmpty();
        assertThat(service.historikk(arrangor)).hasSize(1);
    }

    @Test
    void rejectsContactPersonWithoutEmailOrAnsvarAndWithBadEmailOrPhone() {
        UUID arrangor = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Feil AS", null, null));

        assertThatThrownBy(() -> service.leggTilKontaktperson(new LeggTilKontaktperson(arrangor, "", " ", null, Set.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactlyInAnyOrder(
                                "navn:arrangor.kontaktperson.navn.paakrevd",
                                "epost:arrangor.kontaktperson.epost.paakrevd",
                                "ansvar:arrangor.kontaktperson.ansvar.paakrevd"));
        assertThatThrownBy(() -> service.leggTilKontaktperson(new LeggTilKontaktperson(
                        arrangor, "Ola", "ola(at)example", "12 34", Set.of(Ansvar.GJENNOMFORING))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(codes(e))
                        .containsExactlyInAnyOrder(
                                "epost:arrangor.kontaktperson.epost.ugyldig",
                                "telefon:arrangor.kontaktperson.telefon.ugyldig"));
        assertThat(katalog.kontaktpersoner(arrangor)).isEmpty();
    }

    @Test
    @WithMockUser(username = "veileder", roles = "VEILEDER")
    void refusesWritesForVeileder() {
        assertThatThrownBy(() -> service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Ikke lov AS", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deletesUnusedContactPerson() {
        // the in-use rule itself is tested with a lambda KontaktpersonBruk in KontaktpersonTests
        UUID arrangor = service.registrer(new RegistrerArrangor(OrgnrFixtures.random(), "Bruk AS", null, null));
        UUID kid = service.leggTilKontaktperson(
                new LeggTilKontaktperson(arrangor, "Per", "per@example.no", null, Set.of(Ansvar.GJENNOMFORING)));
        service.slettKontaktperson(arrangor, kid);
        assertThatThrownBy(() -> service.slettKontaktperson(arrangor, kid))
                .isInstanceOf(no.samskap.shared.NotFound.class);
    }

    private long countByOrgnr(String orgnr) {
        return jdbc.sql("select count(*) from arrangor.arrangor where organisasjonsnummer = :o")
                .param("o", orgnr)
                .query(Long.class)
                .single();
    }

    private static List<String> codes(InvalidInput e) {
        return e.violations().stream().map(ArrangorServiceIT::code).toList();
    }

    private static String code(FieldViolation v) {
        return v.field() + ":" + v.problem().code();
    }
}
