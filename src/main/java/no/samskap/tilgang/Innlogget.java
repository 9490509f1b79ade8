package no.samskap.tilgang;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The logged-in user and the relations that decide access: a counsellor's NAV office ({@code navEnhet}), a provider
 * user's organisation numbers ({@code organisasjonsnumre}, hovedenhet and/or underenheter).
 */
public record Innlogget(
        String ident, String navn, Set<Rolle> roller, @Nullable String navEnhet, List<String> organisasjonsnumre) {

    public Innlogget {
        roller = Set.copyOf(roller);
        organisasjonsnumre = List.copyOf(organisasjonsnumre);
    }

    public boolean har(Rolle rolle) {
        return roller.contains(rolle);
    }

    /** A system user for scheduled jobs and data loading. */
    public static Innlogget system() {
        return new Innlogget("system", "Samskap", Set.of(), null, List.of());
    }
}
