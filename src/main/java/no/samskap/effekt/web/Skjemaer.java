package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.effekt.domain.Bevistype;
import no.samskap.effekt.domain.Kontantstrom;
import no.samskap.effekt.domain.Vurdering;
import no.samskap.shared.Innsatsgruppe;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The small forms of the outcome-contract pages, as the browser posts them. The services check every field; a value in
 * the wrong format (a date, a number) is a binding error beside its field. The fødselsnummer only ever travels in the
 * body of {@link DeltakerForm}.
 */
final class Skjemaer {

    private Skjemaer() {}

    /** A provider registers a participant; {@code leverandor} only when the user acts for several providers. */
    record DeltakerForm(
            @Nullable UUID leverandor,
            @Nullable String referanse,
            @Nullable String fodselsnummer,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate fodselsdato,
            @Nullable Innsatsgruppe innsatsgruppe,
            @Nullable UUID gjennomforingId,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate inntaksdato,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate sluttdato,
            @Nullable String kohort) {

        static DeltakerForm tom() {
            return new DeltakerForm(null, null, null, null, null, null, null, null, null);
        }
    }

    /** The participant's end date and cohort. */
    record EndreDeltakerForm(
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate sluttdato, @Nullable String kohort,
            @Nullable Long version) {}

    /** An outcome event with one piece of evidence (its kind and a reference to it). */
    record UtfallForm(
            @Nullable String maal,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate dato,
            @Nullable BigDecimal verdi,
            @Nullable String jobbforlop,
            @Nullable Bevistype bevistype,
            @Nullable String bevisreferanse) {

        static UtfallForm tom() {
            return new UtfallForm(null, null, null, null, null, null);
        }
    }

    /** A soft-outcome reading on a 1-10 scale. */
    record MykForm(
            @Nullable String skala,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate maaledato,
            @Nullable Integer egenvurdering,
            @Nullable Integer veiledervurdering) {

        static MykForm tom() {
            return new MykForm(null, null, null, null);
        }
    }

    /** The outcome events a provider claims. */
    record KravvalgForm(@Nullable List<UUID> utfall) {}

    /** The evaluator's decision on one claim, or on the claims ticked in the queue. */
    record VurderingForm(@Nullable List<UUID> krav, Vurdering.@Nullable Beslutning beslutning,
            @Nullable String begrunnelse) {

        static VurderingForm tom() {
            return new VurderingForm(null, null, null);
        }
    }

    /** A comparison cohort's aggregates; {@code version} when correcting one. */
    record KohortForm(
            @Nullable String navn,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate dato,
            @Nullable Integer antallTiltak,
            @Nullable Integer utfallTiltak,
            @Nullable Integer antallSammenligning,
            @Nullable Integer utfallSammenligning,
            @Nullable Long version) {

        static KohortForm tom() {
            return new KohortForm(null, null, null, null, null, null, null);
        }
    }

    /** A payment run: the period (2026-K1 or 2026-03) and the payment date. */
    record KjoringForm(@Nullable String periode, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate utbetalingsdato) {}

    /** An investor's cash flow that NAV registers: a drawdown, or a repayment or return outside a payment run. */
    record KontantstromForm(
            @Nullable UUID investor,
            @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate dato,
            Kontantstrom.@Nullable Type type,
            @Nullable BigDecimal belop) {

        static KontantstromForm tom() {
            return new KontantstromForm(null, null, Kontantstrom.Type.TREKK, null);
        }
    }
}
