package no.samskap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import no.samskap.SamskapIntegrationTest;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorKatalog;
import no.samskap.arrangor.ArrangorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The loader runs only here (the test profile switches loading on start-up off). Its organisation numbers are fixed,
 * but tests generate random ones, and the demo hovedenhet may have been registered by another test already, so the
 * assertions allow for that and otherwise look only at the demo data's own numbers.
 */
@SamskapIntegrationTest
class DemoDataServiceIT {

    private static final int ARRANGORER = 22;
    private static final int KONTAKTPERSONER = 23;

    @Autowired
    DemoDataService service;

    @Autowired
    ArrangorKatalog katalog;

    @Autowired
    ArrangorService arrangorer;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    no.samskap.effekt.EffektkontraktService effektkontrakter;

    @Autowired
    no.samskap.effekt.MaalingService maaling;

    @Autowired
    no.samskap.effekt.KravService krav;

    @Autowired
    no.samskap.effekt.UtbetalingService utbetaling;

    @Autowired
    no.samskap.effekt.InvestorService investorer;

    @Test
    void doesNotLoadOnStartUpInTheTestProfile() {
        assertThat(context.getBeanNamesForType(DemoDataOnStartup.class)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "TILTAKSADMIN")
    void loadsTheDataOnceEvenWhenTwoNodesStartTogether() throws Exception {
        // other tests register the demo provider user's organisations (FRETEX AS and AVD OSLO) when they need them;
        // the loader reuses what exists
        long finnesFraFor = java.util.stream.Stream.of(DemoArrangorer.FRETEX, DemoArrangorer.FRETEX_OSLO)
                .filter(this::finnes)
                .count();
        var start = new CountDownLatch(1);
        try (var threads = Executors.newFixedThreadPool(2)) {
            var first = CompletableFuture.supplyAsync(() -> await(start), threads);
            var second = CompletableFuture.supplyAsync(() -> await(start), threads);
            start.countDown();
            List<DemoDataResultat> resultater = List.of(first.get(), second.get());

            assertThat(resultater).filteredOn(DemoDataResultat::erTom).hasSize(1);
            DemoDataResultat lastet = resultater.stream().filter(r -> !r.erTom()).findFirst().orElseThrow();
            assertThat(lastet.arrangorer()).isEqualTo(ARRANGORER - (int) finnesFraFor);
            assertThat(lastet.kontaktpersoner()).isEqualTo(KONTAKTPERSONER);
            assertThat(lastet.avtaler()).isEqualTo(DemoAvtaler.AVTALER.size());
            assertThat(lastet.gjennomforinger()).isEqualTo(DemoGjennomforinger.GJENNOMFORINGER.size());
            assertThat(lastet.deltakelser()).isEqualTo(DemoDeltakelser.PERSONER.size());
            assertThat(lastet.effektkontrakter()).isEqualTo(1);
        }
        assertTheCafeShowsPlacesRunningOutAndAnOpenProposal();

        assertThat(service.erLastet()).isTrue();
        assertThat(service.load().erTom()).isTrue();
        new DemoEffektkontraktSjekk(effektkontrakter, maaling, krav, utbetaling, investorer)
                .demobrukerneErParterIDemokontrakten();
        // the caller's own authentication is back after loading
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("admin");

        ArrangorInfo fretexOslo = arrangor(DemoArrangorer.FRETEX_OSLO);
        assertThat(fretexOslo.hovedenhetId()).isEqualTo(arrangor(DemoArrangorer.FRETEX).id());
        if (finnesFraFor == 0) {
            assertThat(fretexOslo.navn()).isEqualTo("FRETEX AS AVD OSLO");
        }
        ArrangorInfo jobbveien = arrangor(DemoArrangorer.JOBBVEIEN);
        assertThat(jobbveien.erHovedenhet()).isTrue();
        assertThat(katalog.underenheter(jobbveien.id()))
                .extracting(ArrangorInfo::navn)
                .containsExactly(
                        "Jobbveien AS avd. Gamle Oslo", "Jobbveien AS avd. Grünerløkka", "Jobbveien AS avd. Sagene");
        assertThat(katalog.kontaktpersoner(jobbveien.id()))
                .singleElement()
                .satisfies(k -> assertThat(k.epost()).isEqualTo("camilla.strand@jobbveien.example"));
        assertThat(arrangorer.historikk(jobbveien.id()))
                .singleElement()
                .satisfies(h -> assertThat(h.utfortAv()).isEqualTo(DemoDataService.IDENT));
    }

    /**
     * The small café implementation (two places) has the demo participant taking part with an open extension from the
     * provider, one more person waiting to start and one on the waiting list, all enrolled by the demo counsellor.
     */
    private void assertTheCafeShowsPlacesRunningOutAndAnOpenProposal() {
        UUID kafe = jdbc.sql("select id from tiltak.gjennomforing where navn = :navn")
                .param("navn", DemoGjennomforinger.FRETEX_KAFE).query(UUID.class).single();
        assertThat(jdbc.sql("""
                        select fodselsnummer || ':' || status || ':' || opprettet_av || ':' || nav_enhet
                        from deltakelse.deltakelse where gjennomforing_id = :g order by created_at""")
                .param("g", kafe).query(String.class).list())
                .containsExactly(
                        DemoDeltakelser.DINA.fodselsnummer() + ":DELTAR:veileder:0315",
                        DemoDeltakelser.TOR.fodselsnummer() + ":VENTER_PA_OPPSTART:veileder:0315",
                        DemoDeltakelser.KARI.fodselsnummer() + ":VENTELISTE:veileder:0315");
        assertThat(jdbc.sql("""
                        select f.type || ':' || f.status || ':' || f.foreslatt_av from deltakelse.endringsforslag f
                        join deltakelse.deltakelse d on d.id = f.deltakelse_id
                        where d.gjennomforing_id = :g and d.fodselsnummer = :fnr""")
                .param("g", kafe).param("fnr", DemoDeltakelser.DINA.fodselsnummer()).query(String.class).list())
                .containsExactly("FORLENG:VENTER:arrangor");
    }

    private DemoDataResultat await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        DemoDataResultat resultat = service.load();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        return resultat;
    }

    private ArrangorInfo arrangor(String organisasjonsnummer) {
        return katalog.hent(katalog.idsForOrganisasjonsnumre(List.of(organisasjonsnummer))).stream()
                .filter(a -> a.organisasjonsnummer().equals(organisasjonsnummer))
                .findFirst()
                .orElseThrow();
    }

    private boolean finnes(String organisasjonsnummer) {
        return katalog.hent(katalog.idsForOrganisasjonsnumre(List.of(organisasjonsnummer))).stream()
                .anyMatch(a -> a.organisasjonsnummer().equals(organisasjonsnummer));
    }
}
