package no.samskap.deltakelse.historikk;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A person's enrolment history from the legacy system, for counsellors; the number travels only in the body. */
@RestController
class DeltakelseshistorikkApiController {

    private final DeltakelseshistorikkService service;

    DeltakelseshistorikkApiController(DeltakelseshistorikkService service) {
        this.service = service;
    }

    record PersonsokRequest(@Nullable String fodselsnummer) {}

    @Operation(summary = "A person's enrolments imported from Arena (counsellor; the lookup is audited)")
    @PostMapping("/api/v1/deltakelser/historikk/sok")
    List<HistoriskDeltakelse> sok(@RequestBody PersonsokRequest request) {
        return service.forPerson(request.fodselsnummer());
    }
}
