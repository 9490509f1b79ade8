package no.samskap.arrangor.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.arrangor.ArrangorFilter;
import no.samskap.arrangor.ArrangorProblem;
import no.samskap.arrangor.ArrangorSammendrag;
import no.samskap.arrangor.ArrangorService;
import no.samskap.arrangor.ArrangorSortering;
import no.samskap.arrangor.ArrangorType;
import no.samskap.arrangor.EndreArrangor;
import no.samskap.arrangor.EndreKontaktperson;
import no.samskap.arrangor.KontaktpersonDetaljer;
import no.samskap.arrangor.LeggTilKontaktperson;
import no.samskap.arrangor.OrganisasjonsnummerFinnes;
import no.samskap.arrangor.RegistrerArrangor;
import no.samskap.platform.Historikk;
import no.samskap.platform.Side;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API for providers and their contact persons. Access is decided by {@link ArrangorService}. */
@RestController
@RequestMapping("/api/v1/arrangorer")
class ArrangorApiController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final ArrangorService service;
    private final MessageSource messages;

    ArrangorApiController(ArrangorService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    /**
     * Providers the caller may see. {@code q}: part of name or orgnr; {@code type}: hovedenhet|underenhet;
     * {@code sort}: navn, -navn, organisasjonsnummer, -organisasjonsnummer.
     */
    @GetMapping
    Side<ArrangorSammendrag> list(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable UUID hovedenhetId,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        var filter = new ArrangorFilter(q, type(type), hovedenhetId);
        return service.list(filter, ArrangorSortering.fra(sort), Side.foresporsel(side, storrelse));
    }

    @GetMapping("/{id}")
    ArrangorResponse get(@PathVariable UUID id) {
        return ArrangorResponse.av(service.hent(id));
    }

    @GetMapping("/{id}/historikk")
    List<Historikk.Visning> historikk(@PathVariable UUID id) {
        return service.historikk(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArrangorResponse> create(@RequestBody ArrangorRequest request) {
        UUID id = service.registrer(new RegistrerArrangor(
                request.organisasjonsnummer(),
                request.navn(),
                request.hovedenhetId(),
                request.hovedenhetOrganisasjonsnummer()));
        return ResponseEntity.created(URI.create("/api/v1/arrangorer/" + id))
                .body(ArrangorResponse.av(service.hent(id)));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArrangorResponse update(@PathVariable UUID id, @RequestBody ArrangorRequest request) {
        service.endre(new EndreArrangor(
                id, request.version(), request.navn(), request.hovedenhetId(), request.hovedenhetOrganisasjonsnummer()));
        return ArrangorResponse.av(service.hent(id));
    }

    @GetMapping("/{id}/kontaktpersoner")
    List<KontaktpersonDetaljer> kontaktpersoner(@PathVariable UUID id) {
        return service.hent(id).kontaktpersoner();
    }

    @GetMapping("/{id}/kontaktpersoner/{kontaktpersonId}")
    KontaktpersonDetaljer kontaktperson(@PathVariable UUID id, @PathVariable UUID kontaktpersonId) {
        return service.hentKontaktperson(id, kontaktpersonId);
    }

    @PostMapping(path = "/{id}/kontaktpersoner", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<KontaktpersonDetaljer> createKontaktperson(
            @PathVariable UUID id, @RequestBody KontaktpersonRequest request) {
        UUID kid = service.leggTilKontaktperson(
                new LeggTilKontaktperson(id, request.navn(), request.epost(), request.telefon(), request.ansvar()));
        return ResponseEntity.created(URI.create("/api/v1/arrangorer/" + id + "/kontaktpersoner/" + kid))
                .body(service.hentKontaktperson(id, kid));
    }

    @PutMapping(path = "/{id}/kontaktpersoner/{kontaktpersonId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    KontaktpersonDetaljer updateKontaktperson(
            @PathVariable UUID id, @PathVariable UUID kontaktpersonId, @RequestBody KontaktpersonRequest request) {
        service.endreKontaktperson(new EndreKontaktperson(
                id,
                kontaktpersonId,
                request.version(),
                request.navn(),
                request.epost(),
                request.telefon(),
                request.ansvar()));
        return service.hentKontaktperson(id, kontaktpersonId);
    }

    @DeleteMapping("/{id}/kontaktpersoner/{kontaktpersonId}")
    ResponseEntity<Void> deleteKontaktperson(@PathVariable UUID id, @PathVariable UUID kontaktpersonId) {
        service.slettKontaktperson(id, kontaktpersonId);
        return ResponseEntity.noContent().build();
    }

    /** 409 with the stable code and the field, so clients can show it beside the number. */
    @ExceptionHandler(OrganisasjonsnummerFinnes.class)
    ResponseEntity<ProblemDetail> organisasjonsnummerFinnes() {
        String code = ArrangorProblem.ORGANISASJONSNUMMER_FINNES.code();
        String message = messages.getMessage(code, null, code, NB);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        body.setType(URI.create("urn:samskap:problem:" + code));
        body.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        body.setProperty("code", code);
        body.setProperty("errors", List.of(Map.of("field", "organisasjonsnummer", "code", code, "message", message)));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    static @Nullable ArrangorType type(@Nullable String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        for (ArrangorType t : ArrangorType.values()) {
            if (t.name().equalsIgnoreCase(type.strip())) {
                return t;
            }
        }
        throw new InvalidInput(List.of(no.samskap.shared.FieldViolation.of("type", ArrangorProblem.TYPE_UGYLDIG)));
    }
}
