package no.samskap.deltakelse.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import no.samskap.deltakelse.Aarsakstype;
import no.samskap.deltakelse.DeltakelseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The enrolment pages' forms, as the browser posts them. The services check every field; a value the browser sent in
 * the wrong format (a date, a number) is a binding error shown beside its field.
 */
final class Skjemaer {

    private Skjemaer() {}

    /** Enrol a person; the fødselsnummer only ever travels in this POST body. */
    record PameldingForm(
            @Nullable UUID gjennomforingId,
            @Nullable String fodselsnummer,
            @Nullable String navn,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startdato,
            @Nullable String innhold) {}

    /** Look up a person's enrolments at the counsellor's office (POST: the number never goes into a URL). */
    record SokForm(@Nullable String fodselsnummer) {}

    /** Move an enrolment to another status, with a reason where one is needed. */
    record StatusForm(
            @Nullable DeltakelseStatus til,
            @Nullable Aarsakstype aarsak,
            @Nullable String aarsakBeskrivelse,
            @Nullable Long version) {}

    /** Change dates, participation percentage and content. */
    record EndreForm(
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startdato,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate sluttdato,
            @Nullable BigDecimal deltakelsesprosent,
            @Nullable String innhold,
            @Nullable Long version) {}

    /** A provider's proposal; which fields it needs depends on its type (fixed by the page). */
    record ForslagForm(
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startdato,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate sluttdato,
            @Nullable BigDecimal deltakelsesprosent,
            @Nullable Aarsakstype aarsak,
            @Nullable String aarsakBeskrivelse,
            @Nullable String begrunnelse) {}

    /** The counsellor's answer to a proposal: the proposal's version, and for a rejection the reason. */
    record SvarForm(@Nullable String begrunnelse, @Nullable Long version) {}
}
