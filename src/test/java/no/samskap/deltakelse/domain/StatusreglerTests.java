package no.samskap.deltakelse.domain;

import static no.samskap.deltakelse.DeltakelseStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseProblem;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.tiltak.Oppstartstype;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatusreglerTests {

    /** The whole allowed table, written out: any loosened or tightened rule makes a case below fail. */
    private static final Map<Oppstartstype, Map<DeltakelseStatus, Set<DeltakelseStatus>>> TILLATT = Map.of(
            Oppstartstype.LOPENDE, Map.of(
                    UTKAST_TIL_PAMELDING, EnumSet.of(VENTER_PA_OPPSTART, VENTELISTE, IKKE_AKTUELL, FEILREGISTRERT),
                    SOKT_INN, EnumSet.of(VURDERES, IKKE_AKTUELL, FEILREGISTRERT),
                    VURDERES, EnumSet.of(VENTER_PA_OPPSTART, VENTELISTE, IKKE_AKTUELL, FEILREGISTRERT),
                    VENTELISTE, EnumSet.of(VENTER_PA_OPPSTART, IKKE_AKTUELL, FEILREGISTRERT),
                    VENTER_PA_OPPSTART, EnumSet.of(DELTAR, IKKE_AKTUELL, FEILREGISTRERT),
                    DELTAR, EnumSet.of(HAR_SLUTTET, FEILREGISTRERT)),
            Oppstartstype.FELLES, Map.of(
                    UTKAST_TIL_PAMELDING, EnumSet.of(SOKT_INN, IKKE_AKTUELL, FEILREGISTRERT),
                    SOKT_INN, EnumSet.of(VURDERES, IKKE_AKTUELL, FEILREGISTRERT),
                    VURDERES, EnumSet.of(VENTER_PA_OPPSTART, VENTELISTE, IKKE_AKTUELL, FEILREGISTRERT),
                    VENTELISTE, EnumSet.of(VENTER_PA_OPPSTART, IKKE_AKTUELL, FEILREGISTRERT),
                    VENTER_PA_OPPSTART, EnumSet.of(DELTAR, IKKE_AKTUELL, FEILREGISTRERT),
                    DELTAR, EnumSet.of(FULLFORT, AVBRUTT, FEILREGISTRERT)));

    static Stream<Arguments> alleOverganger() {
        return Arrays.stream(Oppstartstype.values()).flatMap(oppstart -> Arrays.stream(DeltakelseStatus.values())
                .flatMap(fra -> Arrays.stream(DeltakelseStatus.values()).map(til -> Arguments.of(oppstart, fra, til))));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("alleOverganger")
    void allowsExactlyTheListedTransitions(Oppstartstype oppstart, DeltakelseStatus fra, DeltakelseStatus til) {
        boolean forventet = TILLATT.get(oppstart).getOrDefault(fra, Set.of()).contains(til);
        Aarsak aarsak = til.kreverAarsak() ? Aarsak.av(Aarsakstype.FATT_JOBB) : null;

        if (forventet) {
            assertThatNoException().isThrownBy(() -> Statusregler.kontroller(fra, til, oppstart, aarsak));
        } else {
            assertThatThrownBy(() -> Statusregler.kontroller(fra, til, oppstart, aarsak))
                    .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                        assertThat(e.problem()).isEqualTo(DeltakelseProblem.STATUSOVERGANG_IKKE_TILLATT);
                        assertThat(e.field()).isEqualTo("status");
                    });
        }
    }

    @Test
    void finalStatusesLeadNowhere() {
        var avsluttende = Arrays.stream(DeltakelseStatus.values()).filter(DeltakelseStatus::erAvsluttende)
                .collect(Collectors.toSet());
        assertThat(avsluttende).containsExactlyInAnyOrder(HAR_SLUTTET, FULLFORT, AVBRUTT, IKKE_AKTUELL, FEILREGISTRERT);
        for (var oppstart : Oppstartstype.values()) {
            avsluttende.forEach(fra -> assertThat(Statusregler.tillatteOverganger(fra, oppstart)).isEmpty());
        }
    }

    @Test
    void onlyWaitingToStartAndTakingPartTakeAPlace() {
        var tarPlass = Arrays.stream(DeltakelseStatus.values()).filter(DeltakelseStatus::tarPlass).collect(Collectors.toSet());
        assertThat(tarPlass).containsExactlyInAnyOrder(VENTER_PA_OPPSTART, DELTAR);
    }

    @Test
    void endingAndNotStartingNeedAReason() {
        assertThatThrownBy(() -> Statusregler.kontroller(DELTAR, HAR_SLUTTET, Oppstartstype.LOPENDE, null))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.problem()).isEqualTo(DeltakelseProblem.AARSAK_PAAKREVD);
                    assertThat(e.field()).isEqualTo("aarsak");
                });
        assertThatThrownBy(() -> Statusregler.kontroller(DELTAR, AVBRUTT, Oppstartstype.FELLES, null))
                .hasMessage(DeltakelseProblem.AARSAK_PAAKREVD.code());
        assertThatThrownBy(() -> Statusregler.kontroller(VENTELISTE, IKKE_AKTUELL, Oppstartstype.LOPENDE, null))
                .hasMessage(DeltakelseProblem.AARSAK_PAAKREVD.code());
    }

    @Test
    void completingMayCarryAReasonButStartingMayNot() {
        assertThatNoException().isThrownBy(() -> Statusregler.kontroller(
                DELTAR, FULLFORT, Oppstartstype.FELLES, Aarsak.av(Aarsakstype.FERDIG)));
        assertThatNoException().isThrownBy(() -> Statusregler.kontroller(DELTAR, FULLFORT, Oppstartstype.FELLES, null));
        assertThatThrownBy(() -> Statusregler.kontroller(
                        VENTER_PA_OPPSTART, DELTAR, Oppstartstype.LOPENDE, Aarsak.av(Aarsakstype.SYK)))
                .hasMessage(DeltakelseProblem.AARSAK_IKKE_TILLATT.code());
    }
}
