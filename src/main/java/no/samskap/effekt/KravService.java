package no.samskap.effekt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.samskap.audit.AuditLog;
import no.samskap.effekt.domain.Avstemming;
import no.samskap.effekt.domain.DeltakerId;
import no.samskap.effekt.domain.KravId;
import no.samskap.effekt.domain.Kravresultat;
import no.samskap.effekt.domain.Kravstatus;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.KravRepository;
import no.samskap.effekt.persistence.KravRepository.KravRad;
import no.samskap.effekt.persistence.KravRepository.VurderingRad;
import no.samskap.effekt.persistence.MaalingRepository;
import no.samskap.effekt.persistence.MaalingRepository.DeltakerRad;
import no.samskap.effekt.persistence.MaalingRepository.UtfallRad;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims and their validation: a provider claims registered outcome events, the engine's automatic checks reject or
 * flag them, the contract's evaluator approves or rejects each with a reason (never one the evaluator claimed), and the
 * reconciliation explains, per metric and participant, what each rule and cap cut. Claims of one contract are claimed
 * and decided one transaction at a time (the contract's row is locked), because each is computed from all of them.
 */
@Service
public class KravService {

    static final String KRAV = "effekt-krav";

    private final KontraktRepository kontrakter;
    private final MaalingRepository maaling;
    private final KravRepository krav;
    private final Beregning beregning;
    private final Effekttilgang tilgang;
    private final AuditLog audit;
    private final ApplicationEventPublisher hendelser;
    private final Clock clock;

    KravService(KontraktRepository kontrakter, MaalingRepository maaling, KravRepository krav, Beregning beregning,
            Effekttilgang tilgang, AuditLog audit, ApplicationEventPublisher hendelser, Clock clock) {
        this.kontrakter = kontrakter;
        this.maaling = maaling;
        this.krav = krav;
        this.beregning = beregning;
        this.tilgang = tilgang;
        this.audit = audit;
        this.hendelser = hendelser;
        this.clock = clock;
    }

    /**
     * The provider claims registered outcome events of its own participants, one claim each, paid to the
     * participant's provider. The automatic checks run at once; the answer shows what they found.
     *
     * @throws BusinessRuleViolation {@code UTFALL_ALLEREDE_KREVD} when an event is claimed already
     */
    @Transactional
    public List<Kravvisning> fremm(UUID kontraktId, List<UUID> utfallIder) {
        var forhold = tilgang.forhold(kontraktId).krevLeverandor();
        var feil = InvalidInput.collector();
        feil.check(!utfallIder.isEmpty(), "utfall", EffektProblem.PAAKREVD);
        feil.throwIfAny();
        kontrakter.laas(kontraktId);
        Map<UUID, UUID> kravPerUtfall = krav.kravPerUtfall(kontraktId);
        Instant naa = clock.instant();
        List<UUID> nye = new ArrayList<>();
        Set<UUID> sett = new HashSet<>();
        for (int i = 0; i < utfallIder.size(); i++) {
            UUID utfallId = utfallIder.get(i);
            UtfallRad u = maaling.ettUtfall(kontraktId, utfallId)
                    .orElseThrow(() -> new BusinessRuleViolation(EffektProblem.UTFALL_UKJENT, "utfall"));
            DeltakerRad d = maaling.deltaker(kontraktId, u.deltakerId())
                    .filter(x -> forhold.ser(x.leverandorId()))
                    .orElseThrow(() -> new BusinessRuleViolation(EffektProblem.UTFALL_UKJENT, "utfall"));
            if (kravPerUtfall.containsKey(utfallId) || !sett.add(utfallId)) {
                throw new BusinessRuleViolation(EffektProblem.UTFALL_ALLEREDE_KREVD, "utfall");
            }
            UUID id = UUID.randomUUID();
            krav.insert(new KravRad(id, kontraktId, utfallId, d.leverandorId(), forhold.bruker().ident(), naa));
            audit.registrer("OPPRETT", KRAV, id.toString(), d.personRef(), forhold.formaal());
            nye.add(id);
        }
        Beregning.Grunnlag g = beregning.beregn(kontraktId, LocalDate.now(clock));
        return nye.stream().map(id -> visning(g, id, forhold)).toList();
    }

    /** The claims the user may see (a provider its own; NAV and the evaluator all); each participant is audited. */
    @Transactional
    public List<Kravvisning> krav(UUID kontraktId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        Beregning.Grunnlag g = beregning.beregn(kontraktId, LocalDate.now(clock));
        List<Kravvisning> liste = g.avstemming().resultater().stream()
                .filter(r -> forhold.ser(r.krav().mottaker().value()))
                .map(r -> visning(g, r, forhold))
                .toList();
        auditer(g, liste.stream().map(Kravvisning::deltakerId).toList(), forhold);
        return liste;
    }

    /** One claim the user may see (else 404); the read is audited. */
    @Transactional
    public Kravvisning kravet(UUID kontraktId, UUID kravId) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        Beregning.Grunnlag g = beregning.beregn(kontraktId, LocalDate.now(clock));
        Kravvisning v = visning(g, synlig(g, kravId, forhold), forhold);
        auditer(g, List.of(v.deltakerId()), forhold);
        return v;
    }

    /**
     * The contract's evaluator decides on claims, one after another, each with the reason given. The engine refuses a
     * decision by the claimant (four eyes), a second decision, and approving a claim the checks rejected. Each approval
     * publishes {@link KravGodkjent}.
     */
    @Transactional
    public List<Kravvisning> vurder(VurderKrav command) {
        var forhold = tilgang.forhold(command.kontraktId()).krevEvaluator();
        var feil = InvalidInput.collector();
        feil.check(!command.krav().isEmpty(), "krav", EffektProblem.PAAKREVD);
        feil.check(command.beslutning() != null, "beslutning", EffektProblem.PAAKREVD);
        String begrunnelse = Vilkaarskontroll.tekst(command.begrunnelse());
        feil.check(begrunnelse != null, "begrunnelse", EffektProblem.BEGRUNNELSE_PAAKREVD);
        feil.check(begrunnelse == null || begrunnelse.length() <= 2000, "begrunnelse", EffektProblem.FOR_LANG, 2000);
        feil.throwIfAny();
        kontrakter.laas(command.kontraktId());
        LocalDate idag = LocalDate.now(clock);
        Instant naa = clock.instant();
        Beregning.Grunnlag g = beregning.beregn(command.kontraktId(), idag);
        List<UUID> vurderte = new ArrayList<>();
        for (UUID kravId : new LinkedHashSet<>(command.krav())) {
            Kravresultat resultat = g.avstemming().resultat(new KravId(kravId))
                    .orElseThrow(() -> new NotFound(KRAV, kravId));
            Vurdering v = Vurdering.av(resultat, Objects.requireNonNull(command.beslutning()),
                    forhold.bruker().ident(), Objects.requireNonNull(begrunnelse), idag);
            krav.insert(new VurderingRad(kravId, v.beslutning().name(), v.evaluator(), v.begrunnelse(), v.dato(), naa));
            g = g.med(List.of(v));
            DeltakerRad d = g.deltaker(new KravId(kravId));
            audit.registrer("ENDRE", KRAV, kravId.toString(), d.personRef(), forhold.formaal());
            vurderte.add(kravId);
        }
        Beregning.Grunnlag etter = g;
        for (UUID kravId : vurderte) {
            Kravresultat r = etter.avstemming().resultat(new KravId(kravId)).orElseThrow();
            if (r.status() == Kravstatus.GODKJENT) {
                hendelser.publishEvent(new KravGodkjent(UUID.randomUUID(), command.kontraktId(), kravId, r.krav().maal(),
                        r.krav().mottaker().value(), r.tilUtbetaling().belop(), r.tilUtbetaling().valuta().getCurrencyCode(),
                        idag, naa));
            }
        }
        return vurderte.stream().map(id -> visning(etter, id, forhold)).toList();
    }

    /**
     * The reconciliation with the terms in effect today: per metric and per participant (a provider: its own claims);
     * each participant shown is an audited read.
     */
    @Transactional
    public Avstemmingsrapport avstemming(UUID kontraktId) {
        return avstemming(kontraktId, true);
    }

    /**
     * The reconciliation per metric and in total only, without a participant (nothing personal, so nothing to audit):
     * the figures of a contract's overview page. A provider gets the lines of its own claims.
     */
    @Transactional(readOnly = true)
    public Avstemmingsrapport resultatoversikt(UUID kontraktId) {
        return avstemming(kontraktId, false);
    }

    private Avstemmingsrapport avstemming(UUID kontraktId, boolean medDeltakere) {
        var forhold = tilgang.forhold(kontraktId).krevDeltakerinnsyn();
        LocalDate idag = LocalDate.now(clock);
        Beregning.Grunnlag g = beregning.beregn(kontraktId, idag);
        Avstemming a = g.avstemming().utvalg(r -> forhold.ser(r.krav().mottaker().value()));
        String valuta = a.vilkar().valuta().getCurrencyCode();
        List<Avstemmingsrapport.Linje> perMaal = new ArrayList<>();
        a.perResultatmaal().forEach((kode, l) -> perMaal.add(linje(kode, null, l, false)));
        List<Avstemmingsrapport.Linje> perDeltaker = new ArrayList<>();
        if (medDeltakere) {
            for (Map.Entry<DeltakerId, Avstemming.Avstemmingslinje> e : a.perDeltaker().entrySet()) {
                DeltakerRad d = Objects.requireNonNull(g.deltakere().get(e.getKey().value()));
                perDeltaker.add(linje(d.referanse(), d.id(), e.getValue(), true));
            }
            auditer(g, perDeltaker.stream().map(l -> Objects.requireNonNull(l.deltakerId())).toList(), forhold);
        }
        return new Avstemmingsrapport(valuta, idag, linje("TOTALT", null, a.totalt(), false), perMaal, perDeltaker);
    }

    private static Avstemmingsrapport.Linje linje(
            String nokkel, @Nullable UUID deltakerId,
            Avstemming.Avstemmingslinje l, boolean medKrav) {
        return new Avstemmingsrapport.Linje(nokkel, deltakerId, l.krevd(), l.oppnaadd(), l.avvist(),
                l.prisGangerOppnaadd().belop(), kutt(l.justeringer()), l.beregnet().belop(), l.godkjent().belop(),
                l.funn(),
                medKrav
                        ? l.krav().stream()
                                .map(r -> new Avstemmingsrapport.Kravlinje(r.krav().id().value(), r.krav().maal(),
                                        r.krav().utfallsdato(), r.status(), r.funn(), r.nominelt().belop(),
                                        kutt(r.justeringer()), r.beregnet().belop(), r.tilUtbetaling().belop()))
                                .toList()
                        : List.of());
    }

    static List<Kutt> kutt(List<no.samskap.effekt.domain.Justering> justeringer) {
        return justeringer.stream().map(j -> new Kutt(j.aarsak(), j.belop().belop())).toList();
    }

    private Kravresultat synlig(Beregning.Grunnlag g, UUID kravId, Effekttilgang.Forhold forhold) {
        return g.avstemming().resultat(new KravId(kravId))
                .filter(r -> forhold.ser(r.krav().mottaker().value()))
                .orElseThrow(() -> new NotFound(KRAV, kravId));
    }

    private Kravvisning visning(Beregning.Grunnlag g, UUID kravId, Effekttilgang.Forhold forhold) {
        return visning(g, g.avstemming().resultat(new KravId(kravId)).orElseThrow(), forhold);
    }

    private static Kravvisning visning(Beregning.Grunnlag g, Kravresultat r, Effekttilgang.Forhold forhold) {
        var k = r.krav();
        UtfallRad u = Objects.requireNonNull(g.utfallPerKrav().get(k.id().value()));
        DeltakerRad d = g.deltaker(k.id());
        Vurdering v = r.vurdering();
        boolean kanVurderes = forhold.innsyn() == Innsyn.EVALUATOR && v == null
                && r.status() != Kravstatus.AVVIST
                && !k.innsendtAv().trim().equalsIgnoreCase(forhold.bruker().ident().trim());
        return new Kravvisning(k.id().value(), u.id(), d.id(), d.referanse(), k.maal(), k.utfallsdato(), k.verdi(),
                k.bevis(), k.jobbforlop(), k.mottaker().value(), k.innsendtAv(), k.innsendt(), r.status(), r.funn(),
                v == null ? null : new Kravvisning.Avgjorelse(v.beslutning(), v.evaluator(), v.begrunnelse(), v.dato()),
                r.nominelt().valuta().getCurrencyCode(), r.nominelt().belop(), kutt(r.justeringer()),
                r.beregnet().belop(), r.tilUtbetaling().belop(), kanVurderes);
    }

    private void auditer(Beregning.Grunnlag g, List<UUID> deltakerIder, Effekttilgang.Forhold forhold) {
        for (UUID id : new LinkedHashSet<>(deltakerIder)) {
            DeltakerRad d = Objects.requireNonNull(g.deltakere().get(id));
            audit.registrer("LES", MaalingService.DELTAKER, id.toString(), d.personRef(), forhold.formaal());
        }
    }
}
