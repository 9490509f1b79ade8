package no.samskap.effekt.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.InvestorService;
import no.samskap.effekt.Investorposisjon;
import no.samskap.effekt.Investorvisning;
import no.samskap.effekt.RegistrerKontantstrom;
import no.samskap.effekt.Scenarioresultat;
import no.samskap.effekt.domain.Kontantstrom;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The investors' ledger, scenarios and the investor's aggregated view (never a participant). */
@Tag(name = "Effektkontrakter: investorer", description = "Investor ledger, scenarios and aggregated view")
@RestController
@RequestMapping(EffektkontraktApiController.PATH + "/{kontraktId}")
class InvestorApiController {

    private final InvestorService service;

    InvestorApiController(InvestorService service) {
        this.service = service;
    }

    record KontantstromRequest(
            @Nullable UUID investor, @Nullable LocalDate dato, Kontantstrom.@Nullable Type type,
            @Nullable BigDecimal belop) {}

    @Operation(summary = "Register an investor's drawdown, or a repayment or return outside a payment run "
            + "(TILTAKSADMIN); never beyond the commitment")
    @PostMapping("/kontantstrommer")
    ResponseEntity<List<Investorposisjon>> kontantstrom(
            @PathVariable UUID kontraktId, @RequestBody KontantstromRequest r) {
        service.registrerKontantstrom(new RegistrerKontantstrom(kontraktId, r.investor(), r.dato(), r.type(),
                r.belop()));
        return ResponseEntity.created(URI.create(EffektkontraktApiController.PATH + "/" + kontraktId
                + "/investorregnskap")).body(service.regnskap(kontraktId));
    }

    @Operation(summary = "The investors' ledger with MoM, IRR and maximum loss (investor: its own)")
    @GetMapping("/investorregnskap")
    List<Investorposisjon> regnskap(@PathVariable UUID kontraktId) {
        return service.regnskap(kontraktId);
    }

    @Operation(summary = "Low, base and high scenarios of payments and investor returns")
    @GetMapping("/prognose")
    List<Scenarioresultat> prognose(@PathVariable UUID kontraktId) {
        return service.prognose(kontraktId);
    }

    @Operation(summary = "What an investor sees: aggregated figures (fewer than five participants suppressed), its own "
            + "ledger and forecast; never personal data")
    @GetMapping("/investorvisning")
    Investorvisning investorvisning(@PathVariable UUID kontraktId) {
        return service.investorvisning(kontraktId);
    }
}
