package no.samskap.platform;

import no.samskap.shared.Fodselsnummer;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Which fødselsnumre this installation accepts: synthetic test numbers (NAV's Dolly, Skatteetaten's Tenor) only when
 * {@code samskap.fodselsnummer.tillat-syntetiske=true} (the demo and test profiles). Start-up fails when that is
 * combined with the prod profile, so a test number can never be stored as a real person in production.
 */
@Component
public class FodselsnummerRegler {

    static final String PROPERTY = "samskap.fodselsnummer.tillat-syntetiske";

    private final boolean tillatSyntetiske;

    FodselsnummerRegler(Environment environment) {
        this.tillatSyntetiske = verify(environment);
    }

    static boolean verify(Environment environment) {
        boolean tillat = environment.getProperty(PROPERTY, Boolean.class, false);
        if (tillat && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile does not allow " + PROPERTY + "=true: synthetic test "
                    + "fødselsnumre must never be accepted in production. Remove the setting "
                    + "(SAMSKAP_FODSELSNUMMER_TILLAT_SYNTETISKE) and do not combine the prod profile with demo or test.");
        }
        return tillat;
    }

    public boolean tillatSyntetiske() {
        return tillatSyntetiske;
    }

    /** See {@link Fodselsnummer#kontroller}: adds the field error to the collector and returns null when invalid. */
    public @Nullable Fodselsnummer kontroller(@Nullable String tekst, String felt, InvalidInput.Collector feil) {
        return Fodselsnummer.kontroller(tekst, tillatSyntetiske, felt, feil);
    }
}
