package no.samskap.tiltak;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a list of implementations is narrowed to; null means no filter.
 *
 * @param q part of the name
 * @param sort a field ({@code navn}, {@code tiltakskode}, {@code startdato}, {@code sluttdato}, {@code status},
 *     {@code antallPlasser}), prefixed with {@code -} for descending
 */
public record GjennomforingFilter(
        @Nullable String q,
        @Nullable String tiltakskode,
        @Nullable UUID avtaleId,
        @Nullable GjennomforingStatus status,
        @Nullable String navEnhet,
        @Nullable UUID arrangorId,
        @Nullable Boolean publisert,
        @Nullable Boolean apentForPamelding,
        @Nullable String sort,
        @Nullable Integer side,
        @Nullable Integer storrelse) {

    public static GjennomforingFilter alle() {
        return new GjennomforingFilter(null, null, null, null, null, null, null, null, null, null, null);
    }
}
