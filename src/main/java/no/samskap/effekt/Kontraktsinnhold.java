package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Effektform;
import no.samskap.effekt.domain.Evalueringsmetode;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.effekt.domain.Tranche;
import no.samskap.effekt.domain.Utbetalingsperiode;
import no.samskap.shared.Innsatsgruppe;
import org.jspecify.annotations.Nullable;

/**
 * Everything one version of an outcome contract says: who the parties are and what they committed, the target group,
 * the period and the implementations covered, the long-term goal with milestones and outcome metrics, the pricing rules
 * and caps, checkpoints, soft-outcome scales, the evaluation, the payment terms and the plan for forecasts.
 *
 * <p>It is both what a client sends to create or amend a contract (fields may then be missing; the service reports
 * every missing or invalid field at once, with its path such as {@code resultatmaal[2].priser[0].belop}) and what is
 * stored as one immutable version (ADR 9). Parties and metrics are referred to by their {@code kode}; the service
 * gives each party a stable {@code id} the first time its code appears. Amounts are in the contract's {@code valuta}.
 *
 * @param kontraktstak an explicit cap on all payments; the sum of the payers' commitments applies when it is lower
 * @param takPerDeltaker the cap on all payments for one participant
 */
public record Kontraktsinnhold(
        @Nullable String navn,
        @Nullable String beskrivelse,
        @Nullable String valuta,
        @Nullable LocalDate fra,
        @Nullable LocalDate til,
        @Nullable Maalgruppe maalgruppe,
        List<UUID> gjennomforinger,
        @Nullable String langsiktigMaal,
        List<Milepael> milepaeler,
        List<Part> parter,
        @Nullable BigDecimal kontraktstak,
        @Nullable BigDecimal takPerDeltaker,
        List<Resultatmaal> resultatmaal,
        List<Stige> stiger,
        List<Alternativ> alternativer,
        List<Sjekkpunktregel> sjekkpunkter,
        List<Skala> skalaer,
        @Nullable Effektmaaling effektmaaling,
        @Nullable Utbetalingsvilkaar utbetaling,
        @Nullable Prognosegrunnlag prognose) {

    public Kontraktsinnhold {
        gjennomforinger = liste(gjennomforinger);
        milepaeler = liste(milepaeler);
        parter = liste(parter);
        resultatmaal = liste(resultatmaal);
        stiger = liste(stiger);
        alternativer = liste(alternativer);
        sjekkpunkter = liste(sjekkpunkter);
        skalaer = liste(skalaer);
    }

    /**
     * An outcome metric as pages name it: "Jobbstart (JOBBSTART)", or the code alone when the metric has no name or
     * the code is not one of the contract's metrics.
     */
    public String maalvisning(@Nullable String kode) {
        if (kode == null) {
            return "";
        }
        return resultatmaal.stream()
                .filter(m -> kode.equals(m.kode()) && m.navn() != null && !m.navn().isBlank())
                .findFirst()
                .map(m -> m.navn() + " (" + kode + ")")
                .orElse(kode);
    }

    /** A party's role in the contract. */
    public enum Partsrolle {
        /** Pays for outcomes (NAV, a municipality, a fund), up to its commitment. */
        UTFALLSBETALER,
        /** Delivers the service, alone or with others in a consortium. */
        LEVERANDOR,
        /** Pre-finances the work and is repaid from outcome payments. */
        INVESTOR,
        /** Verifies outcomes independently and decides on claims. */
        EVALUATOR,
        /** Designs or manages the contract for the parties. */
        INTERMEDIAER
    }

    /** The kind of an investor's money. */
    public enum Instrument {
        LAAN,
        EGENKAPITAL,
        KOMBINASJON
    }

    /** How a rate-card line pays. */
    public enum Pristype {
        /** {@code belop} per outcome per participant. */
        FAST,
        /** {@code andel} (0-1) of {@code belop}, a price per participant: three lines of 0.2/0.4/0.4 make 20/40/40. */
        ANDEL,
        /** Bands: from each band's {@code fraVerdi} the outcome pays the band's {@code belop}. */
        TRINNSKALA,
        /** Linear between {@code gulv} (nothing) and {@code tak} (the full {@code belop}) of the measured value. */
        PROPORSJONAL
    }

    /** The unit of a checkpoint's distance from the event that triggers it. */
    public enum Tidsenhet {
        UKER,
        MAANEDER
    }

    /**
     * A party.
     *
     * @param kode the party's code in this contract (e.g. {@code NAV}), used by metrics and payment terms
     * @param organisasjonsnummer the organisation; providers, investors and the evaluator need it, because users act
     *     for organisations and see the contracts their organisation is party to
     * @param konsortium the consortium the provider or investor is part of, if any
     * @param forpliktelse a payer's commitment (the most it pays) or an investor's commitment (the most it pays in)
     * @param andel a provider's share of the work in a consortium (0-1; the shares add up to 1)
     * @param maksUtbetaling the most an investor can receive in all (principal and return)
     * @param garanti the part of an investor's commitment a guarantee covers, as an amount
     * @param garantiAndel or as a share of the commitment (0-1)
     * @param id given by Samskap the first time the code appears; ignored in requests
     */
    public record Part(
            @Nullable String kode,
            @Nullable Partsrolle rolle,
            @Nullable String navn,
            @Nullable String organisasjonsnummer,
            @Nullable String konsortium,
            @Nullable BigDecimal forpliktelse,
            @Nullable BigDecimal andel,
            @Nullable Instrument instrument,
            @Nullable Tranche tranche,
            @Nullable BigDecimal maksUtbetaling,
            @Nullable BigDecimal garanti,
            @Nullable BigDecimal garantiAndel,
            @Nullable UUID id) {

        public Part medId(UUID nyId) {
            return new Part(kode, rolle, navn, organisasjonsnummer, konsortium, forpliktelse, andel, instrument, tranche,
                    maksUtbetaling, garanti, garantiAndel, nyId);
        }
    }

    /**
     * Who the contract is for. A participant qualifies from the intake date when, at intake, the age is within the
     * limits, the need category is one of those listed (if any) and, when {@code kunDekkedeGjennomforinger}, the
     * participant is in one of the implementations the contract covers.
     */
    public record Maalgruppe(
            @Nullable String beskrivelse,
            @Nullable Integer minAlder,
            @Nullable Integer maksAlder,
            List<Innsatsgruppe> innsatsgrupper,
            boolean kunDekkedeGjennomforinger) {

        public Maalgruppe {
            innsatsgrupper = liste(innsatsgrupper);
        }
    }

    /** A milestone on the way to the long-term goal. */
    public record Milepael(
            @Nullable String kode, @Nullable String navn, @Nullable String beskrivelse, @Nullable LocalDate frist) {}

    /**
     * An outcome metric and its rate-card line.
     *
     * @param milepael the milestone the metric measures, if any
     * @param enhet the unit of the measured value (e.g. {@code prosent}, {@code NOK}), if the metric has one
     * @param minsteVerdi the least value that counts as achieved (a job of at least 50 %)
     * @param tak the cap on all payments for this metric
     * @param betaler the code of the payer that pays it; none: all payers pay from the pool, pro rata
     * @param maalAntall how many outcomes the contract aims for (the target of charts and forecasts)
     */
    public record Resultatmaal(
            @Nullable String kode,
            @Nullable String navn,
            @Nullable String beskrivelse,
            @Nullable String milepael,
            @Nullable Gjentakelse gjentakelse,
            List<Bevistype> bevis,
            @Nullable String enhet,
            @Nullable BigDecimal minsteVerdi,
            @Nullable BigDecimal tak,
            @Nullable String betaler,
            @Nullable Integer maalAntall,
            List<Pris> priser) {

        public Resultatmaal {
            bevis = liste(bevis);
            priser = liste(priser);
        }
    }

    /** A price rule valid from {@code fra} (default: the contract's start) to {@code til} (open when missing). */
    public record Pris(
            @Nullable LocalDate fra,
            @Nullable LocalDate til,
            @Nullable Pristype type,
            @Nullable BigDecimal belop,
            @Nullable BigDecimal andel,
            List<Trinn> trinn,
            @Nullable BigDecimal gulv,
            @Nullable BigDecimal tak) {

        public Pris {
            trinn = liste(trinn);
        }
    }

    /** A band of a graded scale. */
    public record Trinn(@Nullable BigDecimal fraVerdi, @Nullable BigDecimal belop) {}

    /** A ladder: each rung (a metric code) pays only after the rung below for the same participant. */
    public record Stige(@Nullable String navn, List<String> trinn) {
        public Stige {
            trinn = liste(trinn);
        }
    }

    /** Metrics of which only one pays per participant and job spell. */
    public record Alternativ(@Nullable String navn, List<String> maal) {
        public Alternativ {
            maal = liste(maal);
        }
    }

    /**
     * Checkpoints scheduled when an outcome of {@code utlosendeMaal} (a job start) is registered: each falls due the
     * given time after the event's date, and the provider is reminded {@code varselDagerFor} days before.
     */
    public record Sjekkpunktregel(
            @Nullable String utlosendeMaal, @Nullable Integer varselDagerFor, List<Sjekkpunkt> sjekkpunkter) {
        public Sjekkpunktregel {
            sjekkpunkter = liste(sjekkpunkter);
        }
    }

    /** One checkpoint: {@code antall} {@code enhet} after the event; {@code maal} is the metric it is reported as. */
    public record Sjekkpunkt(@Nullable Integer antall, @Nullable Tidsenhet enhet, @Nullable String maal) {}

    /** A soft outcome measured on a 1-10 scale (e.g. confidence, belief in own mastery). */
    public record Skala(@Nullable String kode, @Nullable String navn, @Nullable String beskrivelse) {}

    /**
     * The evaluation against a comparison group and the payments its effect triggers: each cohort whose effect reaches
     * {@code kohortterskel} pays {@code belopPerKohort}; all cohorts together reaching {@code samletTerskel} pay
     * {@code samletBelop} less what the cohorts got.
     *
     * @param betaler the code of the payer; none: all payers from the pool
     * @param mottaker the code of the provider paid
     */
    public record Effektmaaling(
            @Nullable Evalueringsmetode metode,
            @Nullable Effektform form,
            @Nullable BigDecimal kohortterskel,
            @Nullable BigDecimal belopPerKohort,
            @Nullable BigDecimal samletTerskel,
            @Nullable BigDecimal samletBelop,
            @Nullable String betaler,
            @Nullable String mottaker) {}

    /**
     * Payment terms.
     *
     * @param frekvens payment runs per month or quarter
     * @param andelTilInvestorer the share of each run's payments that goes through the waterfall to the investors (0-1)
     * @param plan the planned payment profile
     */
    public record Utbetalingsvilkaar(
            Utbetalingsperiode.@Nullable Periodetype frekvens,
            @Nullable BigDecimal andelTilInvestorer,
            List<PlanlagtUtbetaling> plan) {
        public Utbetalingsvilkaar {
            plan = liste(plan);
        }
    }

    /** A planned payment for a period. */
    public record PlanlagtUtbetaling(@Nullable LocalDate fra, @Nullable LocalDate til, @Nullable BigDecimal belop) {}

    /**
     * What forecasts start from: the planned outcomes, the investors' planned drawdowns and the achievement rates of
     * the low, base and high scenarios.
     */
    public record Prognosegrunnlag(
            List<PlanlagtUtfall> utfall,
            List<PlanlagtTrekk> trekk,
            @Nullable BigDecimal lav,
            @Nullable BigDecimal basis,
            @Nullable BigDecimal hoy) {
        public Prognosegrunnlag {
            utfall = liste(utfall);
            trekk = liste(trekk);
        }
    }

    /** The number of outcomes of a metric planned on a date. */
    public record PlanlagtUtfall(@Nullable LocalDate dato, @Nullable String maal, @Nullable Integer antall) {}

    /** A drawdown planned for an investor (by code). */
    public record PlanlagtTrekk(@Nullable String investor, @Nullable LocalDate dato, @Nullable BigDecimal belop) {}

    /** The party with this code, if any. */
    public java.util.Optional<Part> part(String kode) {
        return parter.stream().filter(p -> kode.equals(p.kode())).findFirst();
    }

    /** The party with this id, if any. */
    public java.util.Optional<Part> part(UUID id) {
        return parter.stream().filter(p -> id.equals(p.id())).findFirst();
    }

    /** The parties in one role. */
    public List<Part> parter(Partsrolle rolle) {
        return parter.stream().filter(p -> p.rolle() == rolle).toList();
    }

    public java.util.Optional<Resultatmaal> resultatmaal(String kode) {
        return resultatmaal.stream().filter(m -> kode.equals(m.kode())).findFirst();
    }

    /** The same content with the parties given. */
    public Kontraktsinnhold medParter(List<Part> nye) {
        return new Kontraktsinnhold(navn, beskrivelse, valuta, fra, til, maalgruppe, gjennomforinger, langsiktigMaal,
                milepaeler, nye, kontraktstak, takPerDeltaker, resultatmaal, stiger, alternativer, sjekkpunkter, skalaer,
                effektmaaling, utbetaling, prognose);
    }

    private static <T> List<T> liste(@Nullable List<T> liste) {
        return liste == null ? List.of() : liste.stream().filter(java.util.Objects::nonNull).toList();
    }
}
