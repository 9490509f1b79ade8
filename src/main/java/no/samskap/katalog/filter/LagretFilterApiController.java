package no.samskap.katalog.filter;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.samskap.platform.Historikk;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for the caller's own saved catalog filters. Access and ownership are decided by {@link LagredeFiltre}. */
@RestController
@RequestMapping("/api/v1/katalog/lagrede-filtre")
class LagretFilterApiController {

    private static final String API = "/api/v1/katalog/lagrede-filtre/";

    private final LagredeFiltre service;

    LagretFilterApiController(LagredeFiltre service) {
        this.service = service;
    }

    /** Create: {@code navn} and {@code sporring}; update: {@code version} and {@code navn} and/or {@code standard}. */
    record LagretFilterRequest(
            @Nullable String navn, @Nullable String sporring, @Nullable Boolean standard, @Nullable Long version) {}

    @GetMapping
    List<LagretFilter> list() {
        return service.mine();
    }

    @GetMapping("/{id}")
    LagretFilter get(@PathVariable UUID id) {
        return service.hent(id);
    }

    @GetMapping("/{id}/historikk")
    List<Historikk.Visning> historikk(@PathVariable UUID id) {
        return service.historikk(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LagretFilter> create(@RequestBody LagretFilterRequest request) {
        UUID id = service.opprett(request.navn(), request.sporring());
        return ResponseEntity.created(URI.create(API + id)).body(service.hent(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    LagretFilter update(@PathVariable UUID id, @RequestBody LagretFilterRequest request) {
        service.endre(id, request.version(), request.navn(), request.standard());
        return service.hent(id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.slett(id);
        return ResponseEntity.noContent().build();
    }
}
