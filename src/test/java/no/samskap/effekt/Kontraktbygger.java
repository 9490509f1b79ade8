package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.Kontraktsinnhold.Pris;
import no.samskap.effekt.Kontraktsinnhold.Pristype;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Utbetalingsperiode;
import org.jspecify.annotations.Nullable;

/**
 * Contract content for tests, with the demo users' organisations as parties: NAV pays, FRETEX AS (the demo provider
 * user's hovedenhet) delivers, the demo evaluator's organisation evaluates and, when asked, the demo investor's
 * organisation invests. Fluent, so a test names only what matters to it.
 */
final class Kontraktbygger {

    static final String NAV_ORGNR = "889640782";
    static final String LEVERANDOR_ORGNR = "983982433";
    static final String LEVERANDOR_UNDERENHET_ORGNR = "992943084";
    static final String EVALUATOR_ORGNR = "933333337";
    static final String INVESTOR_ORGNR = "922222223";

    private String navn = "Testkontrakt";
    private String valuta = "NOK";
    private LocalDate fra = LocalDate.of(2025, 1, 1);
    private LocalDate til = LocalDate.of(2029, 12, 31);
    private final List<Part> parter = new ArrayList<>();
    private final List<Kontraktsinnhold.Resultatmaal> maal = new ArrayList<>();
    private final List<Kontraktsinnhold.Stige> stiger = new ArrayList<>();
    private final List<Kontraktsinnhold.Alternativ> alternativer = new ArrayList<>();
    private final List<Kontraktsinnhold.Sjekkpunktregel> sjekkpunkter = new ArrayList<>();
    private final List<Kontraktsinnhold.Skala> skalaer = new ArrayList<>();
    private final List<Kontraktsinnhold.PlanlagtUtbetaling> plan = new ArrayList<>();
    private @Nullable BigDecimal kontraktstak;
    private @Nullable BigDecimal takPerDeltaker;
    private Kontraktsinnhold.@Nullable Maalgruppe maalgruppe;
    private Kontraktsinnhold.@Nullable Effektmaaling effekt;
    private Kontraktsinnhold.@Nullable Prognosegrunnlag prognose;
    private Utbetalingsperiode.Periodetype frekvens = Utbetalingsperiode.Periodetype.KVARTAL;
    private @Nullable BigDecimal andelTilInvestorer;
    private boolean standardParter = true;

    static Kontraktbygger nok() {
        return new Kontraktbygger();
    }

    static Kontraktbygger gbp() {
        return new Kontraktbygger().valuta("GBP");
    }

    Kontraktbygger navn(String n) {
        this.navn = n;
        return this;
    }

    Kontraktbygger valuta(String v) {
        this.valuta = v;
        return this;
    }

    Kontraktbygger periode(LocalDate f, LocalDate t) {
        this.fra = f;
        this.til = t;
        return this;
    }

    /** Without the default payer, provider and evaluator: the test names all parties. */
    Kontraktbygger utenStandardparter() {
        this.standardParter = false;
        return this;
    }

    Kontraktbygger betaler(String kode, String orgnr, long forpliktelse) {
        parter.add(part(kode, Partsrolle.UTFALLSBETALER, "Betaler " + kode, orgnr, BigDecimal.valueOf(forpliktelse),
                null, null, null, null));
        return this;
    }

    Kontraktbygger leverandor(String kode, String orgnr, @Nullable String andel) {
        parter.add(part(kode, Partsrolle.LEVERANDOR, "Leverandør " + kode, orgnr, null,
                andel == null ? null : new BigDecimal(andel), null, null, null));
        return this;
    }

    Kontraktbygger evaluator(String kode, String orgnr) {
        parter.add(part(kode, Partsrolle.EVALUATOR, "Evaluator " + kode, orgnr, null, null, null, null, null));
        return this;
    }

    Kontraktbygger investor(String kode, String orgnr, long forpliktelse, long maks, Tranche tranche) {
        parter.add(part(kode, Partsrolle.INVESTOR, "Investor " + kode, orgnr, BigDecimal.valueOf(forpliktelse), null,
                Kontraktsinnhold.Instrument.LAAN, tranche, BigDecimal.valueOf(maks)));
        return this;
    }

    Kontraktbygger maal(Kontraktsinnhold.Resultatmaal m) {
        maal.add(m);
        return this;
    }

    /** A metric paying {@code pris} once per participant, from the contract's start, proven by a certificate. */
    Kontraktbygger fast(String kode, long pris) {
        return maal(fastMaal(kode, pris, null));
    }

    Kontraktbygger stige(String navn, String... trinn) {
        stiger.add(new Kontraktsinnhold.Stige(navn, List.of(trinn)));
        return this;
    }

    Kontraktbygger alternativer(String navn, String... koder) {
        alternativer.add(new Kontraktsinnhold.Alternativ(navn, List.of(koder)));
        return this;
    }

    Kontraktbygger kontraktstak(long tak) {
        this.kontraktstak = BigDecimal.valueOf(tak);
        return this;
    }

    Kontraktbygger takPerDeltaker(long tak) {
        this.takPerDeltaker = BigDecimal.valueOf(tak);
        return this;
    }

    Kontraktbygger maalgruppe(Kontraktsinnhold.Maalgruppe m) {
        this.maalgruppe = m;
        return this;
    }

    Kontraktbygger sjekkpunkter(Kontraktsinnhold.Sjekkpunktregel r) {
        sjekkpunkter.add(r);
        return this;
    }

    Kontraktbygger skala(String kode, String navn) {
        skalaer.add(new Kontraktsinnhold.Skala(kode, navn, null));
        return this;
    }

    Kontraktbygger effekt(Kontraktsinnhold.Effektmaaling e) {
        this.effekt = e;
        return this;
    }

    Kontraktbygger prognose(Kontraktsinnhold.Prognosegrunnlag p) {
        this.prognose = p;
        return this;
    }

    Kontraktbygger maanedlig() {
        this.frekvens = Utbetalingsperiode.Periodetype.MAANED;
        return this;
    }

    Kontraktbygger andelTilInvestorer(String andel) {
        this.andelTilInvestorer = new BigDecimal(andel);
        return this;
    }

    Kontraktbygger plan(LocalDate f, LocalDate t, long belop) {
        plan.add(new Kontraktsinnhold.PlanlagtUtbetaling(f, t, BigDecimal.valueOf(belop)));
        return this;
    }

    Kontraktsinnhold bygg() {
        List<Part> alle = new ArrayList<>();
        if (standardParter) {
            alle.add(part("NAV", Partsrolle.UTFALLSBETALER, "Nav", NAV_ORGNR, new BigDecimal("10000000"), null, null,
                    null, null));
            alle.add(part("LEV", Partsrolle.LEVERANDOR, "FRETEX AS", LEVERANDOR_ORGNR, null, null, null, null, null));
            alle.add(part("EVAL", Partsrolle.EVALUATOR, "Uavhengig Evaluering Demo AS", EVALUATOR_ORGNR, null, null,
                    null, null, null));
        }
        alle.addAll(parter);
        return new Kontraktsinnhold(navn, "Beskrivelse", valuta, fra, til, maalgruppe, List.of(), "Varig arbeid",
                List.of(), alle, kontraktstak, takPerDeltaker, maal, stiger, alternativer, sjekkpunkter, skalaer,
                effekt, new Kontraktsinnhold.Utbetalingsvilkaar(frekvens, andelTilInvestorer, plan), prognose);
    }

    static Kontraktsinnhold.Resultatmaal fastMaal(String kode, long pris, @Nullable String betaler) {
        return new Kontraktsinnhold.Resultatmaal(kode, "Mål " + kode, null, null, Gjentakelse.EN_GANG_PER_DELTAKER,
                List.of(Bevistype.SERTIFIKAT), null, null, null, betaler, null,
                List.of(pris(Pristype.FAST, BigDecimal.valueOf(pris))));
    }

    static Kontraktsinnhold.Resultatmaal maalMed(String kode, Gjentakelse gjentakelse, @Nullable BigDecimal minsteVerdi,
            @Nullable BigDecimal tak, Pris... priser) {
        return new Kontraktsinnhold.Resultatmaal(kode, "Mål " + kode, null, null, gjentakelse,
                List.of(Bevistype.SERTIFIKAT), null, minsteVerdi, tak, null, null, List.of(priser));
    }

    static Pris pris(Pristype type, BigDecimal belop) {
        return new Pris(null, null, type, belop, null, List.of(), null, null);
    }

    static Pris andel(long prisPerDeltaker, String andel) {
        return new Pris(null, null, Pristype.ANDEL, BigDecimal.valueOf(prisPerDeltaker), new BigDecimal(andel),
                List.of(), null, null);
    }

    static Pris trinnskala(Kontraktsinnhold.Trinn... trinn) {
        return new Pris(null, null, Pristype.TRINNSKALA, null, null, List.of(trinn), null, null);
    }

    static Kontraktsinnhold.Trinn trinn(String fraVerdi, long belop) {
        return new Kontraktsinnhold.Trinn(new BigDecimal(fraVerdi), BigDecimal.valueOf(belop));
    }

    static Pris proporsjonal(String gulv, String tak, long fullPris) {
        return new Pris(null, null, Pristype.PROPORSJONAL, BigDecimal.valueOf(fullPris), null, List.of(),
                new BigDecimal(gulv), new BigDecimal(tak));
    }

    private static Part part(String kode, Partsrolle rolle, String navn, @Nullable String orgnr,
            @Nullable BigDecimal forpliktelse, @Nullable BigDecimal andel, Kontraktsinnhold.@Nullable Instrument instrument,
            @Nullable Tranche tranche, @Nullable BigDecimal maks) {
        return new Part(kode, rolle, navn, orgnr, null, forpliktelse, andel, instrument, tranche, maks, null, null,
                null);
    }
}
