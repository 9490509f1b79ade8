package no.samskap.effekt.domain;

import java.util.UUID;

/** An outcome claim. */
public record KravId(UUID value) {

    public static KravId random() {
        return new KravId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
