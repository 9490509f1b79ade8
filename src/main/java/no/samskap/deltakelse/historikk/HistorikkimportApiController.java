package no.samskap.deltakelse.historikk;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samskap.platform.Side;
import no.samskap.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Legacy enrolment imports for administrators: start one with a file (multipart {@code fil}, or the CSV as the request
 * body), follow it, read its invalid lines.
 */
@RestController
@RequestMapping("/api/v1/historikkimporter")
class HistorikkimportApiController {

    private final HistorikkimportService service;

    HistorikkimportApiController(HistorikkimportService service) {
        this.service = service;
    }

    record HistorikkimportResponse(
            UUID id,
            String filnavn,
            String status,
            boolean kjorer,
            int prosent,
            long dataLinjer,
            long dataLinjerBehandlet,
            long antallNye,
            long antallFantes,
            long antallUgyldige,
            String startetAv,
            Instant startet,
            @Nullable Instant fullfort) {

        static HistorikkimportResponse av(Historikkimport r) {
            return new HistorikkimportResponse(r.id(), r.filnavn(), r.status().name(), r.kjorer(), r.prosent(),
                    r.dataLinjer(), r.dataLinjerBehandlet(), r.antallNye(), r.antallFantes(), r.antallUgyldige(),
                    r.startetAv(), r.startet(), r.fullfort());
        }
    }

    @Operation(summary = "Start importing a legacy file (multipart field 'fil'); answers 202 and runs in the background")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<HistorikkimportResponse> last(@RequestParam(name = "fil", required = false) @Nullable MultipartFile fil) {
        if (fil == null || fil.isEmpty()) {
            throw new BusinessRuleViolation(HistorikkimportProblem.FIL_PAAKREVD, "fil");
        }
        try (InputStream innhold = fil.getInputStream()) {
            return startet(service.startOpplasting(innhold, fil.getOriginalFilename()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Start importing a legacy file sent as the request body (text/csv), streamed")
    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<HistorikkimportResponse> lastKropp(HttpServletRequest request,
            @RequestParam(required = false) @Nullable String filnavn) {
        try (InputStream innhold = request.getInputStream()) {
            return startet(service.startOpplasting(innhold, filnavn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "The newest imports")
    @GetMapping
    List<HistorikkimportResponse> liste() {
        return service.siste().stream().map(HistorikkimportResponse::av).toList();
    }

    @Operation(summary = "One import and how far it got")
    @GetMapping("/{id}")
    HistorikkimportResponse hent(@PathVariable UUID id) {
        return HistorikkimportResponse.av(service.hent(id));
    }

    @Operation(summary = "The lines of the file that were not imported, with reasons; side from 0")
    @GetMapping("/{id}/ugyldige")
    Side<Ugyldiglinje> ugyldige(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer side,
            @RequestParam(required = false) @Nullable Integer storrelse) {
        return service.ugyldige(id, side, storrelse);
    }

    private ResponseEntity<HistorikkimportResponse> startet(UUID id) {
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/historikkimporter/" + id))
                .body(HistorikkimportResponse.av(service.hent(id)));
    }
}
