package no.samskap.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import no.samskap.effekt.Bevisreferanse;
import no.samskap.effekt.EffektkontraktService;
import no.samskap.effekt.InvestorService;
import no.samskap.effekt.KjorUtbetaling;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.Kontraktsinnhold.Pris;
import no.samskap.effekt.Kontraktsinnhold.Pristype;
import no.samskap.effekt.KravService;
import no.samskap.effekt.Kravvisning;
import no.samskap.effekt.MaalingService;
import no.samskap.effekt.RegistrerDeltaker;
import no.samskap.effekt.RegistrerKohort;
import no.samskap.effekt.RegistrerKontantstrom;
import no.samskap.effekt.RegistrerMykMaaling;
import no.samskap.effekt.RegistrerUtfall;
import no.samskap.effekt.UtbetalingService;
import no.samskap.effekt.VurderKrav;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Kontantstrom;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tilgang.Rolle;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo outcome contract, after the provider and investor dialogue (seeds/003): NAV and a municipality buy results
 * of a long programme for immigrants (language, work training, follow-up after hiring), FRETEX AS delivers, two
 * investors pre-finance it (senior loan and a foundation's junior equity), an independent evaluator verifies. The demo
 * users are its parties: {@code admin} (NAV), {@code arrangor} (the provider), {@code evaluator} and {@code investor}.
 * Everything goes through the services as the party who would do it: participants, outcomes and claims as the
 * provider, decisions and a comparison cohort as the evaluator, drawdowns and a payment run as NAV. Dates are relative
 * to today.
 */
@Component
class DemoEffektkontrakt {

    static final String NAVN = "Jobbløft – effektkontrakt for innvandrere (demo)";
    static final String INVESTOR_ORGNR = "922222223";
    static final String EVALUATOR_ORGNR = "933333337";
    static final String STIFTELSE_ORGNR = "944444440";
    static final int DELTAKERE = 12;

    private final EffektkontraktService kontrakter;
    private final MaalingService maaling;
    private final KravService krav;
    private final UtbetalingService utbetaling;
    private final InvestorService investorer;

    DemoEffektkontrakt(EffektkontraktService kontrakter, MaalingService maaling, KravService krav,
            UtbetalingService utbetaling, InvestorService investorer) {
        this.kontrakter = kontrakter;
        this.maaling = maaling;
        this.krav = krav;
        this.utbetaling = utbetaling;
        this.investorer = investorer;
    }

    void last(Lasting lasting) {
        LocalDate fra = lasting.idag.minusMonths(12).withDayOfMonth(1);
        UUID k = kontrakter.opprett(innhold(fra));
        var parter = kontrakter.hent(k).innhold();
        UUID senior = partId(parter, "SAMFUNNSKAPITAL");
        UUID junior = partId(parter, "STIFTELSEN");
        investorer.registrerKontantstrom(new RegistrerKontantstrom(k, senior, fra.plusDays(5), Kontantstrom.Type.TREKK,
                new BigDecimal("1000000")));
        investorer.registrerKontantstrom(new RegistrerKontantstrom(k, junior, fra.plusMonths(3),
                Kontantstrom.Type.TREKK, new BigDecimal("500000")));

        List<Kravvisning> fremmet = som("arrangor", Rolle.ARRANGOR, () -> maalOgKrev(k, fra));
        som("evaluator", Rolle.EVALUATOR, () -> {
            List<UUID> godkjennes = new ArrayList<>();
            UUID avvises = null;
            for (Kravvisning kv : fremmet) {
                if (kv.status() == Kravstatus.AVVIST) {
                    continue;
                }
                if (avvises == null && kv.maal().equals("NORSK_TEST")) {
                    avvises = kv.id();
                } else if (!kv.deltakerReferanse().equals("JL-012")) {
                    godkjennes.add(kv.id());
                }
            }
            krav.vurder(new VurderKrav(k, godkjennes, Vurdering.Beslutning.GODKJENT,
                    "Kontrollert mot dokumentasjon og register"));
            krav.vurder(new VurderKrav(k, List.of(Objects.requireNonNull(avvises)), Vurdering.Beslutning.AVVIST,
                    "Prøvebeviset gjelder muntlig del, ikke hele prøven"));
            utbetaling.registrerKohort(new RegistrerKohort(k, null, null, "Kull 1", lasting.idag.minusDays(7), 12, 5,
                    120, 36));
            return null;
        });
        utbetaling.kjor(new KjorUtbetaling(k,
                Utbetalingsperiode.navn(Utbetalingsperiode.Periodetype.KVARTAL, lasting.idag), lasting.idag));
        lasting.antallEffektkontrakter++;
    }

    /** The provider's part: participants, outcomes (with one job below 50 % and one claim without evidence), claims. */
    private List<Kravvisning> maalOgKrev(UUID k, LocalDate fra) {
        List<UUID> utfall = new ArrayList<>();
        for (int i = 1; i <= DELTAKERE; i++) {
            LocalDate inntak = fra.plusDays(7L * i);
            UUID d = maaling.registrerDeltaker(new RegistrerDeltaker(k, null, String.format("JL-%03d", i), null,
                    LocalDate.of(1985 + i, (i % 12) + 1, 10), i % 3 == 0
                            ? Innsatsgruppe.SPESIELT_TILPASSET_INNSATS
                            : Innsatsgruppe.SITUASJONSBESTEMT_INNSATS, null, inntak, null, "Kull 1"));
            utfall.add(utfall(k, d, "KARTLAGT", inntak.plusWeeks(3), null, Bevistype.OPPMOTEREGISTER));
            maaling.registrerMykMaaling(new RegistrerMykMaaling(k, d, "MESTRING", inntak.plusWeeks(1), 3 + i % 3, 3));
            maaling.registrerMykMaaling(new RegistrerMykMaaling(k, d, "MESTRING", inntak.plusMonths(5), 5 + i % 4,
                    5 + i % 3));
            if (i <= 7) {
                utfall.add(utfall(k, d, "NORSK_TEST", inntak.plusMonths(4), String.valueOf(2 + i % 3),
                        i == 7 ? null : Bevistype.SERTIFIKAT));
            }
            if (i <= 6) {
                LocalDate jobb = inntak.plusMonths(4);
                utfall.add(utfall(k, d, "JOBB_MINST_50", jobb, i == 6 ? "40" : "80", Bevistype.ARBEIDSGIVERBEKREFTELSE));
                if (i <= 3) {
                    utfall.add(utfall(k, d, "BEHOLDT_26_UKER", jobb.plusWeeks(26), null, Bevistype.REGISTEROPPSLAG));
                }
            }
        }
        return krav.fremm(k, utfall);
    }

    private UUID utfall(UUID k, UUID d, String maal, LocalDate dato, @Nullable String verdi,
            @Nullable Bevistype bevis) {
        return maaling.registrerUtfall(new RegistrerUtfall(k, d, maal, dato,
                verdi == null ? null : new BigDecimal(verdi), null,
                bevis == null ? List.of() : List.of(new Bevisreferanse(bevis, maal + "-" + d.toString().substring(0, 8)))));
    }

    static Kontraktsinnhold innhold(LocalDate fra) {
        LocalDate til = fra.plusYears(4).minusDays(1);
        List<Part> parter = List.of(
                part("NAV", Partsrolle.UTFALLSBETALER, "Nav Vestland", "889640782", null, "6000000", null, null, null),
                part("OYGARDEN", Partsrolle.UTFALLSBETALER, "Øygarden kommune", null, null, "1000000", null, null, null),
                part("FRETEX", Partsrolle.LEVERANDOR, "FRETEX AS", DemoArrangorer.FRETEX, null, null, null, null, null),
                part("SAMFUNNSKAPITAL", Partsrolle.INVESTOR, "Samfunnskapital Demo AS", INVESTOR_ORGNR,
                        "Investorkonsortiet Jobbløft", "2000000", "2400000", Tranche.SENIOR,
                        Kontraktsinnhold.Instrument.LAAN),
                part("STIFTELSEN", Partsrolle.INVESTOR, "Stiftelsen Arbeid for alle (demo)", STIFTELSE_ORGNR,
                        "Investorkonsortiet Jobbløft", "1000000", "1500000", Tranche.JUNIOR,
                        Kontraktsinnhold.Instrument.EGENKAPITAL),
                part("EVALUATOR", Partsrolle.EVALUATOR, "Uavhengig Evaluering Demo AS", EVALUATOR_ORGNR, null, null,
                        null, null, null));
        var maal = List.of(
                maal("KARTLAGT", "Kartlegging gjennomført", "KARTLAGT", Bevistype.OPPMOTEREGISTER, null, 60,
                        andel("0.2")),
                maal("NORSK_TEST", "Norskprøve bestått (A2, B1 eller B2)", "NORSK", Bevistype.SERTIFIKAT, null, 40,
                        new Pris(null, null, Pristype.TRINNSKALA, null, null, List.of(
                                new Kontraktsinnhold.Trinn(new BigDecimal("2"), new BigDecimal("5000")),
                                new Kontraktsinnhold.Trinn(new BigDecimal("3"), new BigDecimal("10000")),
                                new Kontraktsinnhold.Trinn(new BigDecimal("4"), new BigDecimal("15000"))), null, null)),
                maal("JOBB_MINST_50", "I jobb minst 50 prosent", "I_JOBB", Bevistype.ARBEIDSGIVERBEKREFTELSE,
                        new BigDecimal("50"), 30, andel("0.4")),
                maal("BEHOLDT_26_UKER", "Fortsatt i jobb etter 26 uker", "FAST_I_JOBB", Bevistype.REGISTEROPPSLAG,
                        null, 24, andel("0.4")));
        List<Kontraktsinnhold.PlanlagtUtbetaling> plan = new ArrayList<>();
        List<Kontraktsinnhold.PlanlagtUtfall> utfall = new ArrayList<>();
        for (int q = 0; q < 16; q++) {
            var periode = Utbetalingsperiode.av(Utbetalingsperiode.Periodetype.KVARTAL, fra.plusMonths(3L * q));
            plan.add(new Kontraktsinnhold.PlanlagtUtbetaling(periode.fra(), periode.til(),
                    new BigDecimal(q < 2 ? "100000" : "300000")));
            utfall.add(new Kontraktsinnhold.PlanlagtUtfall(periode.til(), "KARTLAGT", 4));
            if (q >= 2) {
                utfall.add(new Kontraktsinnhold.PlanlagtUtfall(periode.til(), "JOBB_MINST_50", 2));
            }
            if (q >= 4) {
                utfall.add(new Kontraktsinnhold.PlanlagtUtfall(periode.til(), "BEHOLDT_26_UKER", 2));
            }
        }
        return new Kontraktsinnhold(NAVN,
                "Et langt, tverrfaglig løp i grupper på 8–10: norsk, arbeidstrening, livsmestring og tett oppfølging "
                        + "av deltaker og arbeidsgiver etter ansettelse.",
                "NOK", fra, til,
                new Kontraktsinnhold.Maalgruppe("Innvandrere 18–55 år som trenger språk og arbeidstrening for å komme "
                        + "i jobb", 18, 55, List.of(Innsatsgruppe.SITUASJONSBESTEMT_INNSATS,
                        Innsatsgruppe.SPESIELT_TILPASSET_INNSATS), false),
                List.of(), "Varig jobb for deltakerne, også etter at de er ansatt",
                List.of(new Kontraktsinnhold.Milepael("KARTLAGT", "Kartlagt og i gang", null, fra.plusMonths(6)),
                        new Kontraktsinnhold.Milepael("NORSK", "Norsk på arbeidsnivå", null, fra.plusMonths(18)),
                        new Kontraktsinnhold.Milepael("I_JOBB", "I jobb", null, fra.plusMonths(30)),
                        new Kontraktsinnhold.Milepael("FAST_I_JOBB", "Fortsatt i jobb", null, til)),
                parter, null, new BigDecimal("115000"), maal,
                List.of(new Kontraktsinnhold.Stige("Jobbstigen", List.of("KARTLAGT", "JOBB_MINST_50", "BEHOLDT_26_UKER"))),
                List.of(),
                List.of(new Kontraktsinnhold.Sjekkpunktregel("JOBB_MINST_50", 14, List.of(
                        new Kontraktsinnhold.Sjekkpunkt(13, Kontraktsinnhold.Tidsenhet.UKER, null),
                        new Kontraktsinnhold.Sjekkpunkt(26, Kontraktsinnhold.Tidsenhet.UKER, "BEHOLDT_26_UKER"),
                        new Kontraktsinnhold.Sjekkpunkt(12, Kontraktsinnhold.Tidsenhet.MAANEDER, null)))),
                List.of(new Kontraktsinnhold.Skala("MESTRING", "Tro på egen mestring", "Deltakerens og veilederens "
                        + "vurdering fra 1 til 10")),
                new Kontraktsinnhold.Effektmaaling(Evalueringsmetode.HISTORISK_REFERANSE, Effektform.OKNING,
                        new BigDecimal("0.25"), new BigDecimal("100000"), new BigDecimal("0.25"), new BigDecimal("150000"),
                        null, "FRETEX"),
                new Kontraktsinnhold.Utbetalingsvilkaar(Utbetalingsperiode.Periodetype.KVARTAL, new BigDecimal("0.8"),
                        plan),
                new Kontraktsinnhold.Prognosegrunnlag(utfall, List.of(
                        new Kontraktsinnhold.PlanlagtTrekk("SAMFUNNSKAPITAL", fra.plusMonths(18), new BigDecimal("1000000")),
                        new Kontraktsinnhold.PlanlagtTrekk("STIFTELSEN", fra.plusMonths(18), new BigDecimal("500000"))),
                        new BigDecimal("0.6"), BigDecimal.ONE, new BigDecimal("1.2")));
    }

    private static Kontraktsinnhold.Resultatmaal maal(String kode, String navn, String milepael, Bevistype bevis,
            @Nullable BigDecimal minsteVerdi, int maalAntall, Pris pris) {
        return new Kontraktsinnhold.Resultatmaal(kode, navn, null, milepael, Gjentakelse.EN_GANG_PER_DELTAKER,
                List.of(bevis, Bevistype.REGISTEROPPSLAG), minsteVerdi == null ? null : "prosent", minsteVerdi, null,
                null, maalAntall, List.of(pris));
    }

    private static Pris andel(String andel) {
        return new Pris(null, null, Pristype.ANDEL, new BigDecimal("100000"), new BigDecimal(andel), List.of(), null,
                null);
    }

    private static Part part(String kode, Partsrolle rolle, String navn, @Nullable String orgnr,
            @Nullable String konsortium, @Nullable String forpliktelse, @Nullable String maks, @Nullable Tranche tranche,
            Kontraktsinnhold.@Nullable Instrument instrument) {
        return new Part(kode, rolle, navn, orgnr, konsortium, forpliktelse == null ? null : new BigDecimal(forpliktelse),
                null, instrument, tranche, maks == null ? null : new BigDecimal(maks), null, null, null);
    }

    private static UUID partId(Kontraktsinnhold k, String kode) {
        return Objects.requireNonNull(k.part(kode).orElseThrow().id());
    }

    /** Runs a step as a demo user (the provider or the evaluator), then goes back to the loader's own identity. */
    static <T> T som(String bruker, Rolle rolle, Supplier<T> steg) {
        var forrige = SecurityContextHolder.getContext();
        var kontekst = SecurityContextHolder.createEmptyContext();
        kontekst.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(bruker, null,
                List.of(new SimpleGrantedAuthority(rolle.authority()))));
        SecurityContextHolder.setContext(kontekst);
        try {
            return steg.get();
        } finally {
            SecurityContextHolder.setContext(forrige);
        }
    }
}
