package no.samskap.katalog.deling;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API for sharing with a person. The fødselsnummer travels only in POST bodies, never in a URL or header, and
 * comes back masked. Access and auditing are decided by {@link DelingService}.
 */
@RestController
@RequestMapping("/api/v1/katalog")
class DelingApiController {

    private final DelingService service;

    DelingApiController(DelingService service) {
        this.service = service;
    }

    record DelingRequest(@Nullable String fodselsnummer, @Nullable String melding) {}

    record SokRequest(@Nullable String fodselsnummer) {}

    /** 201 with the stored sharing (number masked); no Location, as sharings are read per person only. */
    @PostMapping(path = "/{gjennomforingId}/delinger", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Deling del(@PathVariable UUID gjennomforingId, @RequestBody DelingRequest request) {
        return service.del(gjennomforingId, request.fodselsnummer(), request.melding());
    }

    /** The person's earlier sharings, newest first (numbers masked). */
    @PostMapping(path = "/delinger/sok", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<Deling> sok(@RequestBody SokRequest request) {
        return service.delingerFor(request.fodselsnummer()).delinger();
    }
}
