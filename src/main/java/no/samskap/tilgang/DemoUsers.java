package no.samskap.tilgang;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo users, one per role, all with password {@code demo}. Exist only in demo mode; production start-up fails
 * if any are configured.
 */
@Component
class DemoUsers {

    record DemoUser(
            String username,
            String navn,
            Rolle rolle,
            @Nullable String navEnhet,
            List<String> organisasjonsnumre,
            @Nullable String personident) {}

    /** The demo participant's synthetic (Dolly) fødselsnummer; enrolments made for it show on her own pages. */
    static final String DELTAKER_PERSONIDENT = "15457612319";

    /** The demo investor's organisation (Samfunnskapital Demo AS, fictitious). */
    static final String INVESTOR_ORGNR = "922222223";

    /** The demo evaluator's organisation (Uavhengig Evaluering Demo AS, fictitious). */
    static final String EVALUATOR_ORGNR = "933333337";

    static final List<DemoUser> DEFAULTS = List.of(
            new DemoUser("admin", "Astrid Tiltaksadmin", Rolle.TILTAKSADMIN, "0300", List.of(), null),
            new DemoUser("veileder", "Vegard Veileder", Rolle.VEILEDER, "0315", List.of(), null),
            // a second counsellor, to show (and test) that saved filters and sharings are per person
            new DemoUser("veileder2", "Vilde Veileder", Rolle.VEILEDER, "0312", List.of(), null),
            new DemoUser("arrangor", "Aud Arrangør", Rolle.ARRANGOR, null, List.of("983982433", "992943084"), null),
            new DemoUser("deltaker", "Dina Deltaker", Rolle.DELTAKER, null, List.of(), DELTAKER_PERSONIDENT),
            // investors and evaluators act for an organisation, like providers: they see the outcome contracts their
            // organisation is party to (fictitious numbers with valid check digits)
            new DemoUser("investor", "Ivar Investor", Rolle.INVESTOR, null, List.of(INVESTOR_ORGNR), null),
            new DemoUser("evaluator", "Eva Evaluator", Rolle.EVALUATOR, null, List.of(EVALUATOR_ORGNR), null),
            new DemoUser("partnerskap", "Per Partnerskap", Rolle.PARTNERSKAP, "0315", List.of(), null));

    private final Map<String, DemoUser> byUsername;
    private final boolean enabled;

    DemoUsers(SecurityProperties properties) {
        this.enabled = properties.demo();
        List<DemoUser> users = properties.demoUsers() != null ? properties.demoUsers() : DEFAULTS;
        this.byUsername = users.stream().collect(Collectors.toUnmodifiableMap(DemoUser::username, Function.identity()));
    }

    List<DemoUser> all() {
        return enabled ? List.copyOf(byUsername.values()) : List.of();
    }

    @Nullable DemoUser find(String username) {
        return enabled ? byUsername.get(username) : null;
    }
}
