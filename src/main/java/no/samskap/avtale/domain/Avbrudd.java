package no.samskap.avtale.domain;

import no.samskap.avtale.Avbrytelsesaarsak;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** When and why an agreement was aborted. */
public record Avbrudd(Instant tidspunkt, Set<Avbrytelsesaarsak> aarsaker, @Nullable String forklaring) {

    public Avbrudd {
        aarsaker = Set.copyOf(aarsaker);
    }
}
