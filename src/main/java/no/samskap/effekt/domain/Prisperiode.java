package no.samskap.effekt.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A price rule valid from a date to a date (inclusive; open-ended without {@code til}). */
public record Prisperiode(LocalDate fra, @Nullable LocalDate til, Prisregel regel) {

    public static Prisperiode fra(LocalDate fra, Prisregel regel) {
        return new Prisperiode(fra, null, regel);
    }

    public boolean gjelder(LocalDate dato) {
        return !dato.isBefore(fra) && (til == null || !dato.isAfter(til));
    }
}
