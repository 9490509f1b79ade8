package no.samskap.effekt.domain;

import java.util.UUID;

/** A participant, by a pseudonymous id: the engine never sees names or national identity numbers. */
public record DeltakerId(UUID value) {

    public static DeltakerId random() {
        return new DeltakerId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
