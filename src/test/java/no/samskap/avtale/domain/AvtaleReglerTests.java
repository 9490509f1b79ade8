package no.samskap.avtale.domain;

import no.samskap.avtale.PrismodellUtkast;

import static no.samskap.avtale.AvtaleFixtures.*;
import static no.samskap.avtale.AvtaleProblem.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.avtale.AvtaleFixtures.Utkast;
import no.samskap.avtale.AvtaleFixtures.Verden;
import no.samskap.avtale.AvtaleProblem;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AvtaleReglerTests {

    @Test
    void acceptsValidAgreement() {
        assertThat(feil(utkast(), verden())).isEmpty();
        assertThat(feil(utkast().forhandsgodkjent(), aft())).isEmpty();
    }

    @Test
    void rejectsNameShorterThanFiveCharacters() {
        var u = utkast();
        u.navn = "Abcd";
        assertFeil(feil(u, verden()), "navn", NAVN_FOR_KORT);
        u.navn = "  ";
        assertFeil(feil(u, verden()), "navn", PAAKREVD);
        u.navn = "Abcde";
        assertThat(feil(u, verden())).isEmpty();
    }

    @Test
    void rejectsEndDateBeforeStartDate() {
        var u = utkast();
        u.sluttdato = START.minusDays(1);
        assertFeil(feil(u, verden()), "sluttdato", SLUTTDATO_FOR_STARTDATO);
        u.sluttdato = START;
        assertThat(feil(u, verden())).isEmpty();
    }

    @Test
    void rejectsChangedMeasureTypeAfterCreation() {
        Avtale eksisterende = avtale();
        var u = utkast();
        u.tiltakskode = "JOBBKLUBB";
        assertFeil(feil(u, verden(), eksisterende), "tiltakskode", TILTAKSKODE_KAN_IKKE_ENDRES);
        u.tiltakskode = "OPPFOLGING";
        assertThat(feil(u, verden(), eksisterende)).isEmpty();
    }

    @Test
    void rejectsUnknownMeasureType() {
        var v = verden();
        v.tiltakstype = null;
        assertFeil(feil(utkast(), v), "tiltakskode", TILTAKSKODE_UKJENT);
    }

    @Test
    void requiresUnderenhetWhenProviderIsChosen() {
        var u = utkast();
        u.underenheter = Set.of();
        assertFeil(feil(u, verden()), "arrangorUnderenheter", UNDERENHET_PAAKREVD);
    }

    @Test
    void rejectsUnderenhetOfAnotherHovedenhet() {
        var u = utkast();
        u.underenheter = Set.of(UNDERENHET, FREMMED_UNDERENHET);
        assertFeil(feil(u, verden()), "arrangorUnderenheter", UNDERENHET_FEIL_HOVEDENHET);
    }

    @Test
    void rejectsUnderenhetWithoutHovedenhet() {
        var u = utkast();
        u.hovedenhet = null;
        u.kontaktpersoner = Set.of();
        assertFeil(feil(u, verden()), "arrangorUnderenheter", UNDERENHET_UTEN_HOVEDENHET);
    }

    @Test
    void rejectsUnknownHovedenhetAndAnUnderenhetAsHovedenhet() {
        var v = verden();
        v.hovedenhet = null;
        assertFeil(feil(utkast(), v), "arrangorHovedenhetId", HOVEDENHET_UKJENT);
        v.hovedenhet = new ArrangorInfo(HOVEDENHET, "983982433", "Fretex avd. Oslo", UUID.randomUUID());
        assertFeil(feil(utkast(), v), "arrangorHovedenhetId", HOVEDENHET_ER_UNDERENHET);
    }

    @Test
    void rejectsContactPersonOfAnotherProvider() {
        var u = utkast();
        u.kontaktpersoner = Set.of(UUID.randomUUID());
        assertFeil(feil(u, verden()), "arrangorKontaktpersoner", KONTAKTPERSON_UGYLDIG);
    }

    @Test
    void rejectsAvtaletypeNotAllowedForMeasureType() {
        var u = utkast();
        u.avtaletype = Avtaletype.FORHANDSGODKJENT;
        u.sluttdato = null;
        u.opsjonMaksVarighet = null;
        u.prismodeller = List.of();
        assertFeil(feil(u, verden()), "avtaletype", AVTALETYPE_IKKE_TILLATT);
    }

    @Test
    void requiresCaseNumberForAvtaleAndRammeavtale() {
        for (Avtaletype type : List.of(Avtaletype.AVTALE, Avtaletype.RAMMEAVTALE)) {
            var u = utkast();
            u.avtaletype = type;
            u.sakarkivnummer = null;
            assertFeil(feil(u, verden()), "sakarkivnummer", SAKARKIVNUMMER_PAAKREVD);
        }
        var u = utkast();
        u.avtaletype = Avtaletype.OFFENTLIG_OFFENTLIG;
        u.sakarkivnummer = null;
        assertThat(feil(u, verden())).isEmpty();
    }

    @Test
    void acceptsCaseNumbersYyNAndYyyyNOnly() {
        for (String ok : List.of("24/1234", "2024/1234", "24/1")) {
            var u = utkast();
            u.sakarkivnummer = ok;
            assertThat(feil(u, verden())).as(ok).isEmpty();
        }
        for (String galt : List.of("1234", "024/12", "24-1234", "24/", "24/12a", "/12")) {
            var u = utkast();
            u.sakarkivnummer = galt;
            assertFeil(feil(u, verden()), "sakarkivnummer", SAKARKIVNUMMER_UGYLDIG);
        }
    }

    @Test
    void rejectsEndDateAndOptionsForForhandsgodkjent() {
        var u = utkast().forhandsgodkjent();
        u.sluttdato = SLUTT;
        u.opsjonMaksVarighet = SLUTT.plusYears(1);
        var f = feil(u, aft());
        assertFeil(f, "sluttdato", SLUTTDATO_IKKE_TILLATT);
        assertFeil(f, "opsjonMaksVarighet", OPSJON_MAKS_IKKE_TILLATT);
    }

    @Test
    void requiresEndDateForOtherAvtaletyper() {
        var u = utkast();
        u.sluttdato = null;
        u.opsjonMaksVarighet = null;
        assertFeil(feil(u, verden()), "sluttdato", SLUTTDATO_PAAKREVD);
    }

    @Test
    void rejectsOwnPriceModelsForForhandsgodkjent() {
        var u = utkast().forhandsgodkjent();
        u.prismodeller = List.of(prismodell());
        assertFeil(feil(u, aft()), "prismodeller", PRISMODELL_FORHANDSGODKJENT);
    }

    @Test
    void rejectsOptionMaximumBeforeEndDate() {
        var u = utkast();
        u.opsjonMaksVarighet = SLUTT.minusDays(1);
        assertFeil(feil(u, verden()), "opsjonMaksVarighet", OPSJON_MAKS_FOR_SLUTTDATO);
    }

    @Test
    void requiresRegionAndOffice() {
        var u = utkast();
        u.regioner = Set.of();
        u.enheter = Set.of();
        var f = feil(u, verden());
        assertFeil(f, "navRegioner", REGION_PAAKREVD);
        assertFeil(f, "navEnheter", NAV_ENHET_PAAKREVD);
    }

    @Test
    void rejectsOfficeOutsideChosenRegions() {
        var u = utkast();
        u.enheter = Set.of("0315", "1203");
        assertFeil(feil(u, verden()), "navEnheter", NAV_ENHET_UTENFOR_REGION);
        u.regioner = Set.of("0300", "1200");
        assertThat(feil(u, verden())).isEmpty();
    }

    @Test
    void rejectsRegionAsOfficeAndOfficeAsRegion() {
        var u = utkast();
        u.regioner = Set.of("0315");
        u.enheter = Set.of("0300");
        var f = feil(u, verden());
        assertFeil(f, "navRegioner", REGION_UGYLDIG);
        assertFeil(f, "navEnheter", NAV_ENHET_UTENFOR_REGION);
    }

    @Test
    void rejectsMalformedNavIdent() {
        var u = utkast();
        u.administratorer = Set.of("Z12345", "AB12345");
        assertFeil(feil(u, verden()), "administratorer", ADMINISTRATOR_UGYLDIG);
        u.administratorer = Set.of("z123456");
        assertThat(feil(u, verden())).isEmpty();
    }

    @Test
    void rejectsStartDateAfterEarliestImplementation() {
        var v = verden();
        v.tidligsteGjennomforingStart = START.plusMonths(1);
        var u = utkast();
        u.startdato = START.plusMonths(1).plusDays(1);
        assertFeil(feil(u, v, avtale()), "startdato", STARTDATO_ETTER_GJENNOMFORING);
        assertThat(feil(u, v, avtale())).anySatisfy(f -> assertThat(f.args())
                .containsExactly(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(START.plusMonths(1))));
        u.startdato = START.plusMonths(1);
        assertThat(feil(u, v, avtale())).isEmpty();
    }

    @Test
    void rejectsRemovingUnderenhetOrOfficeInUse() {
        var v = verden();
        v.underenheterIBruk = Set.of(ANNEN_UNDERENHET);
        v.navEnheterIBruk = Set.of("1203");
        var f = feil(utkast(), v, avtale());
        assertFeil(f, "arrangorUnderenheter", UNDERENHET_I_BRUK);
        assertFeil(f, "navEnheter", NAV_ENHET_I_BRUK);
    }

    @Test
    void rejectsChangingToForhandsgodkjentWhenPriceModelIsInUse() {
        Avtale avtale = avtale();
        var v = aft();
        v.tiltakstype = new no.samskap.tiltak.TiltakstypeInfo("OPPFOLGING", "Oppfølging", "INDOPPFAG",
                Set.of(Avtaletype.AVTALE, Avtaletype.FORHANDSGODKJENT), Set.of(), Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED);
        v.prismodellerIBruk = Set.of(avtale.prismodeller().getFirst().id());
        var u = utkast().forhandsgodkjent();
        u.tiltakskode = "OPPFOLGING";
        assertFeil(feil(u, v, avtale), "avtaletype", AVTALETYPE_PRISMODELL_I_BRUK);
    }

    @Test
    void reportsAllErrorsOfOneRequestTogether() {
        var u = utkast();
        u.navn = "Kort";
        u.sakarkivnummer = "x";
        u.sluttdato = START.minusDays(1);
        u.opsjonMaksVarighet = null;
        u.regioner = Set.of();
        u.underenheter = Set.of();
        assertThat(feil(u, verden())).extracting(FieldViolation::field)
                .contains("navn", "sakarkivnummer", "sluttdato", "navRegioner", "arrangorUnderenheter");
    }

    @Test
    void validatesPriceModels() {
        var c = InvalidInput.collector();
        AvtaleRegler.validerPrismodell(new PrismodellUtkast(Prismodelltype.ANNEN_AVTALT_PRIS, " ", List.of()),
                Avtaletype.AVTALE, "", c);
        assertFeil(c.violations(), "beskrivelse", PRISMODELL_BESKRIVELSE_PAAKREVD);

        c = InvalidInput.collector();
        AvtaleRegler.validerPrismodell(new PrismodellUtkast(Prismodelltype.AVTALT_PRIS_PER_UKESVERK, null, List.of()),
                Avtaletype.AVTALE, "", c);
        assertFeil(c.violations(), "satser", PRISMODELL_SATS_PAAKREVD);

        c = InvalidInput.collector();
        AvtaleRegler.validerPrismodell(new PrismodellUtkast(Prismodelltype.FAST_SATS_PER_TILTAKSPLASS_PER_MANED, null,
                List.of()), Avtaletype.RAMMEAVTALE, "", c);
        assertFeil(c.violations(), "type", PRISMODELL_KUN_FORHANDSGODKJENT);

        c = InvalidInput.collector();
        AvtaleRegler.validerPrismodell(prismodell(), Avtaletype.FORHANDSGODKJENT, "", c);
        assertFeil(c.violations(), "type", PRISMODELL_FORHANDSGODKJENT);

        c = InvalidInput.collector();
        LocalDate dag = LocalDate.of(2026, 1, 1);
        AvtaleRegler.validerPrismodell(new PrismodellUtkast(Prismodelltype.AVTALT_PRIS_PER_TIME_OPPFOLGING, null, List.of(
                        new PrismodellUtkast.SatsUtkast(dag, new BigDecimal("0")),
                        new PrismodellUtkast.SatsUtkast(dag, new BigDecimal("10.005")),
                        new PrismodellUtkast.SatsUtkast(null, null))),
                Avtaletype.AVTALE, "prismodeller[0].", c);
        var f = c.violations();
        assertFeil(f, "prismodeller[0].satser[0].belop", SATS_BELOP_UGYLDIG);
        assertFeil(f, "prismodeller[0].satser[1].belop", SATS_BELOP_UGYLDIG);
        assertFeil(f, "prismodeller[0].satser[1].gyldigFra", SATS_GYLDIG_FRA_DUPLIKAT);
        assertFeil(f, "prismodeller[0].satser[2].gyldigFra", PAAKREVD);
    }

    static Verden aft() {
        var v = verden();
        v.tiltakstype = AFT;
        return v;
    }

    static List<FieldViolation> feil(Utkast u, Verden v) {
        return feil(u, v, null);
    }

    static List<FieldViolation> feil(Utkast u, Verden v, @Nullable Avtale eksisterende) {
        var c = InvalidInput.collector();
        AvtaleRegler.valider(u.bygg(), v.bygg(), eksisterende, c);
        return c.violations();
    }

    static void assertFeil(List<FieldViolation> feil, String felt, AvtaleProblem problem) {
        assertThat(feil).as("expected %s on %s in %s", problem, felt, feil)
                .anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo(felt);
                    assertThat(f.problem()).isEqualTo(problem);
                });
    }
}
