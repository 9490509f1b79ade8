package no.samskap.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.samskap.tilgang.Rolle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set once per database. Everything goes through the other modules' public services as the system
 * user {@value #IDENT} with role TILTAKSADMIN, so the data obeys every rule and carries history. The data and the
 * marker that says it is loaded are written in one transaction: a start that fails half-way leaves nothing, and the
 * next start loads again. A transaction-scoped PostgreSQL advisory lock makes nodes that start together wait for the
 * first one, which then has set the marker.
 */
@Service
public class DemoDataService {

    /** Who the history of the demo data names as author. */
    static final String IDENT = "demo-data";

    static final String DATASETT = "standard";

    // Any fixed number works; it only has to be the same on every node ("samskap" in ASCII).
    private static final long LAAS = 0x73616d736b6170L;

    private static final Logger log = LoggerFactory.getLogger(DemoDataService.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaksjon;
    private final Clock clock;
    private final DemoArrangorer arrangorer;
    private final DemoAvtaler avtaler;
    private final DemoGjennomforinger gjennomforinger;
    private final DemoDeltakelser deltakelser;
    private final DemoEffektkontrakt effektkontrakt;

    DemoDataService(
            JdbcClient jdbc,
            PlatformTransactionManager transaksjoner,
            Clock clock,
            DemoArrangorer arrangorer,
            DemoAvtaler avtaler,
            DemoGjennomforinger gjennomforinger,
            DemoDeltakelser deltakelser, DemoEffektkontrakt effektkontrakt) {
        this.jdbc = jdbc;
        this.transaksjon = new TransactionTemplate(transaksjoner);
        this.clock = clock;
        this.arrangorer = arrangorer;
        this.avtaler = avtaler;
        this.gjennomforinger = gjennomforinger;
        this.deltakelser = deltakelser;
        this.effektkontrakt = effektkontrakt;
    }

    /** Whether the demo data set is loaded in this database. */
    public boolean erLastet() {
        return jdbc.sql("select exists (select 1 from demo.demo_marker where name = :name)")
                .param("name", DATASETT)
                .query(Boolean.class)
                .single();
    }

    /**
     * Loads the demo data unless it is loaded already; waits while another node is loading it.
     *
     * @return what this call created; {@link DemoDataResultat#erTom() empty} when the data was already there
     */
    public DemoDataResultat load() {
        SecurityContext forrige = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                IDENT, null, List.of(new SimpleGrantedAuthority(Rolle.TILTAKSADMIN.authority()))));
        SecurityContextHolder.setContext(system);
        try {
            DemoDataResultat resultat = transaksjon.execute(status -> lastEnGang());
            return resultat == null ? DemoDataResultat.ingenting() : resultat;
        } finally {
            if (forrige.getAuthentication() == null) {
                SecurityContextHolder.clearContext();
            } else {
                SecurityContextHolder.setContext(forrige);
            }
        }
    }

    private DemoDataResultat lastEnGang() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LAAS).query().singleRow();
        if (erLastet()) {
            log.info("demo data '{}' already loaded", DATASETT);
            return DemoDataResultat.ingenting();
        }
        var lasting = new Lasting(LocalDate.now(clock));
        arrangorer.last(lasting);
        avtaler.last(lasting);
        gjennomforinger.last(lasting);
        deltakelser.last(lasting);
        effektkontrakt.last(lasting);
        jdbc.sql("insert into demo.demo_marker (name, created_at, created_by) values (:name, :now, :by)")
                .param("name", DATASETT)
                .param("now", Timestamp.from(clock.instant()))
                .param("by", IDENT)
                .update();
        DemoDataResultat resultat = lasting.resultat();
        log.info("demo data '{}' loaded: {}", DATASETT, resultat);
        return resultat;
    }
}
