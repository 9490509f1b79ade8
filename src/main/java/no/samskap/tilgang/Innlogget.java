package no.samskap.tilgang;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The logged-in user and the relations that decide access: a counsellor's NAV office ({@code navEnhet}), a provider
 * user's organisation numbers ({@code organisasjonsnumre}, hovedenhet and/or underenheter), a participant's own
 * fødselsnummer ({@code personident}, from ID-porten's {@code pid} claim; personal data, never logged).
 */
public record Innlogget(
        String ident,
        String navn,
        Set<Rolle> roller,
        @Nullable String navEnhet,
        List<String> organisasjonsnumre,
        @Nullable String personident) {

    public Innlogget {
        roller = Set.copyOf(roller);
        organisasjonsnumre = List.copyOf(organisasjonsnumre);
    }

    /** A user who is not a participant (no personident). */
    public Innlogget(
            String ident, String navn, Set<Rolle> roller, @Nullable String navEnhet, List<String> organisasjonsnumre) {
        this(ident, navn, roller, navEnhet, organisasjonsnumre, null);
    }

    public boolean har(Rolle rolle) {
        return roller.contains(rolle);
    }

    /** A system user for scheduled jobs and data loading. */
    public static Innlogget system() {
        return new Innlogget("system", "Samskap", Set.of(), null, List.of());
    }

    /** Never shows the personident. */
    @Override
    public String toString() {
        return "Innlogget[ident=" + ident + ", roller=" + roller + ", navEnhet=" + navEnhet + ", organisasjonsnumre="
                + organisasjonsnumre + "]";
    }
}
