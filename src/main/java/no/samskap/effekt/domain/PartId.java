package no.samskap.effekt.domain;

import java.util.UUID;

/** A party of a contract: an outcome payer, a provider, an investor or the evaluator. */
public record PartId(UUID value) {

    public static PartId random() {
        return new PartId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
