package no.samskap.arrangor.web;

import java.util.UUID;
import no.samskap.arrangor.ArrangorDetaljer;
import org.jspecify.annotations.Nullable;

/**
 * The create and edit form of a provider. The parent is chosen from a list ({@code hovedenhetId}) or typed as an
 * organisasjonsnummer; {@code version} is hidden on edit. Rules are checked by the service, not here, so the form and
 * the API report exactly the same errors.
 */
record ArrangorForm(
        @Nullable String organisasjonsnummer,
        @Nullable String navn,
        @Nullable UUID hovedenhetId,
        @Nullable String hovedenhetOrganisasjonsnummer,
        @Nullable Long version) {

    static ArrangorForm tom() {
        return new ArrangorForm(null, null, null, null, null);
    }

    static ArrangorForm av(ArrangorDetaljer d) {
        return new ArrangorForm(
                d.organisasjonsnummer(),
                d.navn(),
                d.hovedenhet() == null ? null : d.hovedenhet().id(),
                null,
                d.version());
    }
}
