package no.samskap.effekt;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.domain.Avstemming;
import no.samskap.effekt.domain.Kravresultat;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Prikking;
import no.samskap.effekt.domain.Prisregel;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.UtbetalingRepository;
import no.samskap.effekt.persistence.UtbetalingRepository.KontantstromRad;
import no.samskap.effekt.persistence.UtbetalingRepository.UtbetalingRad;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a contract in the shape of GO Lab's INDIGO data standard (the {@code project} schema of
 * INDIGO-Initiative/indigo-data-standard): project, organisations, outcome payment commitments, service provisions,
 * investments, outcome metrics, pricings, results, outcome payments and transactions. Every field is an object
 * {@code {"value": …, "status": "PUBLIC"|"PRIVATE"}} as the standard's {@code object_with_value_*_and_status}, so a
 * publisher sees what may be published. Private are: each investor's commitment, cash flows, IRR and loss, and any
 * result counting fewer than five participants. The public export leaves private fields out altogether. No participant
 * appears in either: results are counts per metric.
 */
@Service
public class IndigoService {

    static final String PUBLIC = "PUBLIC";
    static final String PRIVATE = "PRIVATE";
    private static final String OFFENTLIG_SEKTOR = "Government/Public Sector/Public Bank";

    private final KontraktRepository kontrakter;
    private final UtbetalingRepository utbetalinger;
    private final Beregning beregning;
    private final Effekttilgang tilgang;
    private final Clock clock;

    IndigoService(KontraktRepository kontrakter, UtbetalingRepository utbetalinger, Beregning beregning,
            Effekttilgang tilgang, Clock clock) {
        this.kontrakter = kontrakter;
        this.utbetalinger = utbetalinger;
        this.beregning = beregning;
        this.tilgang = tilgang;
        this.clock = clock;
    }

    /**
     * The contract as an INDIGO project. NAV and the evaluator get every field with its status unless they ask for
     * the public export only; providers and investors always get the public export.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> eksport(UUID kontraktId, boolean kunOffentlig) {
        var forhold = tilgang.forhold(kontraktId);
        boolean offentlig = kunOffentlig || !forhold.innsyn().serAlt();
        LocalDate idag = LocalDate.now(clock);
        var kontrakt = kontrakter.find(kontraktId).orElseThrow();
        Beregning.Grunnlag g = beregning.beregn(kontraktId, idag);
        Kontraktsinnhold k = g.innhold();
        String valuta = Objects.requireNonNull(k.valuta());
        Avstemming a = g.avstemming();
        int engasjert = g.deltakere().size();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", "SAMSKAP-" + kontraktId);
        p.put("status", PUBLIC);
        p.put("name", felt(k.navn(), PUBLIC));
        p.put("stage_development", felt(fase(k, idag), PUBLIC));
        p.put("dates", map(
                "outcomes_contract_signed", felt(kontrakt.opprettet().atZone(clock.getZone()).toLocalDate().toString(),
                        PUBLIC),
                "start_date_of_service_provision", felt(String.valueOf(k.fra()), PUBLIC),
                "anticipated_end_date_of_service_provision", felt(String.valueOf(k.til()), PUBLIC)));
        p.put("jurisdiction", map("jurisdiction", felt("NO", PUBLIC)));
        p.put("purpose_and_classifications", map(
                "policy_sector", felt("Employment and training", PUBLIC),
                "social_challenge", felt(k.langsiktigMaal(), PUBLIC),
                "intervention", felt(k.beskrivelse(), PUBLIC)));
        p.put("service_and_beneficiaries", map(
                "target_population", felt(k.maalgruppe() == null ? null : k.maalgruppe().beskrivelse(), PUBLIC),
                "unit_type_targeted_service_users_or_beneficiaries", felt("Individual", PUBLIC),
                "actual_number_service_users_or_beneficiaries_total", antall(engasjert)));
        BigDecimal investert = k.parter(Partsrolle.INVESTOR).stream().map(Part::forpliktelse).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<UtbetalingRad> betalt = utbetalinger.utbetalinger(kontraktId).stream()
                .filter(u -> u.belop().signum() > 0).toList();
        BigDecimal betaltTotalt = betalt.stream().map(UtbetalingRad::belop).reduce(BigDecimal.ZERO, BigDecimal::add);
        int medResultat = deltakere(a.resultater(), r -> r.status() == Kravstatus.GODKJENT);
        p.put("overall_project_finance", map(
                "maximum_potential_outcome_payment_v2", map("currency", felt(valuta, PUBLIC),
                        "amount", felt(g.vilkar().samletTak().belop(), PUBLIC)),
                "total_investment_commitment", map("currency", felt(valuta, PUBLIC),
                        "amount", map("exact", felt(investert, PUBLIC))),
                "total_outcome_payments_made", map("currency", felt(valuta, PUBLIC),
                        "amount", felt(betaltTotalt, medResultat < Prikking.MINSTE_ANTALL ? PRIVATE : PUBLIC))));

        Map<UUID, String> orgId = new HashMap<>();
        List<Object> organisasjoner = new ArrayList<>();
        for (Part part : k.parter()) {
            String id = part.organisasjonsnummer() != null
                    ? "NO-BRC-" + part.organisasjonsnummer()
                    : "SAMSKAP-PART-" + part.id();
            orgId.put(Objects.requireNonNull(part.id()), id);
            organisasjoner.add(map("id", id, "name", felt(part.navn(), PUBLIC),
                    "org_ids", map("company", felt(part.organisasjonsnummer(), PUBLIC)), "status", PUBLIC));
        }
        p.put("organisations", organisasjoner);

        List<Object> forpliktelser = new ArrayList<>();
        for (Part betaler : k.parter(Partsrolle.UTFALLSBETALER)) {
            BigDecimal sum = betalt.stream().filter(u -> u.betalerId().equals(betaler.id())).map(UtbetalingRad::belop)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            forpliktelser.add(map(
                    "organisation_id", felt(orgId.get(betaler.id()), PUBLIC),
                    "organisation_role_category", felt(OFFENTLIG_SEKTOR, PUBLIC),
                    "maximum_potential_outcome_payment", map("currency", felt(valuta, PUBLIC),
                            "amount", felt(betaler.forpliktelse(), PUBLIC)),
                    "total_outcome_payments", map("currency", felt(valuta, PUBLIC),
                            "amount", felt(sum, medResultat < Prikking.MINSTE_ANTALL ? PRIVATE : PUBLIC)),
                    "status", PUBLIC));
        }
        p.put("outcome_payment_commitments", forpliktelser);

        p.put("service_provisions", k.parter(Partsrolle.LEVERANDOR).stream()
                .map(l -> (Object) map("id", "LEVERANDOR-" + l.kode(),
                        "organisation_id", felt(orgId.get(l.id()), PUBLIC),
                        "organisation_role_category", felt("Other", PUBLIC),
                        "intervention", felt(k.beskrivelse(), PUBLIC),
                        "planned_service", map("start_date", felt(String.valueOf(k.fra()), PUBLIC),
                                "end_date", felt(String.valueOf(k.til()), PUBLIC)),
                        "status", PUBLIC))
                .toList());
        p.put("intermediary_services", k.parter(Partsrolle.INTERMEDIAER).stream()
                .map(i -> (Object) map("organisation_id", felt(orgId.get(i.id()), PUBLIC),
                        "organisation_role_category", felt("Performance management", PUBLIC), "status", PUBLIC))
                .toList());

        var regnskap = InvestorService.regnskap(k, utbetalinger.kontantstrommer(kontraktId));
        List<Object> investeringer = new ArrayList<>();
        for (Part investor : k.parter(Partsrolle.INVESTOR)) {
            var id = new no.samskap.effekt.domain.PartId(Objects.requireNonNull(investor.id()));
            BigDecimal forpliktelse = Objects.requireNonNull(investor.forpliktelse());
            BigDecimal tap = forpliktelse.signum() == 0
                    ? BigDecimal.ZERO
                    : regnskap.maksimaltTap(id).belop().multiply(BigDecimal.valueOf(100))
                            .divide(forpliktelse, 1, java.math.RoundingMode.HALF_EVEN);
            investeringer.add(map(
                    "id", "INVESTERING-" + investor.kode(),
                    "organisation_id", felt(orgId.get(investor.id()), PUBLIC),
                    "organisation_role_category", felt("Impact Investor", PUBLIC),
                    "investment_commitment", map("currency", felt(valuta, PUBLIC),
                            "amount", map("exact", felt(forpliktelse, PRIVATE))),
                    "maximum_potential_loss", felt(tap.toPlainString() + " %", PRIVATE),
                    "investment_type", felt(investeringstype(investor.instrument()), PUBLIC),
                    "internal_rate_of_return", felt(regnskap.irr(id).orElse(null), PRIVATE),
                    "status", PUBLIC));
        }
        p.put("investments", investeringer);

        String validering = k.effektmaaling() == null ? "Simple ex-post verification"
                : switch (Objects.requireNonNull(k.effektmaaling().metode())) {
                    case RANDOMISERT -> "Randomised Control Trial";
                    case MATCHET_SAMMENLIGNING -> "Quasi-experimental study";
                    case HISTORISK_REFERANSE -> "Historical comparison";
                };
        List<Object> metrikker = new ArrayList<>();
        List<Object> priser = new ArrayList<>();
        List<Object> resultater = new ArrayList<>();
        String evaluator = k.parter(Partsrolle.EVALUATOR).stream().map(e -> orgId.get(e.id())).findFirst().orElse(null);
        Map<String, List<Kravresultat>> perMaal = a.resultater().stream()
                .collect(Collectors.groupingBy(r -> r.krav().maal()));
        for (var m : k.resultatmaal()) {
            String kode = Objects.requireNonNull(m.kode());
            metrikker.add(map(
                    "id", kode,
                    "definition", felt(m.beskrivelse() == null ? m.navn() : m.navn() + ": " + m.beskrivelse(), PUBLIC),
                    "target_population", felt(k.maalgruppe() == null ? null : k.maalgruppe().beskrivelse(), PUBLIC),
                    "targeted_number_of_service_users_or_beneficiaries_total", felt(m.maalAntall(), PUBLIC),
                    "outcome_validation_method", felt(validering, PUBLIC),
                    "data_source_for_outcome_validation", felt(m.bevis().stream().map(Enum::name)
                            .collect(Collectors.joining(", ")), PUBLIC),
                    "status", PUBLIC));
            for (var pris : m.priser()) {
                priser.add(map(
                        "outcome_metric_id", felt(kode, PUBLIC),
                        "currency", felt(valuta, PUBLIC),
                        "price_per_unit", map("amount", felt(nominelt(k, kode, pris.fra()), PUBLIC)),
                        "maximum_price_if_all_targets_achieved", map("amount",
                                felt(m.tak() == null ? null : m.tak().toPlainString(), PUBLIC)),
                        "price_description", felt(beskrivelse(pris), PUBLIC),
                        "status", PUBLIC));
            }
            List<Kravresultat> krav = perMaal.getOrDefault(kode, List.of());
            int engasjertIMaal = deltakere(krav, r -> true);
            int positive = deltakere(krav, r -> r.status() == Kravstatus.GODKJENT);
            resultater.add(map(
                    "outcome_metric_id", felt(kode, PUBLIC),
                    "result_level", felt("Outcome level", PUBLIC),
                    "result_type", felt(idag.isAfter(Objects.requireNonNull(k.til())) ? "Final" : "Interim", PUBLIC),
                    "period", map("start_date", felt(String.valueOf(k.fra()), PUBLIC),
                            "end_date", felt(idag.toString(), PUBLIC)),
                    "number_engaged_in_impact_bond", antall(engasjertIMaal),
                    "number_with_positive_social_outcomes", antall(positive),
                    "outcomes_validator_organisation_ids", felt(evaluator, PUBLIC),
                    "status", PUBLIC));
        }
        p.put("outcome_metrics", metrikker);
        p.put("outcome_pricings", priser);
        p.put("results", resultater);

        List<Object> utfallsbetalinger = new ArrayList<>();
        for (UtbetalingRad u : betalt) {
            utfallsbetalinger.add(map(
                    "period", map("start_date", felt(u.fra().toString(), PUBLIC), "end_date", felt(u.til().toString(), PUBLIC)),
                    "payer_organisation_id", felt(orgId.get(u.betalerId()), PUBLIC),
                    "recipient_organisation_id", felt(orgId.get(u.mottakerId()), PUBLIC),
                    "type", felt("Actual", PUBLIC),
                    "money", map("currency", felt(valuta, PUBLIC), "amount", felt(u.belop(), PUBLIC)),
                    "status", medResultat < Prikking.MINSTE_ANTALL ? PRIVATE : PUBLIC));
        }
        for (var plan : Objects.requireNonNull(k.utbetaling()).plan()) {
            utfallsbetalinger.add(map(
                    "period", map("start_date", felt(String.valueOf(plan.fra()), PUBLIC),
                            "end_date", felt(String.valueOf(plan.til()), PUBLIC)),
                    "type", felt("Planned", PUBLIC),
                    "money", map("currency", felt(valuta, PUBLIC), "amount", felt(plan.belop(), PUBLIC)),
                    "status", PUBLIC));
        }
        p.put("outcome_payments", utfallsbetalinger);

        Map<UUID, Part> investorer = k.parter(Partsrolle.INVESTOR).stream()
                .collect(Collectors.toMap(x -> Objects.requireNonNull(x.id()), x -> x));
        String kontraktsorg = k.parter(Partsrolle.LEVERANDOR).stream().map(l -> orgId.get(l.id())).findFirst()
                .orElse(null);
        List<Object> transaksjoner = new ArrayList<>();
        for (KontantstromRad s : utbetalinger.kontantstrommer(kontraktId)) {
            Part investor = investorer.get(s.investorId());
            if (investor == null) {
                continue;
            }
            boolean inn = "TREKK".equals(s.type());
            transaksjoner.add(map(
                    "investment_id", felt("INVESTERING-" + investor.kode(), PRIVATE),
                    "date", felt(s.dato().toString(), PRIVATE),
                    "sending_organisation_id", felt(inn ? orgId.get(s.investorId()) : kontraktsorg, PRIVATE),
                    "receiving_organisation_id", felt(inn ? kontraktsorg : orgId.get(s.investorId()), PRIVATE),
                    "transaction_type", felt(switch (s.type()) {
                        case "TREKK" -> investeringstype(investor.instrument());
                        case "TILBAKEBETALING" -> "Capital Repayment";
                        default -> "Interest Payment";
                    }, PRIVATE),
                    "money", map("currency", felt(valuta, PRIVATE), "amount", felt(s.belop(), PRIVATE)),
                    "status", PRIVATE));
        }
        p.put("transactions", transaksjoner);

        @SuppressWarnings("unchecked")
        Map<String, Object> resultat = offentlig ? (Map<String, Object>) offentlig(p) : p;
        return resultat;
    }

    /** Everything not PRIVATE: private fields and private list items are left out. */
    static @Nullable Object offentlig(@Nullable Object node) {
        if (node instanceof Map<?, ?> m) {
            if (PRIVATE.equals(m.get("status"))) {
                return null;
            }
            Map<String, Object> kopi = new LinkedHashMap<>();
            for (var e : m.entrySet()) {
                Object v = offentlig(e.getValue());
                if (v != null) {
                    kopi.put(String.valueOf(e.getKey()), v);
                }
            }
            return kopi;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(IndigoService::offentlig).filter(Objects::nonNull).toList();
        }
        return node;
    }

    private static Map<String, Object> felt(@Nullable Object verdi, String status) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("value", verdi);
        f.put("status", status);
        return f;
    }

    /** A count of participants: private when it counts fewer than five. */
    private static Map<String, Object> antall(int n) {
        return felt(n, n < Prikking.MINSTE_ANTALL ? PRIVATE : PUBLIC);
    }

    private static Map<String, Object> map(Object... par) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < par.length; i += 2) {
            m.put((String) par[i], par[i + 1]);
        }
        return m;
    }

    private static int deltakere(List<Kravresultat> krav, java.util.function.Predicate<Kravresultat> filter) {
        Set<UUID> ider = new HashSet<>();
        krav.stream().filter(filter).forEach(r -> ider.add(r.krav().deltaker().value()));
        return ider.size();
    }

    private static String fase(Kontraktsinnhold k, LocalDate idag) {
        if (idag.isBefore(Objects.requireNonNull(k.fra()))) {
            return "Contracted";
        }
        return idag.isAfter(Objects.requireNonNull(k.til())) ? "Service delivery complete" : "Implementation";
    }

    private static String investeringstype(Kontraktsinnhold.@Nullable Instrument instrument) {
        if (instrument == null) {
            return "Combination";
        }
        return switch (instrument) {
            case LAAN -> "Debt";
            case EGENKAPITAL -> "Equity";
            case KOMBINASJON -> "Debt and Equity";
        };
    }

    private static @Nullable BigDecimal nominelt(Kontraktsinnhold k, String kode, @Nullable LocalDate fra) {
        var m = Vilkaarskontroll.vilkar(k).resultatmaal(kode).orElseThrow();
        return fra == null ? null : m.prisPaa(fra).map(Prisregel::nominelt).map(x -> x.belop()).orElse(null);
    }

    private static String beskrivelse(Kontraktsinnhold.Pris p) {
        String periode = p.fra() + (p.til() == null ? "" : " – " + p.til());
        return switch (Objects.requireNonNull(p.type())) {
            case FAST -> "Fixed price per outcome per participant, " + periode;
            case ANDEL -> "Share " + p.andel() + " of " + p.belop() + " per participant, " + periode;
            case TRINNSKALA -> "Graded scale: " + p.trinn().stream()
                    .map(t -> "from " + t.fraVerdi() + " pays " + t.belop()).collect(Collectors.joining("; "))
                    + ", " + periode;
            case PROPORSJONAL -> "Proportional between " + p.gulv() + " and " + p.tak() + " up to " + p.belop() + ", "
                    + periode;
        };
    }
}
