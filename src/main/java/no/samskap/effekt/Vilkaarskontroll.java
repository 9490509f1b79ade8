package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.domain.Alternativer;
import no.samskap.effekt.domain.Garanti;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Investor;
import no.samskap.effekt.domain.Kontraktsvilkar;
import no.samskap.effekt.domain.PartId;
import no.samskap.effekt.domain.Penger;
import no.samskap.effekt.domain.Prisperiode;
import no.samskap.effekt.domain.Prisregel;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.effekt.domain.Utfallsbetaler;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.Organisasjonsnummer;
import org.jspecify.annotations.Nullable;

/**
 * Checks a contract's content field by field (every error at once, with its path) and turns it into the engine's
 * terms. Field errors are {@link InvalidInput} (400); what only the engine's rules can see (a ladder over a metric in
 * two ladders, payers mixed with the pool) is a {@code BusinessRuleViolation} from {@link #vilkar} (422).
 */
final class Vilkaarskontroll {

    static final Pattern KODE = Pattern.compile("[A-Z0-9_]{1,40}");
    static final int MAKS_NAVN = 200;
    static final int MAKS_TEKST = 4000;
    static final int MAKS_ALDER = 120;
    static final int MAKS_VARSEL_DAGER = 365;
    static final int MAKS_SJEKKPUNKT = 120;
    static final BigDecimal STANDARD_ANDEL_TIL_INVESTORER = BigDecimal.ONE;
    static final int STANDARD_VARSEL_DAGER = 14;

    private Vilkaarskontroll() {}

    /**
     * The content as it will be stored: texts stripped, defaults filled in, every party given its id (the id of the
     * same code in earlier versions, else a new one).
     *
     * @param kjenteParter the ids of the party codes of earlier versions
     * @param gjennomforingFinnes whether an implementation with the id exists
     * @throws InvalidInput every field error of the content
     */
    static Kontraktsinnhold kontroller(
            Kontraktsinnhold inn, Map<String, UUID> kjenteParter, Predicate<UUID> gjennomforingFinnes) {
        var feil = InvalidInput.collector();
        String navn = tekst(inn.navn());
        feil.check(navn != null, "navn", EffektProblem.PAAKREVD);
        feil.check(navn == null || navn.length() <= MAKS_NAVN, "navn", EffektProblem.FOR_LANG, MAKS_NAVN);
        String beskrivelse = tekst(inn.beskrivelse());
        lengde(beskrivelse, "beskrivelse", feil);
        Currency valuta = valuta(inn.valuta(), feil);
        feil.check(inn.fra() != null, "fra", EffektProblem.PAAKREVD);
        feil.check(inn.til() != null, "til", EffektProblem.PAAKREVD);
        if (inn.fra() != null && inn.til() != null) {
            feil.check(!inn.til().isBefore(inn.fra()), "til", EffektProblem.TIL_FOR_FRA);
        }
        Kontraktsinnhold.Maalgruppe maalgruppe = maalgruppe(inn.maalgruppe(), feil);
        for (int i = 0; i < inn.gjennomforinger().size(); i++) {
            feil.check(gjennomforingFinnes.test(inn.gjennomforinger().get(i)), "gjennomforinger[" + i + "]",
                    EffektProblem.GJENNOMFORING_UKJENT);
        }
        String langsiktigMaal = tekst(inn.langsiktigMaal());
        lengde(langsiktigMaal, "langsiktigMaal", feil);

        List<Kontraktsinnhold.Milepael> milepaeler = new ArrayList<>();
        Set<String> milepaelkoder = new HashSet<>();
        for (int i = 0; i < inn.milepaeler().size(); i++) {
            var m = inn.milepaeler().get(i);
            String sti = "milepaeler[" + i + "]";
            String kode = kode(m.kode(), sti + ".kode", milepaelkoder, feil);
            String mNavn = navn(m.navn(), sti + ".navn", feil);
            String mBeskrivelse = tekst(m.beskrivelse());
            lengde(mBeskrivelse, sti + ".beskrivelse", feil);
            milepaeler.add(new Kontraktsinnhold.Milepael(kode, mNavn, mBeskrivelse, m.frist()));
        }

        List<Part> parter = parter(inn.parter(), valuta, kjenteParter, feil);
        Set<String> betalere = koder(parter, Partsrolle.UTFALLSBETALER);
        Set<String> leverandorer = koder(parter, Partsrolle.LEVERANDOR);
        Set<String> investorer = koder(parter, Partsrolle.INVESTOR);

        BigDecimal kontraktstak = belop(inn.kontraktstak(), valuta, "kontraktstak", false, feil);
        BigDecimal takPerDeltaker = belop(inn.takPerDeltaker(), valuta, "takPerDeltaker", false, feil);

        feil.check(!inn.resultatmaal().isEmpty(), "resultatmaal", EffektProblem.RESULTATMAAL_PAAKREVD);
        List<Kontraktsinnhold.Resultatmaal> maal = new ArrayList<>();
        Set<String> maalkoder = new LinkedHashSet<>();
        for (int i = 0; i < inn.resultatmaal().size(); i++) {
            maal.add(resultatmaal(inn.resultatmaal().get(i), "resultatmaal[" + i + "]", inn.fra(), valuta,
                    maalkoder, milepaelkoder, betalere, feil));
        }

        List<Kontraktsinnhold.Stige> stiger = new ArrayList<>();
        for (int i = 0; i < inn.stiger().size(); i++) {
            var s = inn.stiger().get(i);
            String sti = "stiger[" + i + "]";
            stiger.add(new Kontraktsinnhold.Stige(navn(s.navn(), sti + ".navn", feil),
                    maalliste(s.trinn(), sti + ".trinn", maalkoder, feil)));
        }
        List<Kontraktsinnhold.Alternativ> alternativer = new ArrayList<>();
        for (int i = 0; i < inn.alternativer().size(); i++) {
            var a = inn.alternativer().get(i);
            String sti = "alternativer[" + i + "]";
            alternativer.add(new Kontraktsinnhold.Alternativ(navn(a.navn(), sti + ".navn", feil),
                    maalliste(a.maal(), sti + ".maal", maalkoder, feil)));
        }

        List<Kontraktsinnhold.Sjekkpunktregel> sjekkpunkter = new ArrayList<>();
        for (int i = 0; i < inn.sjekkpunkter().size(); i++) {
            sjekkpunkter.add(sjekkpunktregel(inn.sjekkpunkter().get(i), "sjekkpunkter[" + i + "]", maalkoder, feil));
        }
        List<Kontraktsinnhold.Skala> skalaer = new ArrayList<>();
        Set<String> skalakoder = new HashSet<>();
        for (int i = 0; i < inn.skalaer().size(); i++) {
            var s = inn.skalaer().get(i);
            String sti = "skalaer[" + i + "]";
            String sBeskrivelse = tekst(s.beskrivelse());
            lengde(sBeskrivelse, sti + ".beskrivelse", feil);
            skalaer.add(new Kontraktsinnhold.Skala(kode(s.kode(), sti + ".kode", skalakoder, feil),
                    navn(s.navn(), sti + ".navn", feil), sBeskrivelse));
        }
        Kontraktsinnhold.Effektmaaling effekt = effektmaaling(inn.effektmaaling(), valuta, betalere, leverandorer, feil);
        Kontraktsinnhold.Utbetalingsvilkaar utbetaling = utbetaling(inn.utbetaling(), valuta, !investorer.isEmpty(), feil);
        Kontraktsinnhold.Prognosegrunnlag prognose = prognose(inn.prognose(), valuta, maalkoder, investorer, feil);

        feil.throwIfAny();
        return new Kontraktsinnhold(navn, beskrivelse, Objects.requireNonNull(valuta).getCurrencyCode(), inn.fra(),
                inn.til(), maalgruppe, List.copyOf(new LinkedHashSet<>(inn.gjennomforinger())), langsiktigMaal,
                milepaeler, parter, kontraktstak, takPerDeltaker, maal, stiger, alternativer, sjekkpunkter, skalaer,
                effekt, utbetaling, prognose);
    }

    /**
     * The engine's terms of checked content.
     *
     * @throws no.samskap.shared.BusinessRuleViolation when the terms break a rule of the engine
     */
    static Kontraktsvilkar vilkar(Kontraktsinnhold k) {
        Currency valuta = Currency.getInstance(k.valuta());
        Map<String, PartId> ider = partIder(k);
        List<Utfallsbetaler> betalere = k.parter(Partsrolle.UTFALLSBETALER).stream()
                .map(p -> new Utfallsbetaler(ider.get(p.kode()), penger(p.forpliktelse(), valuta)))
                .toList();
        List<no.samskap.effekt.domain.Resultatmaal> maal = k.resultatmaal().stream()
                .map(m -> new no.samskap.effekt.domain.Resultatmaal(
                        Objects.requireNonNull(m.kode()),
                        m.gjentakelse() == null ? Gjentakelse.EN_GANG_PER_DELTAKER : m.gjentakelse(),
                        m.priser().stream().map(p -> prisperiode(p, valuta)).toList(),
                        Set.copyOf(m.bevis()),
                        m.minsteVerdi(),
                        m.tak() == null ? null : penger(m.tak(), valuta),
                        m.betaler() == null ? null : ider.get(m.betaler())))
                .toList();
        return new Kontraktsvilkar(valuta, Objects.requireNonNull(k.fra()), Objects.requireNonNull(k.til()), betalere,
                k.kontraktstak() == null ? null : penger(k.kontraktstak(), valuta),
                k.takPerDeltaker() == null ? null : penger(k.takPerDeltaker(), valuta),
                maal,
                k.stiger().stream().map(s -> new no.samskap.effekt.domain.Stige(
                        Objects.requireNonNull(s.navn()), s.trinn())).toList(),
                k.alternativer().stream().map(a -> new Alternativer(
                        Objects.requireNonNull(a.navn()), Set.copyOf(a.maal()))).toList());
    }

    /** The investors of checked content as the ledger sees them. */
    static List<Investor> investorer(Kontraktsinnhold k) {
        Currency valuta = Currency.getInstance(k.valuta());
        return k.parter(Partsrolle.INVESTOR).stream()
                .map(p -> {
                    Penger forpliktelse = penger(p.forpliktelse(), valuta);
                    Garanti garanti = p.garanti() != null
                            ? new Garanti.Belop(penger(p.garanti(), valuta))
                            : p.garantiAndel() != null ? new Garanti.Andel(p.garantiAndel()) : new Garanti.Ingen();
                    return new Investor(new PartId(Objects.requireNonNull(p.id())),
                            Objects.requireNonNull(p.tranche()), forpliktelse, penger(p.maksUtbetaling(), valuta),
                            garanti);
                })
                .toList();
    }

    static Map<String, PartId> partIder(Kontraktsinnhold k) {
        Map<String, PartId> ider = new HashMap<>();
        k.parter().forEach(p -> ider.put(Objects.requireNonNull(p.kode()), new PartId(Objects.requireNonNull(p.id()))));
        return ider;
    }

    static Penger penger(@Nullable BigDecimal belop, Currency valuta) {
        return new Penger(Objects.requireNonNull(belop), valuta);
    }

    private static Prisperiode prisperiode(Kontraktsinnhold.Pris p, Currency valuta) {
        Prisregel regel = switch (Objects.requireNonNull(p.type())) {
            case FAST -> new Prisregel.FastPris(penger(p.belop(), valuta));
            case ANDEL -> new Prisregel.Andel(penger(p.belop(), valuta), Objects.requireNonNull(p.andel()));
            case TRINNSKALA -> new Prisregel.Trinnskala(p.trinn().stream()
                    .map(t -> new Prisregel.Trinn(Objects.requireNonNull(t.fraVerdi()), penger(t.belop(), valuta)))
                    .toList());
            case PROPORSJONAL -> new Prisregel.Proporsjonal(Objects.requireNonNull(p.gulv()),
                    Objects.requireNonNull(p.tak()), penger(p.belop(), valuta));
        };
        return new Prisperiode(Objects.requireNonNull(p.fra()), p.til(), regel);
    }

    private static List<Part> parter(
            List<Part> inn, @Nullable Currency valuta, Map<String, UUID> kjente, InvalidInput.Collector feil) {
        List<Part> parter = new ArrayList<>();
        Set<String> koder = new HashSet<>();
        for (int i = 0; i < inn.size(); i++) {
            Part p = inn.get(i);
            String sti = "parter[" + i + "]";
            String kode = kode(p.kode(), sti + ".kode", koder, feil);
            feil.check(p.rolle() != null, sti + ".rolle", EffektProblem.PAAKREVD);
            String navn = navn(p.navn(), sti + ".navn", feil);
            String orgnr = tekst(p.organisasjonsnummer());
            orgnr = orgnr == null ? null : orgnr.replace(" ", "");
            feil.check(orgnr == null || Organisasjonsnummer.isValid(orgnr), sti + ".organisasjonsnummer",
                    EffektProblem.ORGANISASJONSNUMMER_UGYLDIG);
            boolean trengerOrgnr = p.rolle() == Partsrolle.LEVERANDOR || p.rolle() == Partsrolle.INVESTOR
                    || p.rolle() == Partsrolle.EVALUATOR;
            feil.check(!trengerOrgnr || orgnr != null, sti + ".organisasjonsnummer",
                    EffektProblem.ORGANISASJONSNUMMER_PAAKREVD);
            String konsortium = tekst(p.konsortium());
            feil.check(konsortium == null || konsortium.length() <= MAKS_NAVN, sti + ".konsortium",
                    EffektProblem.FOR_LANG, MAKS_NAVN);
            boolean betaler = p.rolle() == Partsrolle.UTFALLSBETALER;
            boolean investor = p.rolle() == Partsrolle.INVESTOR;
            BigDecimal forpliktelse = belop(p.forpliktelse(), valuta, sti + ".forpliktelse", betaler || investor, feil);
            BigDecimal andel = p.rolle() == Partsrolle.LEVERANDOR ? andel(p.andel(), sti + ".andel", false, feil) : null;
            BigDecimal maks = investor ? belop(p.maksUtbetaling(), valuta, sti + ".maksUtbetaling", true, feil) : null;
            BigDecimal garanti = investor ? belop(p.garanti(), valuta, sti + ".garanti", false, feil) : null;
            BigDecimal garantiAndel = investor ? andel(p.garantiAndel(), sti + ".garantiAndel", false, feil) : null;
            feil.check(!investor || p.tranche() != null, sti + ".tranche", EffektProblem.PAAKREVD);
            UUID id = kode == null ? UUID.randomUUID() : kjente.getOrDefault(kode, UUID.randomUUID());
            parter.add(new Part(kode, p.rolle(), navn, orgnr, konsortium, betaler || investor ? forpliktelse : null,
                    andel, investor ? p.instrument() : null, investor ? p.tranche() : null, maks, garanti,
                    garanti == null ? garantiAndel : null, id));
        }
        feil.check(parter.stream().anyMatch(p -> p.rolle() == Partsrolle.UTFALLSBETALER), "parter",
                EffektProblem.BETALER_PAAKREVD);
        feil.check(parter.stream().anyMatch(p -> p.rolle() == Partsrolle.LEVERANDOR), "parter",
                EffektProblem.LEVERANDOR_PAAKREVD);
        List<Part> evaluatorer = parter.stream().filter(p -> p.rolle() == Partsrolle.EVALUATOR).toList();
        feil.check(evaluatorer.size() == 1, "parter", EffektProblem.EVALUATOR_EN);
        feil.check(parter.stream().filter(p -> p.rolle() == Partsrolle.INTERMEDIAER).count() <= 1, "parter",
                EffektProblem.INTERMEDIAER_EN);
        for (Part e : evaluatorer) {
            boolean avhengig = e.organisasjonsnummer() != null && parter.stream()
                    .filter(p -> p.rolle() != Partsrolle.EVALUATOR && p.rolle() != Partsrolle.INTERMEDIAER)
                    .anyMatch(p -> e.organisasjonsnummer().equals(p.organisasjonsnummer()));
            feil.check(!avhengig, "parter", EffektProblem.EVALUATOR_IKKE_UAVHENGIG);
        }
        List<Part> leverandorer = parter.stream().filter(p -> p.rolle() == Partsrolle.LEVERANDOR).toList();
        if (leverandorer.stream().anyMatch(p -> p.andel() != null)) {
            boolean alle = leverandorer.stream().allMatch(p -> p.andel() != null);
            BigDecimal sum = leverandorer.stream().map(Part::andel).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            feil.check(alle && sum.compareTo(BigDecimal.ONE) == 0, "parter", EffektProblem.ANDELER_SUM);
        }
        return parter;
    }

    private static Kontraktsinnhold.Resultatmaal resultatmaal(
            Kontraktsinnhold.Resultatmaal m, String sti, @Nullable LocalDate kontraktFra, @Nullable Currency valuta,
            Set<String> maalkoder, Set<String> milepaelkoder, Set<String> betalere, InvalidInput.Collector feil) {
        String kode = kode(m.kode(), sti + ".kode", maalkoder, feil);
        String navn = navn(m.navn(), sti + ".navn", feil);
        String beskrivelse = tekst(m.beskrivelse());
        lengde(beskrivelse, sti + ".beskrivelse", feil);
        String milepael = tekst(m.milepael());
        feil.check(milepael == null || milepaelkoder.contains(milepael), sti + ".milepael",
                EffektProblem.MILEPAEL_UKJENT);
        String enhet = tekst(m.enhet());
        feil.check(enhet == null || enhet.length() <= 40, sti + ".enhet", EffektProblem.FOR_LANG, 40);
        BigDecimal tak = belop(m.tak(), valuta, sti + ".tak", false, feil);
        String betaler = tekst(m.betaler());
        feil.check(betaler == null || betalere.contains(betaler), sti + ".betaler", EffektProblem.PART_UKJENT);
        feil.check(m.maalAntall() == null || m.maalAntall() >= 0, sti + ".maalAntall",
                EffektProblem.TALL_UTENFOR_GRENSE, 0, Integer.MAX_VALUE);
        feil.check(!m.priser().isEmpty(), sti + ".priser", EffektProblem.PAAKREVD);
        List<Kontraktsinnhold.Pris> priser = new ArrayList<>();
        for (int j = 0; j < m.priser().size(); j++) {
            priser.add(pris(m.priser().get(j), sti + ".priser[" + j + "]", kontraktFra, valuta, feil));
        }
        return new Kontraktsinnhold.Resultatmaal(kode, navn, beskrivelse, milepael,
                m.gjentakelse() == null ? Gjentakelse.EN_GANG_PER_DELTAKER : m.gjentakelse(),
                List.copyOf(new LinkedHashSet<>(m.bevis())), enhet, m.minsteVerdi(), tak, betaler, m.maalAntall(),
                priser);
    }

    private static Kontraktsinnhold.Pris pris(
            Kontraktsinnhold.Pris p, String sti, @Nullable LocalDate kontraktFra, @Nullable Currency valuta,
            InvalidInput.Collector feil) {
        LocalDate fra = p.fra() != null ? p.fra() : kontraktFra;
        feil.check(fra == null || p.til() == null || !p.til().isBefore(fra), sti + ".til", EffektProblem.TIL_FOR_FRA);
        feil.check(p.type() != null, sti + ".type", EffektProblem.PAAKREVD);
        if (p.type() == null) {
            return p;
        }
        BigDecimal belop = null;
        BigDecimal andel = null;
        List<Kontraktsinnhold.Trinn> trinn = List.of();
        BigDecimal gulv = null;
        BigDecimal tak = null;
        switch (p.type()) {
            case FAST -> belop = belop(p.belop(), valuta, sti + ".belop", true, feil);
            case ANDEL -> {
                belop = belop(p.belop(), valuta, sti + ".belop", true, feil);
                andel = andel(p.andel(), sti + ".andel", true, feil);
            }
            case TRINNSKALA -> {
                feil.check(!p.trinn().isEmpty(), sti + ".trinn", EffektProblem.PAAKREVD);
                List<Kontraktsinnhold.Trinn> liste = new ArrayList<>();
                for (int k = 0; k < p.trinn().size(); k++) {
                    var t = p.trinn().get(k);
                    feil.check(t.fraVerdi() != null, sti + ".trinn[" + k + "].fraVerdi", EffektProblem.PAAKREVD);
                    liste.add(new Kontraktsinnhold.Trinn(t.fraVerdi(),
                            belop(t.belop(), valuta, sti + ".trinn[" + k + "].belop", true, feil)));
                }
                trinn = liste;
            }
            case PROPORSJONAL -> {
                belop = belop(p.belop(), valuta, sti + ".belop", true, feil);
                gulv = p.gulv();
                tak = p.tak();
                feil.check(gulv != null, sti + ".gulv", EffektProblem.PAAKREVD);
                feil.check(tak != null, sti + ".tak", EffektProblem.PAAKREVD);
                feil.check(gulv == null || tak == null || tak.compareTo(gulv) > 0, sti + ".tak",
                        EffektProblem.PRISREGEL_UGYLDIG);
            }
        }
        return new Kontraktsinnhold.Pris(fra, p.til(), p.type(), belop, andel, trinn, gulv, tak);
    }

    private static Kontraktsinnhold.Sjekkpunktregel sjekkpunktregel(
            Kontraktsinnhold.Sjekkpunktregel r, String sti, Set<String> maalkoder, InvalidInput.Collector feil) {
        String utlosende = tekst(r.utlosendeMaal());
        feil.check(utlosende != null, sti + ".utlosendeMaal", EffektProblem.PAAKREVD);
        feil.check(utlosende == null || maalkoder.contains(utlosende), sti + ".utlosendeMaal",
                EffektProblem.RESULTATMAAL_UKJENT);
        int varsel = r.varselDagerFor() == null ? STANDARD_VARSEL_DAGER : r.varselDagerFor();
        feil.check(varsel >= 0 && varsel <= MAKS_VARSEL_DAGER, sti + ".varselDagerFor",
                EffektProblem.TALL_UTENFOR_GRENSE, 0, MAKS_VARSEL_DAGER);
        feil.check(!r.sjekkpunkter().isEmpty(), sti + ".sjekkpunkter", EffektProblem.PAAKREVD);
        List<Kontraktsinnhold.Sjekkpunkt> punkter = new ArrayList<>();
        for (int j = 0; j < r.sjekkpunkter().size(); j++) {
            var s = r.sjekkpunkter().get(j);
            String p = sti + ".sjekkpunkter[" + j + "]";
            feil.check(s.antall() != null && s.antall() >= 1 && s.antall() <= MAKS_SJEKKPUNKT, p + ".antall",
                    EffektProblem.TALL_UTENFOR_GRENSE, 1, MAKS_SJEKKPUNKT);
            feil.check(s.enhet() != null, p + ".enhet", EffektProblem.PAAKREVD);
            String maal = tekst(s.maal());
            feil.check(maal == null || maalkoder.contains(maal), p + ".maal", EffektProblem.RESULTATMAAL_UKJENT);
            punkter.add(new Kontraktsinnhold.Sjekkpunkt(s.antall(), s.enhet(), maal));
        }
        return new Kontraktsinnhold.Sjekkpunktregel(utlosende, varsel, punkter);
    }

    private static Kontraktsinnhold.@Nullable Effektmaaling effektmaaling(
            Kontraktsinnhold.@Nullable Effektmaaling e, @Nullable Currency valuta, Set<String> betalere,
            Set<String> leverandorer, InvalidInput.Collector feil) {
        if (e == null) {
            return null;
        }
        String sti = "effektmaaling";
        feil.check(e.metode() != null, sti + ".metode", EffektProblem.PAAKREVD);
        feil.check(e.form() != null, sti + ".form", EffektProblem.PAAKREVD);
        feil.check(e.kohortterskel() != null, sti + ".kohortterskel", EffektProblem.PAAKREVD);
        feil.check(e.samletTerskel() != null, sti + ".samletTerskel", EffektProblem.PAAKREVD);
        BigDecimal perKohort = belop(e.belopPerKohort(), valuta, sti + ".belopPerKohort", true, feil);
        BigDecimal samlet = belop(e.samletBelop(), valuta, sti + ".samletBelop", true, feil);
        String betaler = tekst(e.betaler());
        feil.check(betaler == null || betalere.contains(betaler), sti + ".betaler", EffektProblem.PART_UKJENT);
        String mottaker = tekst(e.mottaker());
        feil.check(mottaker != null, sti + ".mottaker", EffektProblem.PAAKREVD);
        feil.check(mottaker == null || leverandorer.contains(mottaker), sti + ".mottaker", EffektProblem.PART_UKJENT);
        return new Kontraktsinnhold.Effektmaaling(e.metode(), e.form(), e.kohortterskel(), perKohort,
                e.samletTerskel(), samlet, betaler, mottaker);
    }

    private static Kontraktsinnhold.Utbetalingsvilkaar utbetaling(
            Kontraktsinnhold.@Nullable Utbetalingsvilkaar u, @Nullable Currency valuta, boolean harInvestorer,
            InvalidInput.Collector feil) {
        BigDecimal standardAndel = harInvestorer ? STANDARD_ANDEL_TIL_INVESTORER : BigDecimal.ZERO;
        if (u == null) {
            return new Kontraktsinnhold.Utbetalingsvilkaar(
                    Utbetalingsperiode.Periodetype.KVARTAL, standardAndel, List.of());
        }
        BigDecimal andel = u.andelTilInvestorer() == null
                ? standardAndel
                : andel(u.andelTilInvestorer(), "utbetaling.andelTilInvestorer", true, feil);
        List<Kontraktsinnhold.PlanlagtUtbetaling> plan = new ArrayList<>();
        for (int i = 0; i < u.plan().size(); i++) {
            var p = u.plan().get(i);
            String sti = "utbetaling.plan[" + i + "]";
            feil.check(p.fra() != null, sti + ".fra", EffektProblem.PAAKREVD);
            feil.check(p.til() != null, sti + ".til", EffektProblem.PAAKREVD);
            feil.check(p.fra() == null || p.til() == null || !p.til().isBefore(p.fra()), sti + ".til",
                    EffektProblem.TIL_FOR_FRA);
            plan.add(new Kontraktsinnhold.PlanlagtUtbetaling(p.fra(), p.til(),
                    belop(p.belop(), valuta, sti + ".belop", true, feil)));
        }
        return new Kontraktsinnhold.Utbetalingsvilkaar(
                u.frekvens() == null ? Utbetalingsperiode.Periodetype.KVARTAL : u.frekvens(), andel, plan);
    }

    private static Kontraktsinnhold.@Nullable Prognosegrunnlag prognose(
            Kontraktsinnhold.@Nullable Prognosegrunnlag p, @Nullable Currency valuta, Set<String> maalkoder,
            Set<String> investorer, InvalidInput.Collector feil) {
        if (p == null) {
            return null;
        }
        List<Kontraktsinnhold.PlanlagtUtfall> utfall = new ArrayList<>();
        for (int i = 0; i < p.utfall().size(); i++) {
            var u = p.utfall().get(i);
            String sti = "prognose.utfall[" + i + "]";
            feil.check(u.dato() != null, sti + ".dato", EffektProblem.PAAKREVD);
            String maal = tekst(u.maal());
            feil.check(maal != null && maalkoder.contains(maal), sti + ".maal", EffektProblem.RESULTATMAAL_UKJENT);
            feil.check(u.antall() != null && u.antall() >= 0, sti + ".antall", EffektProblem.TALL_UTENFOR_GRENSE, 0,
                    Integer.MAX_VALUE);
            utfall.add(new Kontraktsinnhold.PlanlagtUtfall(u.dato(), maal, u.antall()));
        }
        List<Kontraktsinnhold.PlanlagtTrekk> trekk = new ArrayList<>();
        for (int i = 0; i < p.trekk().size(); i++) {
            var t = p.trekk().get(i);
            String sti = "prognose.trekk[" + i + "]";
            String investor = tekst(t.investor());
            feil.check(investor != null && investorer.contains(investor), sti + ".investor", EffektProblem.PART_UKJENT);
            feil.check(t.dato() != null, sti + ".dato", EffektProblem.PAAKREVD);
            trekk.add(new Kontraktsinnhold.PlanlagtTrekk(investor, t.dato(),
                    belop(t.belop(), valuta, sti + ".belop", true, feil)));
        }
        for (String felt : List.of("lav", "basis", "hoy")) {
            BigDecimal grad = switch (felt) {
                case "lav" -> p.lav();
                case "basis" -> p.basis();
                default -> p.hoy();
            };
            feil.check(grad != null, "prognose." + felt, EffektProblem.PAAKREVD);
            feil.check(grad == null || grad.signum() >= 0, "prognose." + felt, EffektProblem.ANDEL_UGYLDIG);
        }
        return new Kontraktsinnhold.Prognosegrunnlag(utfall, trekk, p.lav(), p.basis(), p.hoy());
    }

    private static Kontraktsinnhold.@Nullable Maalgruppe maalgruppe(
            Kontraktsinnhold.@Nullable Maalgruppe m, InvalidInput.Collector feil) {
        if (m == null) {
            return null;
        }
        String beskrivelse = tekst(m.beskrivelse());
        lengde(beskrivelse, "maalgruppe.beskrivelse", feil);
        feil.check(m.minAlder() == null || (m.minAlder() >= 0 && m.minAlder() <= MAKS_ALDER), "maalgruppe.minAlder",
                EffektProblem.ALDER_UGYLDIG);
        feil.check(m.maksAlder() == null || (m.maksAlder() >= 0 && m.maksAlder() <= MAKS_ALDER), "maalgruppe.maksAlder",
                EffektProblem.ALDER_UGYLDIG);
        feil.check(m.minAlder() == null || m.maksAlder() == null || m.minAlder() <= m.maksAlder(),
                "maalgruppe.maksAlder", EffektProblem.ALDER_UGYLDIG);
        return new Kontraktsinnhold.Maalgruppe(beskrivelse, m.minAlder(), m.maksAlder(),
                List.copyOf(new LinkedHashSet<>(m.innsatsgrupper())), m.kunDekkedeGjennomforinger());
    }

    private static List<String> maalliste(
            List<String> koder, String sti, Set<String> maalkoder, InvalidInput.Collector feil) {
        feil.check(koder.size() >= 2, sti, EffektProblem.FOR_FAA_MAAL);
        List<String> liste = new ArrayList<>();
        for (int i = 0; i < koder.size(); i++) {
            String kode = koder.get(i).strip();
            feil.check(maalkoder.contains(kode), sti + "[" + i + "]", EffektProblem.RESULTATMAAL_UKJENT);
            liste.add(kode);
        }
        return liste;
    }

    private static Set<String> koder(List<Part> parter, Partsrolle rolle) {
        Set<String> koder = new HashSet<>();
        parter.stream().filter(p -> p.rolle() == rolle && p.kode() != null).forEach(p -> koder.add(p.kode()));
        return koder;
    }

    private static @Nullable Currency valuta(@Nullable String kode, InvalidInput.Collector feil) {
        String k = tekst(kode);
        if (k == null) {
            feil.add("valuta", EffektProblem.PAAKREVD);
            return null;
        }
        try {
            Currency c = Currency.getInstance(k.toUpperCase(java.util.Locale.ROOT));
            int desimaler = c.getDefaultFractionDigits();
            if (desimaler < 0 || desimaler > 2) {
                feil.add("valuta", EffektProblem.VALUTA_UGYLDIG, k);
                return null;
            }
            return c;
        } catch (IllegalArgumentException e) {
            feil.add("valuta", EffektProblem.VALUTA_UGYLDIG, k);
            return null;
        }
    }

    /** An amount: not negative, no more decimals than the currency has; {@code paakrevd}: must be there. */
    static @Nullable BigDecimal belop(
            @Nullable BigDecimal belop, @Nullable Currency valuta, String felt, boolean paakrevd,
            InvalidInput.Collector feil) {
        if (belop == null) {
            feil.check(!paakrevd, felt, EffektProblem.PAAKREVD);
            return null;
        }
        if (belop.signum() < 0) {
            feil.add(felt, EffektProblem.BELOP_NEGATIVT);
            return null;
        }
        int desimaler = valuta == null ? 2 : valuta.getDefaultFractionDigits();
        if (belop.stripTrailingZeros().scale() > desimaler) {
            feil.add(felt, EffektProblem.BELOP_FOR_MANGE_DESIMALER, belop.toPlainString(),
                    valuta == null ? "" : valuta.getCurrencyCode());
            return null;
        }
        return belop.setScale(desimaler, java.math.RoundingMode.UNNECESSARY);
    }

    static @Nullable BigDecimal andel(
            @Nullable BigDecimal andel, String felt, boolean paakrevd, InvalidInput.Collector feil) {
        if (andel == null) {
            feil.check(!paakrevd, felt, EffektProblem.PAAKREVD);
            return null;
        }
        feil.check(andel.signum() >= 0 && andel.compareTo(BigDecimal.ONE) <= 0, felt, EffektProblem.ANDEL_UGYLDIG,
                andel.toPlainString());
        return andel;
    }

    private static @Nullable String kode(
            @Nullable String kode, String felt, Set<String> brukte, InvalidInput.Collector feil) {
        String k = tekst(kode);
        if (k == null) {
            feil.add(felt, EffektProblem.PAAKREVD);
            return null;
        }
        if (!KODE.matcher(k).matches()) {
            feil.add(felt, EffektProblem.KODE_UGYLDIG);
            return null;
        }
        feil.check(brukte.add(k), felt, EffektProblem.KODE_DUPLIKAT);
        return k;
    }

    private static @Nullable String navn(@Nullable String navn, String felt, InvalidInput.Collector feil) {
        String n = tekst(navn);
        feil.check(n != null, felt, EffektProblem.PAAKREVD);
        feil.check(n == null || n.length() <= MAKS_NAVN, felt, EffektProblem.FOR_LANG, MAKS_NAVN);
        return n;
    }

    private static void lengde(@Nullable String tekst, String felt, InvalidInput.Collector feil) {
        feil.check(tekst == null || tekst.length() <= MAKS_TEKST, felt, EffektProblem.FOR_LANG, MAKS_TEKST);
    }

    static @Nullable String tekst(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
