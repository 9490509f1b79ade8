package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsinnhold.Instrument;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.Kontraktsinnhold.Pristype;
import no.samskap.effekt.Kontraktsinnhold.Tidsenhet;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.shared.Innsatsgruppe;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.DirectFieldAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

/**
 * The editor of a contract's terms, for a new contract and for an amendment: the whole content as the browser posts
 * it. Its field paths are those of {@link Kontraktsinnhold} ({@code parter[0].forpliktelse},
 * {@code resultatmaal[1].priser[0].belop}), so every error the service reports lands beside its field. Lists grow and
 * shrink with "add row" and "remove" buttons that post the form back ({@link #endreRader}), which works without
 * JavaScript. Two things are typed as text because a list of inputs would be clumsy: the rungs of a ladder and the
 * metrics of a set of alternatives (codes separated by commas), and the bands of a graded scale
 * ({@code 768=2750; 1631=2750}).
 *
 * <p>A mutable bean bound by field (the controller turns on direct field access), so Thymeleaf can read it back when
 * the form is shown again with rows added or with errors.
 */
final class KontraktForm {

    public @Nullable Long version;

    @DateTimeFormat(iso = ISO.DATE)
    public @Nullable LocalDate gjelderFra;

    public @Nullable String begrunnelse;
    public @Nullable String navn;
    public @Nullable String beskrivelse;
    public @Nullable String valuta = "NOK";

    @DateTimeFormat(iso = ISO.DATE)
    public @Nullable LocalDate fra;

    @DateTimeFormat(iso = ISO.DATE)
    public @Nullable LocalDate til;

    public Maalgruppe maalgruppe = new Maalgruppe();
    public List<UUID> gjennomforinger = new ArrayList<>();
    public @Nullable String gjennomforingSok;
    public @Nullable String langsiktigMaal;
    public List<Milepael> milepaeler = new ArrayList<>();
    public List<Part> parter = new ArrayList<>();
    public @Nullable BigDecimal kontraktstak;
    public @Nullable BigDecimal takPerDeltaker;
    public List<Maal> resultatmaal = new ArrayList<>();
    public List<Stige> stiger = new ArrayList<>();
    public List<Alternativ> alternativer = new ArrayList<>();
    public List<Sjekkpunktregel> sjekkpunkter = new ArrayList<>();
    public List<Skala> skalaer = new ArrayList<>();
    public Effektmaaling effektmaaling = new Effektmaaling();
    public Utbetaling utbetaling = new Utbetaling();
    public Prognose prognose = new Prognose();

    /** The lists that "add row" and "remove" may change: one per repeated part of the terms. */
    private static final Pattern LISTE = Pattern.compile(
            "parter|milepaeler|resultatmaal|resultatmaal\\[\\d{1,3}]\\.priser|stiger|alternativer|sjekkpunkter"
                    + "|sjekkpunkter\\[\\d{1,3}]\\.sjekkpunkter|skalaer|utbetaling\\.plan|prognose\\.utfall"
                    + "|prognose\\.trekk");

    private static final Pattern RAD = Pattern.compile("(.+)\\[(\\d{1,3})]");

    private static final Pattern TRINN = Pattern.compile("\\s*([-0-9.,\\s]+?)\\s*=\\s*([0-9.,\\s]+?)\\s*");

    public static final class Maalgruppe {
        public @Nullable String beskrivelse;
        public @Nullable Integer minAlder;
        public @Nullable Integer maksAlder;
        public List<Innsatsgruppe> innsatsgrupper = new ArrayList<>();
        public boolean kunDekkedeGjennomforinger;
    }

    public static final class Milepael {
        public @Nullable String kode;
        public @Nullable String navn;
        public @Nullable String beskrivelse;

        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate frist;
    }

    public static final class Part {
        public @Nullable String kode;
        public @Nullable Partsrolle rolle;
        public @Nullable String navn;
        public @Nullable String organisasjonsnummer;
        public @Nullable String konsortium;
        public @Nullable BigDecimal forpliktelse;
        public @Nullable BigDecimal andel;
        public @Nullable Instrument instrument;
        public @Nullable Tranche tranche;
        public @Nullable BigDecimal maksUtbetaling;
        public @Nullable BigDecimal garanti;
        public @Nullable BigDecimal garantiAndel;
        /** Samskap's id of a party of an earlier version: the statement links to it. */
        public @Nullable UUID id;
    }

    public static final class Maal {
        public @Nullable String kode;
        public @Nullable String navn;
        public @Nullable String beskrivelse;
        public @Nullable String milepael;
        public @Nullable Gjentakelse gjentakelse = Gjentakelse.EN_GANG_PER_DELTAKER;
        public List<Bevistype> bevis = new ArrayList<>();
        public @Nullable String enhet;
        public @Nullable BigDecimal minsteVerdi;
        public @Nullable BigDecimal tak;
        public @Nullable String betaler;
        public @Nullable Integer maalAntall;
        public List<Pris> priser = new ArrayList<>();
    }

    public static final class Pris {
        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate fra;

        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate til;

        public @Nullable Pristype type = Pristype.FAST;
        public @Nullable BigDecimal belop;
        public @Nullable BigDecimal andel;
        /** The bands of a graded scale: {@code fraVerdi=belop} pairs separated by semicolons. */
        public @Nullable String trinn;
        public @Nullable BigDecimal gulv;
        public @Nullable BigDecimal tak;
    }

    public static final class Stige {
        public @Nullable String navn;
        /** The rungs' metric codes, lowest first, separated by commas. */
        public @Nullable String trinn;
    }

    public static final class Alternativ {
        public @Nullable String navn;
        /** The metric codes, separated by commas. */
        public @Nullable String maal;
    }

    public static final class Sjekkpunktregel {
        public @Nullable String utlosendeMaal;
        public @Nullable Integer varselDagerFor;
        public List<Sjekkpunkt> sjekkpunkter = new ArrayList<>();
    }

    public static final class Sjekkpunkt {
        public @Nullable Integer antall;
        public @Nullable Tidsenhet enhet = Tidsenhet.UKER;
        public @Nullable String maal;
    }

    public static final class Skala {
        public @Nullable String kode;
        public @Nullable String navn;
        public @Nullable String beskrivelse;
    }

    public static final class Effektmaaling {
        public @Nullable Evalueringsmetode metode;
        public @Nullable Effektform form;
        public @Nullable BigDecimal kohortterskel;
        public @Nullable BigDecimal belopPerKohort;
        public @Nullable BigDecimal samletTerskel;
        public @Nullable BigDecimal samletBelop;
        public @Nullable String betaler;
        public @Nullable String mottaker;

        boolean tom() {
            return metode == null && form == null && kohortterskel == null && belopPerKohort == null
                    && samletTerskel == null && samletBelop == null && blank(betaler) && blank(mottaker);
        }
    }

    public static final class Utbetaling {
        public Utbetalingsperiode.@Nullable Periodetype frekvens = Utbetalingsperiode.Periodetype.KVARTAL;
        public @Nullable BigDecimal andelTilInvestorer;
        public List<Plan> plan = new ArrayList<>();
    }

    public static final class Plan {
        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate fra;

        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate til;

        public @Nullable BigDecimal belop;
    }

    public static final class Prognose {
        public List<PlanlagtUtfall> utfall = new ArrayList<>();
        public List<PlanlagtTrekk> trekk = new ArrayList<>();
        public @Nullable BigDecimal lav;
        public @Nullable BigDecimal basis;
        public @Nullable BigDecimal hoy;

        boolean tom() {
            return utfall.isEmpty() && trekk.isEmpty() && lav == null && basis == null && hoy == null;
        }
    }

    public static final class PlanlagtUtfall {
        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate dato;

        public @Nullable String maal;
        public @Nullable Integer antall;
    }

    public static final class PlanlagtTrekk {
        public @Nullable String investor;

        @DateTimeFormat(iso = ISO.DATE)
        public @Nullable LocalDate dato;

        public @Nullable BigDecimal belop;
    }

    /** An empty contract with one row of each kind a contract needs: a payer, a provider, an evaluator, a metric. */
    static KontraktForm ny() {
        var f = new KontraktForm();
        for (Partsrolle rolle : List.of(Partsrolle.UTFALLSBETALER, Partsrolle.LEVERANDOR, Partsrolle.EVALUATOR)) {
            var p = new Part();
            p.rolle = rolle;
            f.parter.add(p);
        }
        f.resultatmaal.add(nyRad(Maal.class));
        return f;
    }

    /** The form filled with a version's content, to amend it. */
    static KontraktForm fra(Kontraktsinnhold k, long version) {
        var f = new KontraktForm();
        f.version = version;
        f.navn = k.navn();
        f.beskrivelse = k.beskrivelse();
        f.valuta = k.valuta();
        f.fra = k.fra();
        f.til = k.til();
        if (k.maalgruppe() != null) {
            var m = k.maalgruppe();
            f.maalgruppe.beskrivelse = m.beskrivelse();
            f.maalgruppe.minAlder = m.minAlder();
            f.maalgruppe.maksAlder = m.maksAlder();
            f.maalgruppe.innsatsgrupper = new ArrayList<>(m.innsatsgrupper());
            f.maalgruppe.kunDekkedeGjennomforinger = m.kunDekkedeGjennomforinger();
        }
        f.gjennomforinger = new ArrayList<>(k.gjennomforinger());
        f.langsiktigMaal = k.langsiktigMaal();
        for (var m : k.milepaeler()) {
            var r = new Milepael();
            r.kode = m.kode();
            r.navn = m.navn();
            r.beskrivelse = m.beskrivelse();
            r.frist = m.frist();
            f.milepaeler.add(r);
        }
        for (var p : k.parter()) {
            var r = new Part();
            r.kode = p.kode();
            r.rolle = p.rolle();
            r.navn = p.navn();
            r.organisasjonsnummer = p.organisasjonsnummer();
            r.konsortium = p.konsortium();
            r.forpliktelse = p.forpliktelse();
            r.andel = p.andel();
            r.instrument = p.instrument();
            r.tranche = p.tranche();
            r.maksUtbetaling = p.maksUtbetaling();
            r.garanti = p.garanti();
            r.garantiAndel = p.garantiAndel();
            r.id = p.id();
            f.parter.add(r);
        }
        f.kontraktstak = k.kontraktstak();
        f.takPerDeltaker = k.takPerDeltaker();
        for (var m : k.resultatmaal()) {
            var r = new Maal();
            r.kode = m.kode();
            r.navn = m.navn();
            r.beskrivelse = m.beskrivelse();
            r.milepael = m.milepael();
            r.gjentakelse = m.gjentakelse();
            r.bevis = new ArrayList<>(m.bevis());
            r.enhet = m.enhet();
            r.minsteVerdi = m.minsteVerdi();
            r.tak = m.tak();
            r.betaler = m.betaler();
            r.maalAntall = m.maalAntall();
            r.priser = new ArrayList<>();
            for (var p : m.priser()) {
                var pr = new Pris();
                pr.fra = p.fra();
                pr.til = p.til();
                pr.type = p.type();
                pr.belop = p.belop();
                pr.andel = p.andel();
                pr.trinn = trinntekst(p.trinn());
                pr.gulv = p.gulv();
                pr.tak = p.tak();
                r.priser.add(pr);
            }
            f.resultatmaal.add(r);
        }
        for (var s : k.stiger()) {
            var r = new Stige();
            r.navn = s.navn();
            r.trinn = String.join(", ", s.trinn());
            f.stiger.add(r);
        }
        for (var a : k.alternativer()) {
            var r = new Alternativ();
            r.navn = a.navn();
            r.maal = String.join(", ", a.maal());
            f.alternativer.add(r);
        }
        for (var s : k.sjekkpunkter()) {
            var r = new Sjekkpunktregel();
            r.utlosendeMaal = s.utlosendeMaal();
            r.varselDagerFor = s.varselDagerFor();
            r.sjekkpunkter = new ArrayList<>();
            for (var p : s.sjekkpunkter()) {
                var sp = new Sjekkpunkt();
                sp.antall = p.antall();
                sp.enhet = p.enhet();
                sp.maal = p.maal();
                r.sjekkpunkter.add(sp);
            }
            f.sjekkpunkter.add(r);
        }
        for (var s : k.skalaer()) {
            var r = new Skala();
            r.kode = s.kode();
            r.navn = s.navn();
            r.beskrivelse = s.beskrivelse();
            f.skalaer.add(r);
        }
        if (k.effektmaaling() != null) {
            var e = k.effektmaaling();
            f.effektmaaling.metode = e.metode();
            f.effektmaaling.form = e.form();
            f.effektmaaling.kohortterskel = e.kohortterskel();
            f.effektmaaling.belopPerKohort = e.belopPerKohort();
            f.effektmaaling.samletTerskel = e.samletTerskel();
            f.effektmaaling.samletBelop = e.samletBelop();
            f.effektmaaling.betaler = e.betaler();
            f.effektmaaling.mottaker = e.mottaker();
        }
        if (k.utbetaling() != null) {
            var u = k.utbetaling();
            f.utbetaling.frekvens = u.frekvens();
            f.utbetaling.andelTilInvestorer = u.andelTilInvestorer();
            for (var p : u.plan()) {
                var r = new Plan();
                r.fra = p.fra();
                r.til = p.til();
                r.belop = p.belop();
                f.utbetaling.plan.add(r);
            }
        }
        if (k.prognose() != null) {
            var p = k.prognose();
            for (var u : p.utfall()) {
                var r = new PlanlagtUtfall();
                r.dato = u.dato();
                r.maal = u.maal();
                r.antall = u.antall();
                f.prognose.utfall.add(r);
            }
            for (var t : p.trekk()) {
                var r = new PlanlagtTrekk();
                r.investor = t.investor();
                r.dato = t.dato();
                r.belop = t.belop();
                f.prognose.trekk.add(r);
            }
            f.prognose.lav = p.lav();
            f.prognose.basis = p.basis();
            f.prognose.hoy = p.hoy();
        }
        return f;
    }

    /**
     * The content as the service takes it. The bands of graded scales must have been read without errors
     * ({@link #kontrollerTekstfelt}).
     */
    Kontraktsinnhold innhold() {
        List<Kontraktsinnhold.Part> p = parter.stream()
                .map(r -> new Kontraktsinnhold.Part(r.kode, r.rolle, r.navn, r.organisasjonsnummer, r.konsortium,
                        r.forpliktelse, r.andel, r.instrument, r.tranche, r.maksUtbetaling, r.garanti,
                        r.garantiAndel, null))
                .toList();
        List<Kontraktsinnhold.Resultatmaal> maal = resultatmaal.stream()
                .map(m -> new Kontraktsinnhold.Resultatmaal(m.kode, m.navn, m.beskrivelse, m.milepael, m.gjentakelse,
                        m.bevis, m.enhet, m.minsteVerdi, m.tak, m.betaler, m.maalAntall,
                        m.priser.stream().map(KontraktForm::pris).toList()))
                .toList();
        var mg = maalgruppe;
        boolean utenMaalgruppe = blank(mg.beskrivelse) && mg.minAlder == null && mg.maksAlder == null
                && mg.innsatsgrupper.isEmpty() && !mg.kunDekkedeGjennomforinger;
        var e = effektmaaling;
        var pr = prognose;
        return new Kontraktsinnhold(navn, beskrivelse, valuta, fra, til,
                utenMaalgruppe ? null : new Kontraktsinnhold.Maalgruppe(mg.beskrivelse, mg.minAlder, mg.maksAlder,
                        mg.innsatsgrupper, mg.kunDekkedeGjennomforinger),
                gjennomforinger, langsiktigMaal,
                milepaeler.stream().map(m -> new Kontraktsinnhold.Milepael(m.kode, m.navn, m.beskrivelse, m.frist))
                        .toList(),
                p, kontraktstak, takPerDeltaker, maal,
                stiger.stream().map(s -> new Kontraktsinnhold.Stige(s.navn, koder(s.trinn))).toList(),
                alternativer.stream().map(a -> new Kontraktsinnhold.Alternativ(a.navn, koder(a.maal))).toList(),
                sjekkpunkter.stream()
                        .map(s -> new Kontraktsinnhold.Sjekkpunktregel(s.utlosendeMaal, s.varselDagerFor,
                                s.sjekkpunkter.stream()
                                        .map(x -> new Kontraktsinnhold.Sjekkpunkt(x.antall, x.enhet, tom(x.maal)))
                                        .toList()))
                        .toList(),
                skalaer.stream().map(s -> new Kontraktsinnhold.Skala(s.kode, s.navn, s.beskrivelse)).toList(),
                e.tom() ? null : new Kontraktsinnhold.Effektmaaling(e.metode, e.form, e.kohortterskel,
                        e.belopPerKohort, e.samletTerskel, e.samletBelop, tom(e.betaler), e.mottaker),
                new Kontraktsinnhold.Utbetalingsvilkaar(utbetaling.frekvens, utbetaling.andelTilInvestorer,
                        utbetaling.plan.stream()
                                .map(x -> new Kontraktsinnhold.PlanlagtUtbetaling(x.fra, x.til, x.belop)).toList()),
                pr.tom() ? null : new Kontraktsinnhold.Prognosegrunnlag(
                        pr.utfall.stream().map(x -> new Kontraktsinnhold.PlanlagtUtfall(x.dato, x.maal, x.antall))
                                .toList(),
                        pr.trekk.stream().map(x -> new Kontraktsinnhold.PlanlagtTrekk(x.investor, x.dato, x.belop))
                                .toList(),
                        pr.lav, pr.basis, pr.hoy));
    }

    /** Reads the fields typed as text (the bands of graded scales); what cannot be read is put beside its field. */
    void kontrollerTekstfelt(BindingResult binding) {
        for (int i = 0; i < resultatmaal.size(); i++) {
            for (int j = 0; j < resultatmaal.get(i).priser.size(); j++) {
                Pris p = resultatmaal.get(i).priser.get(j);
                if (p.type == Pristype.TRINNSKALA && !blank(p.trinn) && trinn(p.trinn) == null) {
                    binding.rejectValue("resultatmaal[" + i + "].priser[" + j + "].trinn", "effekt.skjema.trinn-ugyldig");
                }
            }
        }
    }

    /**
     * Adds or removes a row as the button asked: {@code leggTil:parter}, {@code leggTil:resultatmaal[1].priser},
     * {@code fjern:parter[2]}. Anything else changes nothing.
     */
    void endreRader(String handling) {
        var accessor = new DirectFieldAccessor(this);
        accessor.setAutoGrowNestedPaths(false);
        try {
            if (handling.startsWith("leggTil:")) {
                String sti = handling.substring("leggTil:".length());
                if (!LISTE.matcher(sti).matches()) {
                    return;
                }
                @SuppressWarnings("unchecked")
                List<Object> liste = (List<Object>) Objects.requireNonNull(accessor.getPropertyValue(sti));
                Class<?> type = Objects.requireNonNull(accessor.getPropertyTypeDescriptor(sti))
                        .getElementTypeDescriptor().getType();
                liste.add(nyRad(type));
                return;
            }
            if (handling.startsWith("fjern:")) {
                Matcher m = RAD.matcher(handling.substring("fjern:".length()));
                if (m.matches() && LISTE.matcher(m.group(1)).matches()) {
                    @SuppressWarnings("unchecked")
                    List<Object> liste = (List<Object>) Objects.requireNonNull(accessor.getPropertyValue(m.group(1)));
                    int i = Integer.parseInt(m.group(2));
                    if (i < liste.size()) {
                        liste.remove(i);
                    }
                }
            }
        } catch (BeansException | NullPointerException ukjentSti) {
            // a path that names no list of this form (e.g. an index beyond the rows): nothing to change
        }
    }

    /** A new row; a new metric comes with a price row and a checkpoint rule with a checkpoint, as they need one. */
    private static <T> T nyRad(Class<T> type) {
        T rad = BeanUtils.instantiateClass(type);
        if (rad instanceof Maal m) {
            m.priser.add(new Pris());
        } else if (rad instanceof Sjekkpunktregel r) {
            r.sjekkpunkter.add(new Sjekkpunkt());
        }
        return rad;
    }

    /** The bands of a graded scale read from {@code 768=2750; 1631=2750}, or null when the text cannot be read. */
    static @Nullable List<Kontraktsinnhold.Trinn> trinn(@Nullable String tekst) {
        if (blank(tekst)) {
            return List.of();
        }
        List<Kontraktsinnhold.Trinn> trinn = new ArrayList<>();
        for (String del : Objects.requireNonNull(tekst).split(";")) {
            if (del.isBlank()) {
                continue;
            }
            Matcher m = TRINN.matcher(del);
            if (!m.matches()) {
                return null;
            }
            try {
                trinn.add(new Kontraktsinnhold.Trinn(tall(m.group(1)), tall(m.group(2))));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return trinn;
    }

    static String trinntekst(List<Kontraktsinnhold.Trinn> trinn) {
        return String.join("; ", trinn.stream()
                .map(t -> plain(t.fraVerdi()) + "=" + plain(t.belop()))
                .toList());
    }

    private static Kontraktsinnhold.Pris pris(Pris p) {
        List<Kontraktsinnhold.Trinn> trinn = p.type == Pristype.TRINNSKALA ? trinn(p.trinn) : List.of();
        return new Kontraktsinnhold.Pris(p.fra, p.til, p.type, p.belop, p.andel, trinn == null ? List.of() : trinn,
                p.gulv, p.tak);
    }

    private static List<String> koder(@Nullable String tekst) {
        return blank(tekst)
                ? List.of()
                : Arrays.stream(Objects.requireNonNull(tekst).split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static BigDecimal tall(String tekst) {
        return new BigDecimal(tekst.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
    }

    private static String plain(@Nullable BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }

    private static @Nullable String tom(@Nullable String s) {
        return blank(s) ? null : s;
    }

    static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
