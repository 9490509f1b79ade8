package no.samskap.avtale.domain;

import no.samskap.avtale.Avbrytelsesaarsak;

import static no.samskap.avtale.AvtaleFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.AvtaleProblem;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Prismodelltype;
import org.junit.jupiter.api.Test;

class AvtaleTests {

    private static final Clock KLOKKE = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Oslo"));
    private static final LocalDate IDAG = LocalDate.now(KLOKKE);
    private static final Instant NAA = KLOKKE.instant();

    @Test
    void derivesUtkastWithoutProvider() {
        var u = utkast();
        u.hovedenhet = null;
        u.underenheter = Set.of();
        u.kontaktpersoner = Set.of();
        assertThat(avtale(u, verden()).status(IDAG)).isEqualTo(AvtaleStatus.UTKAST);
    }

    @Test
    void derivesAktivUntilAndIncludingEndDateAndAvsluttetTheDayAfter() {
        Avtale avtale = avtale();
        assertThat(avtale.status(START.minusDays(10))).isEqualTo(AvtaleStatus.AKTIV);
        assertThat(avtale.status(SLUTT)).isEqualTo(AvtaleStatus.AKTIV);
        assertThat(avtale.status(SLUTT.plusDays(1))).isEqualTo(AvtaleStatus.AVSLUTTET);
    }

    @Test
    void forhandsgodkjentWithoutEndDateStaysAktiv() {
        Avtale avtale = avtale(utkast().forhandsgodkjent(), AvtaleReglerTests.aft());
        assertThat(avtale.status(LocalDate.of(2099, 1, 1))).isEqualTo(AvtaleStatus.AKTIV);
    }

    @Test
    void abortedStaysAvbruttAfterEndDate() {
        Avtale avtale = avtale();
        avtale.avbryt(Set.of(Avbrytelsesaarsak.BUDSJETT_HANDLINGSROM), null, false, IDAG, NAA);
        assertThat(avtale.status(IDAG)).isEqualTo(AvtaleStatus.AVBRUTT);
        assertThat(avtale.status(SLUTT.plusYears(1))).isEqualTo(AvtaleStatus.AVBRUTT);
        assertThat(avtale.avbrudd().tidspunkt()).isEqualTo(NAA);
    }

    @Test
    void forhandsgodkjentGetsTheSystemPriceModel() {
        Avtale avtale = avtale(utkast().forhandsgodkjent(), AvtaleReglerTests.aft());
        assertThat(avtale.prismodeller()).singleElement()
                .extracting(Prismodell::type).isEqualTo(Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED);
    }

    @Test
    void refusesAbortWhileImplementationIsRunning() {
        Avtale avtale = avtale();
        assertThatThrownBy(() -> avtale.avbryt(Set.of(Avbrytelsesaarsak.FEILREGISTRERING), null, true, IDAG, NAA))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(AvtaleProblem.GJENNOMFORING_PAGAR));
        assertThat(avtale.status(IDAG)).isEqualTo(AvtaleStatus.AKTIV);
    }

    @Test
    void requiresReasonAndExplanationForAnnet() {
        Avtale avtale = avtale();
        assertThatThrownBy(() -> avtale.avbryt(Set.of(), null, false, IDAG, NAA))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.problem()).isEqualTo(AvtaleProblem.AARSAK_PAAKREVD)));
        assertThatThrownBy(() -> avtale.avbryt(Set.of(Avbrytelsesaarsak.ANNET), " ", false, IDAG, NAA))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.problem()).isEqualTo(AvtaleProblem.FORKLARING_PAAKREVD)));
        avtale.avbryt(Set.of(Avbrytelsesaarsak.ANNET), "Tiltaket ble lagt ned", false, IDAG, NAA);
        assertThat(avtale.status(IDAG)).isEqualTo(AvtaleStatus.AVBRUTT);
    }

    @Test
    void refusesChangesToAbortedAgreement() {
        Avtale avtale = avtale();
        avtale.avbryt(Set.of(Avbrytelsesaarsak.FEILREGISTRERING), null, false, IDAG, NAA);
        assertThatThrownBy(() -> avtale.avbryt(Set.of(Avbrytelsesaarsak.FEILREGISTRERING), null, false, IDAG, NAA))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> avtale.endre(avtale.innhold(), null, UUID.randomUUID(), IDAG))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void optionMovesTheEndDate() {
        Avtale avtale = avtale();
        Opsjon opsjon = avtale.registrerOpsjon(UUID.randomUUID(), SLUTT.plusYears(1), "Z123456", IDAG, NAA);
        assertThat(avtale.innhold().sluttdato()).isEqualTo(SLUTT.plusYears(1));
        assertThat(opsjon.forrigeSluttdato()).isEqualTo(SLUTT);
        assertThat(avtale.opsjoner()).containsExactly(opsjon);
    }

    @Test
    void refusesOptionBeyondTheOptionModelsMaximumOrNotExtending() {
        Avtale avtale = avtale();
        assertThatThrownBy(() -> avtale.registrerOpsjon(UUID.randomUUID(), LocalDate.of(2030, 1, 1), "Z123456", IDAG, NAA))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.problem()).isEqualTo(AvtaleProblem.OPSJON_OVER_MAKS)));
        assertThatThrownBy(() -> avtale.registrerOpsjon(UUID.randomUUID(), SLUTT, "Z123456", IDAG, NAA))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.problem()).isEqualTo(AvtaleProblem.OPSJON_MAA_FORLENGE)));
        assertThat(avtale.innhold().sluttdato()).isEqualTo(SLUTT);
    }

    @Test
    void showsDatesInOptionMessagesAsNorwegianDates() {
        Avtale avtale = avtale();
        assertThatThrownBy(() -> avtale.registrerOpsjon(UUID.randomUUID(), SLUTT, "Z123456", IDAG, NAA))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.args()).containsExactly(
                                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(SLUTT))));
    }

    @Test
    void refusesOptionForForhandsgodkjent() {
        Avtale avtale = avtale(utkast().forhandsgodkjent(), AvtaleReglerTests.aft());
        assertThatThrownBy(() -> avtale.registrerOpsjon(UUID.randomUUID(), SLUTT, "Z123456", IDAG, NAA))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(AvtaleProblem.OPSJON_FORHANDSGODKJENT));
    }

    @Test
    void refusesRemovingPriceModelInUse() {
        Avtale avtale = avtale();
        UUID id = avtale.prismodeller().getFirst().id();
        assertThatThrownBy(() -> avtale.fjernPrismodell(id, Set.of(id)))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        e -> assertThat(e.problem()).isEqualTo(AvtaleProblem.PRISMODELL_I_BRUK));
        avtale.fjernPrismodell(id, Set.of());
        assertThat(avtale.prismodeller()).isEmpty();
    }

    @Test
    void refusesOtherPriceModelsOnForhandsgodkjent() {
        Avtale avtale = avtale(utkast().forhandsgodkjent(), AvtaleReglerTests.aft());
        var prismodell = AvtaleRegler.prismodell(UUID.randomUUID(), prismodell());
        assertThatThrownBy(() -> avtale.leggTilPrismodell(prismodell)).isInstanceOf(BusinessRuleViolation.class);
        UUID system = avtale.prismodeller().getFirst().id();
        assertThatThrownBy(() -> avtale.fjernPrismodell(system, Set.of())).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void refusesChangingTypeOfPriceModelInUse() {
        Avtale avtale = avtale();
        var gammel = avtale.prismodeller().getFirst();
        var ny = new Prismodell(gammel.id(), Prismodelltype.AVTALT_PRIS_PER_UKESVERK, null, gammel.satser());
        assertThatThrownBy(() -> avtale.endrePrismodell(ny, true)).isInstanceOf(InvalidInput.class);
        avtale.endrePrismodell(ny, false);
        assertThat(avtale.prismodeller().getFirst().type()).isEqualTo(Prismodelltype.AVTALT_PRIS_PER_UKESVERK);
    }

    @Test
    void recordsEndOnceWhenEndDateHasPassed() {
        Avtale avtale = avtale();
        assertThat(avtale.registrerAvslutning(SLUTT, NAA)).isFalse();
        assertThat(avtale.registrerAvslutning(SLUTT.plusDays(1), NAA)).isTrue();
        assertThat(avtale.registrerAvslutning(SLUTT.plusDays(2), NAA)).isFalse();
    }
}
