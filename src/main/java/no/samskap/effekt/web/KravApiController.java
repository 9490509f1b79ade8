package no.samskap.effekt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.Avstemmingsrapport;
import no.samskap.effekt.KravService;
import no.samskap.effekt.Kravvisning;
import no.samskap.effekt.VurderKrav;
import no.samskap.effekt.domain.Vurdering;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Claims, the evaluator's decisions and the reconciliation. */
@Tag(name = "Effektkontrakter: krav", description = "Claims, the evaluator's decisions and the reconciliation")
@RestController
@RequestMapping(EffektkontraktApiController.PATH + "/{kontraktId}")
class KravApiController {

    private final KravService service;

    KravApiController(KravService service) {
        this.service = service;
    }

    record KravRequest(@Nullable List<UUID> utfall) {}

    record BegrunnelseRequest(@Nullable String begrunnelse) {}

    record VurderingerRequest(
            @Nullable List<UUID> krav, Vurdering.@Nullable Beslutning beslutning, @Nullable String begrunnelse) {}

    @Operation(summary = "Claim registered outcome events (provider), one claim each; the automatic checks run at once")
    @PostMapping("/krav")
    ResponseEntity<List<Kravvisning>> fremm(@PathVariable UUID kontraktId, @RequestBody KravRequest r) {
        List<Kravvisning> krav = service.fremm(kontraktId, r.utfall() == null ? List.of() : r.utfall());
        String sti = EffektkontraktApiController.PATH + "/" + kontraktId + "/krav";
        return ResponseEntity.created(URI.create(krav.size() == 1 ? sti + "/" + krav.getFirst().id() : sti)).body(krav);
    }

    @Operation(summary = "The claims the caller may see with findings, decisions and amounts (provider: own)")
    @GetMapping("/krav")
    List<Kravvisning> krav(@PathVariable UUID kontraktId) {
        return service.krav(kontraktId);
    }

    @Operation(summary = "One claim")
    @GetMapping("/krav/{kravId}")
    Kravvisning kravet(@PathVariable UUID kontraktId, @PathVariable UUID kravId) {
        return service.kravet(kontraktId, kravId);
    }

    @Operation(summary = "Approve a claim with a reason (the contract's evaluator; never the claimant)")
    @PostMapping("/krav/{kravId}/godkjenning")
    Kravvisning godkjenn(@PathVariable UUID kontraktId, @PathVariable UUID kravId, @RequestBody BegrunnelseRequest r) {
        return service.vurder(new VurderKrav(kontraktId, List.of(kravId), Vurdering.Beslutning.GODKJENT,
                r.begrunnelse())).getFirst();
    }

    @Operation(summary = "Reject a claim with a reason (the contract's evaluator)")
    @PostMapping("/krav/{kravId}/avvisning")
    Kravvisning avvis(@PathVariable UUID kontraktId, @PathVariable UUID kravId, @RequestBody BegrunnelseRequest r) {
        return service.vurder(new VurderKrav(kontraktId, List.of(kravId), Vurdering.Beslutning.AVVIST,
                r.begrunnelse())).getFirst();
    }

    @Operation(summary = "Decide on several claims, each with the same decision and reason (the contract's evaluator)")
    @PostMapping("/vurderinger")
    List<Kravvisning> vurder(@PathVariable UUID kontraktId, @RequestBody VurderingerRequest r) {
        return service.vurder(new VurderKrav(kontraktId, r.krav() == null ? List.of() : r.krav(), r.beslutning(),
                r.begrunnelse()));
    }

    @Operation(summary = "The reconciliation per metric and participant: price × achieved, what each rule and cap cut, "
            + "and what is payable")
    @GetMapping("/avstemming")
    Avstemmingsrapport avstemming(@PathVariable UUID kontraktId) {
        return service.avstemming(kontraktId);
    }
}
