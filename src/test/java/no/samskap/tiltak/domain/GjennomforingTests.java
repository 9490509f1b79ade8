package no.samskap.tiltak.domain;

import static no.samskap.tiltak.GjennomforingFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.tiltak.AvtaleForGjennomforing;
import no.samskap.tiltak.EstimertVentetid;
import no.samskap.tiltak.GjennomforingFixtures.InnholdBuilder;
import no.samskap.tiltak.GjennomforingInnhold;
import no.samskap.tiltak.GjennomforingProblem;
import no.samskap.tiltak.GjennomforingStatus;
import no.samskap.tiltak.NavKontaktperson;
import no.samskap.tiltak.Oppstartstype;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class GjennomforingTests {

    private final AvtaleForGjennomforing avtale = anAktivAvtale();
    private static final LocalDate IDAG = LocalDate.of(2026, 6, 15);


    @Test
    void createsRunningUnpublishedImplementationWithTheAgreementsMeasureType() {
        Gjennomforing g = aGjennomforing(avtale);

        assertThat(g.status()).isEqualTo(GjennomforingStatus.GJENNOMFORES);
        assertThat(g.tiltakskode()).isEqualTo(avtale.tiltakskode());
        assertThat(g.avtaleId()).isEqualTo(avtale.id());
        assertThat(g.arrangorId()).isEqualTo(underenhetOf(avtale));
        assertThat(g.publisert()).isFalse();
        assertThat(g.apentForPamelding()).isFalse();
        assertThat(g.version()).isZero();
        assertThat(g.navKontaktpersoner()).containsExactly(new NavKontaktperson("Z123456", "Kari Nordmann", "kari.nordmann@nav.no"));
    }

    @Test
    void rejectsAgreementThatIsNotAktiv() {
        var ikkeAktiv = withType(avtale, Avtaletype.RAMMEAVTALE, false);
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), ikkeAktiv.id(), ikkeAktiv, underenhetOf(ikkeAktiv), validInnhold(ikkeAktiv), Set.of()))
                .containsExactly(v("avtaleId", GjennomforingProblem.AVTALE_IKKE_AKTIV));
    }

    @Test
    void rejectsMissingAndUnknownAgreement() {
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), null, null, UUID.randomUUID(), validInnhold(avtale), Set.of()))
                .contains(v("avtaleId", GjennomforingProblem.AVTALE_PAAKREVD));
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), validInnhold(avtale), Set.of()))
                .contains(v("avtaleId", GjennomforingProblem.AVTALE_FINNES_IKKE));
    }

    @Test
    void rejectsStartBeforeTheAgreementsStart() {
        assertCreateViolation(i -> i.startdato = AVTALE_START.minusDays(1))
                .containsExactly(v("startdato", GjennomforingProblem.STARTDATO_FOR_AVTALENS_START));
    }

    @Test
    void namesTheAgreementsStartInTheMessage() {
        try {
            create(i -> i.startdato = AVTALE_START.minusDays(1));
        } catch (InvalidInput e) {
            assertThat(e.violations().getFirst().args()).containsExactly("01.01.2026");
            return;
        }
        throw new AssertionError("expected InvalidInput");
    }

    @Test
    void acceptsStartOnTheAgreementsStart() {
        assertThat(create(i -> i.startdato = AVTALE_START).startdato()).isEqualTo(AVTALE_START);
    }

    @Test
    void rejectsStartAfterTheAgreementsEnd() {
        assertCreateViolation(i -> {
                    i.startdato = AVTALE_SLUTT.plusDays(1);
                    i.sluttdato = AVTALE_SLUTT.plusDays(10);
                })
                .containsExactly(v("startdato", GjennomforingProblem.STARTDATO_ETTER_AVTALENS_SLUTT));
    }

    @Test
    void rejectsZeroAndMissingNumberOfPlaces() {
        assertCreateViolation(i -> i.antallPlasser = 0)
                .containsExactly(v("antallPlasser", GjennomforingProblem.ANTALL_PLASSER_IKKE_POSITIVT));
        assertCreateViolation(i -> i.antallPlasser = -3)
                .containsExactly(v("antallPlasser", GjennomforingProblem.ANTALL_PLASSER_IKKE_POSITIVT));
        assertCreateViolation(i -> i.antallPlasser = null)
                .containsExactly(v("antallPlasser", GjennomforingProblem.ANTALL_PLASSER_PAAKREVD));
    }

    @Test
    void rejectsProviderThatIsNotOneOfTheAgreementsUnderenheter() {
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), avtale.id(), avtale, UUID.randomUUID(), validInnhold(avtale), Set.of()))
                .containsExactly(v("arrangorId", GjennomforingProblem.ARRANGOR_IKKE_I_AVTALEN));
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), avtale.id(), avtale, avtale.arrangorHovedenhetId(), validInnhold(avtale), Set.of()))
                .containsExactly(v("arrangorId", GjennomforingProblem.ARRANGOR_IKKE_I_AVTALEN));
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), avtale.id(), avtale, null, validInnhold(avtale), Set.of()))
                .containsExactly(v("arrangorId", GjennomforingProblem.ARRANGOR_PAAKREVD));
    }

    @Test
    void requiresEndDateUnlessTheAgreementIsForhandsgodkjent() {
        assertCreateViolation(i -> i.sluttdato = null)
                .containsExactly(v("sluttdato", GjennomforingProblem.SLUTTDATO_PAAKREVD));

        var forhandsgodkjent = withType(avtale, Avtaletype.FORHANDSGODKJENT, true);
        var g = Gjennomforing.opprett(
                UUID.randomUUID(),
                forhandsgodkjent.id(),
                forhandsgodkjent,
                underenhetOf(forhandsgodkjent),
                innhold(forhandsgodkjent).with(i -> i.sluttdato = null).build(),
                Set.of());
        assertThat(g.sluttdato()).isNull();
    }

    @Test
    void rejectsEndBeforeStart() {
        assertCreateViolation(i -> i.sluttdato = LocalDate.of(2026, 2, 28))
                .containsExactly(v("sluttdato", GjennomforingProblem.SLUTTDATO_FOR_STARTDATO));
    }

    @Test
    void acceptsEndOnTheStartDay() {
        assertThat(create(i -> i.sluttdato = i.startdato).sluttdato()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void rejectsOfficesOutsideTheAgreementAndNoOffice() {
        assertCreateViolation(i -> i.navEnheter = Set.of("0315", "1201"))
                .containsExactly(v("navEnheter", GjennomforingProblem.NAV_ENHET_IKKE_I_AVTALEN));
        assertCreateViolation(i -> i.navEnheter = Set.of())
                .containsExactly(v("navEnheter", GjennomforingProblem.NAV_ENHETER_PAAKREVD));
    }

    @Test
    void rejectsPriceModelOfAnotherAgreement() {
        assertCreateViolation(i -> i.prismodellId = UUID.randomUUID())
                .containsExactly(v("prismodellId", GjennomforingProblem.PRISMODELL_IKKE_I_AVTALEN));
        assertCreateViolation(i -> i.prismodellId = null)
                .containsExactly(v("prismodellId", GjennomforingProblem.PRISMODELL_PAAKREVD));
    }

    @Test
    void requiresNameAndIntakeType() {
        assertCreateViolation(i -> i.navn = "  ").containsExactly(v("navn", GjennomforingProblem.NAVN_PAAKREVD));
        assertCreateViolation(i -> i.navn = "x".repeat(201))
                .containsExactly(v("navn", GjennomforingProblem.NAVN_FOR_LANGT));
        assertCreateViolation(i -> i.oppstartstype = null)
                .containsExactly(v("oppstartstype", GjennomforingProblem.OPPSTARTSTYPE_PAAKREVD));
    }

    @Test
    void felleIntakeNeedsApprovalOfEnrolment() {
        assertThat(create(i -> i.oppstartstype = Oppstartstype.FELLES).pameldingKreverGodkjenning()).isTrue();
        assertThat(create(i -> i.oppstartstype = Oppstartstype.LOPENDE).pameldingKreverGodkjenning()).isFalse();
    }

    @Test
    void rejectsInvalidNavContactPersons() {
        assertCreateViolation(i -> i.navKontaktpersoner = List.of(
                        new NavKontaktperson("z123456", "Ola", null),
                        new NavKontaktperson("Z12345", " ", "ikke-epost"),
                        new NavKontaktperson("A654321", "Per", "per@nav.no"),
                        new NavKontaktperson("A654321", "Per igjen", null)))
                .containsExactlyInAnyOrder(
                        v("navKontaktpersoner[0].navIdent", GjennomforingProblem.NAV_KONTAKTPERSON_IDENT_UGYLDIG),
                        v("navKontaktpersoner[1].navIdent", GjennomforingProblem.NAV_KONTAKTPERSON_IDENT_UGYLDIG),
                        v("navKontaktpersoner[1].navn", GjennomforingProblem.NAV_KONTAKTPERSON_NAVN_PAAKREVD),
                        v("navKontaktpersoner[1].epost", GjennomforingProblem.NAV_KONTAKTPERSON_EPOST_UGYLDIG),
                        v("navKontaktpersoner[3].navIdent", GjennomforingProblem.NAV_KONTAKTPERSON_IDENT_DUPLIKAT));
    }

    @Test
    void acceptsNavContactPersonWithoutEmail() {
        var g = create(i -> i.navKontaktpersoner = List.of(new NavKontaktperson("Z999999", "Ola", "")));
        assertThat(g.navKontaktpersoner()).containsExactly(new NavKontaktperson("Z999999", "Ola", null));
    }

    @Test
    void rejectsProviderContactPersonsNotOfTheProvider() {
        UUID kjent = UUID.randomUUID();
        var innhold = innhold(avtale).with(i -> i.arrangorKontaktpersoner = List.of(kjent, UUID.randomUUID())).build();
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), avtale.id(), avtale, underenhetOf(avtale), innhold, Set.of(kjent)))
                .containsExactly(v("arrangorKontaktpersoner", GjennomforingProblem.ARRANGOR_KONTAKTPERSON_UKJENT));

        var ok = innhold(avtale).with(i -> i.arrangorKontaktpersoner = List.of(kjent)).build();
        assertThat(Gjennomforing.opprett(UUID.randomUUID(), avtale.id(), avtale, underenhetOf(avtale), ok, Set.of(kjent))
                        .arrangorKontaktpersoner())
                .containsExactly(kjent);
    }

    @Test
    void rejectsHalfOrNonPositiveWaitingTimeAndAcceptsNone() {
        assertCreateViolation(i -> i.estimertVentetid = new EstimertVentetid(3, null))
                .containsExactly(v("estimertVentetid", GjennomforingProblem.VENTETID_UGYLDIG));
        assertCreateViolation(i -> i.estimertVentetid = new EstimertVentetid(0, EstimertVentetid.Enhet.MANEDER))
                .containsExactly(v("estimertVentetid", GjennomforingProblem.VENTETID_UGYLDIG));
        assertThat(create(i -> i.estimertVentetid = new EstimertVentetid(null, null)).estimertVentetid()).isNull();
    }

    @Test
    void rejectsTooLongTexts() {
        assertCreateViolation(i -> i.oppmotested = "x".repeat(501))
                .containsExactly(v("oppmotested", GjennomforingProblem.OPPMOTESTED_FOR_LANGT));
        assertCreateViolation(i -> i.beskrivelse = "x".repeat(4001))
                .containsExactly(v("beskrivelse", GjennomforingProblem.BESKRIVELSE_FOR_LANG));
    }

    @Test
    void reportsAllViolationsOfOneRequestTogether() {
        var ikkeAktiv = withType(avtale, Avtaletype.RAMMEAVTALE, false);
        var innhold = innhold(ikkeAktiv)
                .with(i -> {
                    i.navn = null;
                    i.startdato = AVTALE_START.minusDays(1);
                    i.sluttdato = AVTALE_START.minusDays(5);
                    i.antallPlasser = 0;
                    i.navEnheter = Set.of("9999");
                    i.prismodellId = UUID.randomUUID();
                })
                .build();
        assertViolations(() -> Gjennomforing.opprett(
                        UUID.randomUUID(), ikkeAktiv.id(), ikkeAktiv, UUID.randomUUID(), innhold, Set.of()))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(
                        "avtaleId", "arrangorId", "navn", "startdato", "sluttdato", "antallPlasser", "prismodellId",
                        "navEnheter");
    }


    @Test
    void editsARunningImplementation() {
        Gjennomforing g = aGjennomforing(avtale);
        g.endre(avtale, null, innhold(avtale).with(i -> i.antallPlasser = 30).build(), Set.of());
        assertThat(g.antallPlasser()).isEqualTo(30);
    }

    @Test
    void rejectsChangingTheProvider() {
        Gjennomforing g = aGjennomforing(avtale);
        UUID annen = avtale.arrangorUnderenheter().stream()
                .filter(u -> !u.equals(g.arrangorId()))
                .findFirst()
                .orElseThrow();
        assertViolations(() -> g.endre(avtale, annen, validInnhold(avtale), Set.of()))
                .containsExactly(v("arrangorId", GjennomforingProblem.ARRANGOR_KAN_IKKE_ENDRES));
        g.endre(avtale, g.arrangorId(), validInnhold(avtale), Set.of());
        assertThat(g.arrangorId()).isEqualTo(underenhetOf(avtale));
    }

    @Test
    void checksTheSameRulesAsCreation() {
        Gjennomforing g = aGjennomforing(avtale);
        assertViolations(() -> g.endre(avtale, null, innhold(avtale).with(i -> i.antallPlasser = 0).build(), Set.of()))
                .containsExactly(v("antallPlasser", GjennomforingProblem.ANTALL_PLASSER_IKKE_POSITIVT));
        assertThat(g.antallPlasser()).isEqualTo(20);
    }

    @Test
    void rejectsEditingWhenNotRunning() {
        Gjennomforing g = aGjennomforing(avtale);
        g.avbryt(LocalDate.of(2026, 5, 1), "For få deltakere", IDAG);
        assertThatThrownBy(() -> g.endre(avtale, null, validInnhold(avtale), Set.of()))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(GjennomforingProblem.KAN_IKKE_ENDRES));
    }


    @Test
    void abortsWithEndDateFromTheStartAsAvbrutt() {
        Gjennomforing g = aGjennomforing(avtale);
        g.publiser();
        g.apneForPamelding();
        g.avbryt(LocalDate.of(2026, 3, 1), "Arrangøren har lagt ned", IDAG);

        assertThat(g.status()).isEqualTo(GjennomforingStatus.AVBRUTT);
        assertThat(g.sluttdato()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(g.avbruttDato()).isEqualTo(IDAG);
        assertThat(g.avbruttAarsak()).isEqualTo("Arrangøren har lagt ned");
        assertThat(g.publisert()).isFalse();
        assertThat(g.apentForPamelding()).isFalse();
    }

    @Test
    void abortsWithEndDateBeforeTheStartAsAvlyst() {
        Gjennomforing g = aGjennomforing(avtale);
        g.avbryt(LocalDate.of(2026, 2, 28), "Ingen påmeldte", IDAG);
        assertThat(g.status()).isEqualTo(GjennomforingStatus.AVLYST);
    }

    @Test
    void requiresEndDateAndReason() {
        Gjennomforing g = aGjennomforing(avtale);
        assertViolations(() -> g.avbryt(null, " ", IDAG))
                .containsExactlyInAnyOrder(
                        v("sluttdato", GjennomforingProblem.AVBRYT_SLUTTDATO_PAAKREVD),
                        v("aarsak", GjennomforingProblem.AVBRYT_AARSAK_PAAKREVD));
        assertThat(g.status()).isEqualTo(GjennomforingStatus.GJENNOMFORES);
    }

    @Test
    void rejectsNewEndDateAfterTheCurrentEnd() {
        Gjennomforing g = aGjennomforing(avtale);
        assertViolations(() -> g.avbryt(LocalDate.of(2027, 1, 1), "Grunn", IDAG))
                .containsExactly(v("sluttdato", GjennomforingProblem.AVBRYT_SLUTTDATO_ETTER_SLUTTDATO));
    }

    @Test
    void rejectsAbortingWhenNotRunning() {
        Gjennomforing g = aGjennomforing(avtale);
        g.avbryt(LocalDate.of(2026, 5, 1), "Grunn", IDAG);
        assertRule(() -> g.avbryt(LocalDate.of(2026, 5, 1), "Grunn", IDAG), GjennomforingProblem.KAN_IKKE_AVBRYTES);
    }


    @Test
    void endsARunningImplementationTheDayAfterItsEndDate() {
        Gjennomforing g = aGjennomforing(avtale);
        g.apneForPamelding();
        assertThat(g.avsluttHvisUtlopt(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(g.status()).isEqualTo(GjennomforingStatus.GJENNOMFORES);

        assertThat(g.avsluttHvisUtlopt(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(g.status()).isEqualTo(GjennomforingStatus.AVSLUTTET);
        assertThat(g.apentForPamelding()).isFalse();
    }

    @Test
    void neverEndsWithoutEndDateOrWhenAlreadyStopped() {
        var forhandsgodkjent = withType(avtale, Avtaletype.FORHANDSGODKJENT, true);
        var utenSlutt = Gjennomforing.opprett(
                UUID.randomUUID(),
                forhandsgodkjent.id(),
                forhandsgodkjent,
                underenhetOf(forhandsgodkjent),
                innhold(forhandsgodkjent).with(i -> i.sluttdato = null).build(),
                Set.of());
        assertThat(utenSlutt.avsluttHvisUtlopt(LocalDate.of(2099, 1, 1))).isFalse();

        Gjennomforing avbrutt = aGjennomforing(avtale);
        avbrutt.avbryt(LocalDate.of(2026, 4, 1), "Grunn", IDAG);
        assertThat(avbrutt.avsluttHvisUtlopt(LocalDate.of(2099, 1, 1))).isFalse();
        assertThat(avbrutt.status()).isEqualTo(GjennomforingStatus.AVBRUTT);
    }

    @Test
    void reopensAnEndedImplementationWithAFutureEndDate() {
        Gjennomforing g = ended();
        g.gjenapne(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 2));
        assertThat(g.status()).isEqualTo(GjennomforingStatus.GJENNOMFORES);
        assertThat(g.sluttdato()).isEqualTo(LocalDate.of(2027, 6, 1));
    }

    @Test
    void rejectsReopeningWithEndDateNotAfterToday() {
        Gjennomforing g = ended();
        LocalDate idag = LocalDate.of(2027, 1, 2);
        assertViolations(() -> g.gjenapne(idag, idag))
                .containsExactly(v("sluttdato", GjennomforingProblem.GJENAPNE_SLUTTDATO_IKKE_FREMTIDIG));
        assertViolations(() -> g.gjenapne(null, idag))
                .containsExactly(v("sluttdato", GjennomforingProblem.GJENAPNE_SLUTTDATO_PAAKREVD));
        assertThat(g.status()).isEqualTo(GjennomforingStatus.AVSLUTTET);
    }

    @Test
    void rejectsReopeningWhenNotEnded() {
        Gjennomforing running = aGjennomforing(avtale);
        assertRule(() -> running.gjenapne(LocalDate.of(2027, 6, 1), IDAG), GjennomforingProblem.KAN_IKKE_GJENAPNES);

        Gjennomforing avbrutt = aGjennomforing(avtale);
        avbrutt.avbryt(LocalDate.of(2026, 4, 1), "Grunn", IDAG);
        assertRule(() -> avbrutt.gjenapne(LocalDate.of(2027, 6, 1), IDAG), GjennomforingProblem.KAN_IKKE_GJENAPNES);
    }

    private Gjennomforing ended() {
        Gjennomforing g = aGjennomforing(avtale);
        g.avsluttHvisUtlopt(LocalDate.of(2027, 1, 1));
        return g;
    }


    @Test
    void publishesAndUnpublishes() {
        Gjennomforing g = aGjennomforing(avtale);
        g.publiser();
        assertThat(g.publisert()).isTrue();
        g.avpubliser();
        assertThat(g.publisert()).isFalse();
    }

    @Test
    void opensAndClosesForEnrolment() {
        Gjennomforing g = aGjennomforing(avtale);
        g.apneForPamelding();
        assertThat(g.apentForPamelding()).isTrue();
        g.stengForPamelding();
        assertThat(g.apentForPamelding()).isFalse();
    }

    @Test
    void rejectsPublishingAndOpeningWhenNotRunning() {
        Gjennomforing g = aGjennomforing(avtale);
        g.avbryt(LocalDate.of(2026, 4, 1), "Grunn", IDAG);
        assertRule(g::publiser, GjennomforingProblem.KAN_IKKE_PUBLISERES);
        assertRule(g::apneForPamelding, GjennomforingProblem.KAN_IKKE_APNES_FOR_PAMELDING);
    }

    private Gjennomforing create(Consumer<InnholdBuilder> change) {
        return Gjennomforing.opprett(
                UUID.randomUUID(), avtale.id(), avtale, underenhetOf(avtale), innhold(avtale).with(change).build(), Set.of());
    }

    private org.assertj.core.api.ListAssert<FieldViolation> assertCreateViolation(Consumer<InnholdBuilder> change) {
        GjennomforingInnhold innhold = innhold(avtale).with(change).build();
        return assertViolations(() -> Gjennomforing.opprett(
                UUID.randomUUID(), avtale.id(), avtale, underenhetOf(avtale), innhold, Set.of()));
    }

    private static org.assertj.core.api.ListAssert<FieldViolation> assertViolations(Runnable action) {
        try {
            action.run();
        } catch (InvalidInput e) {
            return assertThat(e.violations().stream()
                    .map(x -> v(x.field(), (GjennomforingProblem) x.problem()))
                    .toList());
        }
        throw new AssertionError("expected InvalidInput");
    }

    private static void assertRule(Runnable action, GjennomforingProblem problem) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private static FieldViolation v(@Nullable String field, GjennomforingProblem problem) {
        return FieldViolation.of(field, problem);
    }
}
