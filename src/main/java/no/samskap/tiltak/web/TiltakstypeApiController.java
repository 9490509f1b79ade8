package no.samskap.tiltak.web;

import java.util.List;
import no.samskap.shared.Innsatsgruppe;
import no.samskap.tiltak.TiltakstypeService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Measure types, read-only; {@code innsatsgruppe} keeps those open to that need category. */
@RestController
@RequestMapping("/api/v1/tiltakstyper")
class TiltakstypeApiController {

    private final TiltakstypeService service;

    TiltakstypeApiController(TiltakstypeService service) {
        this.service = service;
    }

    @GetMapping
    List<TiltakstypeResponse> list(@RequestParam(required = false) @Nullable Innsatsgruppe innsatsgruppe) {
        return service.listTiltakstyper(innsatsgruppe).stream().map(TiltakstypeResponse::fra).toList();
    }

    @GetMapping("/{tiltakskode}")
    TiltakstypeResponse get(@PathVariable String tiltakskode) {
        return TiltakstypeResponse.fra(service.getTiltakstype(tiltakskode));
    }
}
