package no.samskap.effekt;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samskap.effekt.domain.Avstemming;
import no.samskap.effekt.domain.DeltakerId;
import no.samskap.effekt.domain.Krav;
import no.samskap.effekt.domain.KravId;
import no.samskap.effekt.domain.Kontraktsvilkar;
import no.samskap.effekt.domain.Kvalifisering;
import no.samskap.effekt.domain.PartId;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.effekt.persistence.KontraktRepository;
import no.samskap.effekt.persistence.KravRepository;
import no.samskap.effekt.persistence.KravRepository.KravRad;
import no.samskap.effekt.persistence.KravRepository.VurderingRad;
import no.samskap.effekt.persistence.MaalingRepository;
import no.samskap.effekt.persistence.MaalingRepository.DeltakerRad;
import no.samskap.effekt.persistence.MaalingRepository.UtfallRad;
import org.springframework.stereotype.Component;

/**
 * Loads everything the engine needs for one contract — the terms in effect on a date, the participants and the target
 * group, all claims with their outcome events and all decisions — and runs {@link Avstemming#beregn}. Nothing computed
 * is stored and read back: every use case that needs figures computes them afresh (ADR 6).
 */
@Component
class Beregning {

    private final KontraktRepository kontrakter;
    private final MaalingRepository maaling;
    private final KravRepository krav;

    Beregning(KontraktRepository kontrakter, MaalingRepository maaling, KravRepository krav) {
        this.kontrakter = kontrakter;
        this.maaling = maaling;
        this.krav = krav;
    }

    /**
     * Everything of one computation.
     *
     * @param utfallPerKrav the outcome event behind each claim
     * @param kravrader the claims as stored (claimant, time) by id
     */
    record Grunnlag(
            UUID kontraktId,
            Kontraktsinnhold innhold,
            Kontraktsvilkar vilkar,
            Map<UUID, DeltakerRad> deltakere,
            Kvalifisering kvalifisering,
            List<Krav> kravliste,
            List<Vurdering> vurderinger,
            Map<UUID, UtfallRad> utfallPerKrav,
            Map<UUID, KravRad> kravrader,
            Avstemming avstemming) {

        /** The computation again with more decisions (for decisions made one after another in one transaction). */
        Grunnlag med(Collection<Vurdering> nye) {
            List<Vurdering> alle = new java.util.ArrayList<>(vurderinger);
            alle.addAll(nye);
            return new Grunnlag(kontraktId, innhold, vilkar, deltakere, kvalifisering, kravliste, alle, utfallPerKrav,
                    kravrader, Avstemming.beregn(vilkar, kvalifisering, kravliste, alle));
        }

        DeltakerRad deltaker(KravId id) {
            return Objects.requireNonNull(deltakere.get(
                    Objects.requireNonNull(utfallPerKrav.get(id.value())).deltakerId()));
        }
    }

    /** Computes the contract with the terms in effect on {@code dato}. */
    Grunnlag beregn(UUID kontraktId, LocalDate dato) {
        Kontraktsinnhold innhold = kontrakter.gjeldende(kontraktId, dato).innhold();
        Kontraktsvilkar vilkar = Vilkaarskontroll.vilkar(innhold);
        List<DeltakerRad> deltakerliste = maaling.deltakere(kontraktId, null);
        Map<UUID, DeltakerRad> deltakere = Maalgruppeprover.perId(deltakerliste);
        Kvalifisering kvalifisering = Maalgruppeprover.kvalifisering(deltakerliste, innhold);
        Map<UUID, UtfallRad> utfall = maaling.utfall(kontraktId, null).stream()
                .collect(Collectors.toMap(UtfallRad::id, Function.identity()));
        List<KravRad> rader = krav.krav(kontraktId);
        Map<UUID, UtfallRad> utfallPerKrav = rader.stream()
                .collect(Collectors.toMap(KravRad::id, k -> Objects.requireNonNull(utfall.get(k.utfallId()))));
        List<Krav> kravliste = rader.stream()
                .map(k -> {
                    UtfallRad u = Objects.requireNonNull(utfallPerKrav.get(k.id()));
                    return new Krav(new KravId(k.id()), new DeltakerId(u.deltakerId()), u.maal(), u.dato(), u.verdi(),
                            u.bevis(), u.jobbforlop(), new PartId(k.mottakerId()), k.innsendtAv(), k.innsendt());
                })
                .toList();
        List<Vurdering> vurderinger = krav.vurderinger(kontraktId).stream().map(Beregning::vurdering).toList();
        return new Grunnlag(kontraktId, innhold, vilkar, deltakere, kvalifisering, kravliste, vurderinger,
                utfallPerKrav, rader.stream().collect(Collectors.toMap(KravRad::id, Function.identity())),
                Avstemming.beregn(vilkar, kvalifisering, kravliste, vurderinger));
    }

    static Vurdering vurdering(VurderingRad v) {
        return new Vurdering(new KravId(v.kravId()), Vurdering.Beslutning.valueOf(v.beslutning()), v.evaluator(),
                v.begrunnelse(), v.dato());
    }
}
