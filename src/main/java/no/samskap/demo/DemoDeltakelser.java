package no.samskap.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samskap.deltakelse.DeltakelseService;
import no.samskap.deltakelse.DeltakelseStatus;
import no.samskap.deltakelse.EndreDeltakelse;
import no.samskap.deltakelse.EndringsforslagService;
import no.samskap.deltakelse.Forslagstype;
import no.samskap.deltakelse.MeldPa;
import no.samskap.deltakelse.NyttForslag;
import no.samskap.tilgang.Rolle;
import no.samskap.tilgang.TilgangService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo enrolments in the small Fretex café implementation (two places), made as the people who would make them:
 * the demo counsellor {@code veileder} (Nav Grünerløkka) enrols the demo participant Dina (her pages show it), who
 * takes part, and two more people, the second of whom lands on the waiting list; the demo provider user
 * {@code arrangor} then proposes to extend Dina's enrolment, which waits for the counsellor's answer. The numbers are
 * synthetic test fødselsnumre (Dolly and Tenor), accepted in the demo profile.
 */
@Component
class DemoDeltakelser {

    private static final Logger log = LoggerFactory.getLogger(DemoDeltakelser.class);

    static final String VEILEDER = "veileder";
    static final String ARRANGOR = "arrangor";

    record Person(String fodselsnummer, String navn) {}

    /** The demo user {@code deltaker}. */
    static final Person DINA = new Person("15457612319", "Dina Deltaker");

    static final Person TOR = new Person("21898534682", "Tor Testesen");
    static final Person KARI = new Person("02439012482", "Kari Venter");

    static final List<Person> PERSONER = List.of(DINA, TOR, KARI);

    private static final String INNHOLD = "Arbeidstrening i kafeen fire dager i uken: servering, kasse og enkel "
            + "matlaging. Jobbspesialisten følger opp ukentlig og hjelper med å finne praksisplass og jobb etterpå.";

    private final DeltakelseService deltakelser;
    private final EndringsforslagService forslag;
    private final TilgangService tilgang;

    DemoDeltakelser(DeltakelseService deltakelser, EndringsforslagService forslag, TilgangService tilgang) {
        this.deltakelser = deltakelser;
        this.forslag = forslag;
        this.tilgang = tilgang;
    }

    void last(Lasting lasting) {
        UUID kafe = lasting.gjennomforing(DemoGjennomforinger.FRETEX_KAFE);
        LocalDate idag = lasting.idag;
        if (!som(VEILEDER, Rolle.VEILEDER, () -> tilgang.innlogget().navEnhet() != null)) {
            // demo users are off (OIDC login): there is no counsellor to enrol as
            log.info("no demo counsellor with an office; demo enrolments left out");
            return;
        }
        UUID dina = som(VEILEDER, Rolle.VEILEDER, () -> {
            LocalDate start = idag.minusDays(45);
            UUID id = deltakelser.meldPa(new MeldPa(kafe, DINA.fodselsnummer(), DINA.navn(), start, INNHOLD));
            deltakelser.endreStatus(id, DeltakelseStatus.DELTAR, null, 0L);
            deltakelser.endre(new EndreDeltakelse(id, start, idag.plusMonths(2), null, INNHOLD, 1L));
            deltakelser.meldPa(new MeldPa(kafe, TOR.fodselsnummer(), TOR.navn(), idag.plusDays(14), INNHOLD));
            deltakelser.meldPa(new MeldPa(kafe, KARI.fodselsnummer(), KARI.navn(), idag.plusDays(21), INNHOLD));
            lasting.antallDeltakelser += PERSONER.size();
            return id;
        });
        som(ARRANGOR, Rolle.ARRANGOR, () -> forslag.foreslaa(new NyttForslag(dina, Forslagstype.FORLENG, null,
                idag.plusMonths(4), null, null, null,
                "Dina trenger mer tid i kafeen før hun er klar for en praksisplass hos en ordinær arbeidsgiver.")));
    }

    /** Runs {@code handling} logged in as the demo user, then restores the loader's own login. */
    private <T> T som(String bruker, Rolle rolle, java.util.function.Supplier<T> handling) {
        SecurityContext forrige = SecurityContextHolder.getContext();
        SecurityContext kontekst = SecurityContextHolder.createEmptyContext();
        kontekst.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                bruker, null, List.of(new SimpleGrantedAuthority(rolle.authority()))));
        SecurityContextHolder.setContext(kontekst);
        try {
            return handling.get();
        } finally {
            SecurityContextHolder.setContext(forrige);
        }
    }
}
