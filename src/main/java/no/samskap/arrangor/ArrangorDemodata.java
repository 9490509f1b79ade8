package no.samskap.arrangor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import no.samskap.arrangor.domain.Arrangor;
import no.samskap.arrangor.domain.Kontaktperson;
import no.samskap.arrangor.persistence.ArrangorRepository;
import no.samskap.arrangor.persistence.HistorikkRepository;
import no.samskap.arrangor.persistence.KontaktpersonRepository;
import no.samskap.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo providers (demo profile only): hovedenheter with underenheter and contact persons, including the demo provider
 * user's organisations 983982433 and 992943084. Loaded once — an organisasjonsnummer already present is left alone.
 * Ids are derived from the organisasjonsnummer ({@link #demoId(String)}) so other modules' demo data can refer to them;
 * it runs early ({@code @Order(10)}).
 */
@Component
@ConditionalOnProperty(name = "samskap.demo-data.enabled", havingValue = "true")
@Order(10)
class ArrangorDemodata implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ArrangorDemodata.class);

    private record Enhet(String orgnr, String navn, @Nullable String hovedenhet) {}

    private record Kontakt(String hovedenhet, String navn, String epost, @Nullable String telefon, Set<Ansvar> ansvar) {}

    private static final List<Enhet> ENHETER = List.of(
            new Enhet("983982433", "Fretex Jobb og Oppfølging AS", null),
            new Enhet("992943084", "Fretex Jobb og Oppfølging avd. Oslo", "983982433"),
            new Enhet("904332186", "Fretex Jobb og Oppfølging avd. Bergen", "983982433"),
            new Enhet("996001334", "Jobbhuset Viken AS", null),
            new Enhet("983863795", "Jobbhuset Drammen", "996001334"),
            new Enhet("902654232", "Jobbhuset Tønsberg", "996001334"),
            new Enhet("911615592", "Aktiv Arbeid Trøndelag AS", null),
            new Enhet("907816184", "Aktiv Arbeid Trondheim", "911615592"),
            new Enhet("995931036", "Aktiv Arbeid Steinkjer", "911615592"),
            new Enhet("955341929", "Nordnorsk Arbeidsinkludering AS", null),
            new Enhet("927648350", "Nordnorsk Arbeidsinkludering Tromsø", "955341929"),
            new Enhet("930564133", "Nordnorsk Arbeidsinkludering Bodø", "955341929"),
            new Enhet("988496960", "Vekst Innlandet AS", null),
            new Enhet("932871017", "Vekst Innlandet Hamar", "988496960"),
            new Enhet("926916696", "Vekst Innlandet Lillehammer", "988496960"));

    private static final List<Kontakt> KONTAKTER = List.of(
            new Kontakt("983982433", "Ingrid Solberg", "ingrid.solberg@fretex.example.no", "91234567", Set.of(Ansvar.AVTALE, Ansvar.OKONOMI)),
            new Kontakt("992943084", "Jonas Bakken", "jonas.bakken@fretex.example.no", "92345678", Set.of(Ansvar.GJENNOMFORING)),
            new Kontakt("996001334", "Marte Lie", "marte.lie@jobbhuset.example.no", "93456789", Set.of(Ansvar.AVTALE)),
            new Kontakt("996001334", "Erik Haugen", "erik.haugen@jobbhuset.example.no", null, Set.of(Ansvar.OKONOMI)),
            new Kontakt("911615592", "Siri Moen", "siri.moen@aktivarbeid.example.no", "94567890", Set.of(Ansvar.AVTALE, Ansvar.GJENNOMFORING)),
            new Kontakt("955341929", "Ole Johansen", "ole.johansen@nna.example.no", "95678901", Set.of(Ansvar.AVTALE, Ansvar.GJENNOMFORING, Ansvar.OKONOMI)),
            new Kontakt("988496960", "Hanne Berg", "hanne.berg@vekst.example.no", "96789012", Set.of(Ansvar.AVTALE)));

    private final ArrangorRepository arrangorer;
    private final KontaktpersonRepository kontaktpersoner;
    private final HistorikkRepository historikk;
    private final Clock clock;

    ArrangorDemodata(
            ArrangorRepository arrangorer,
            KontaktpersonRepository kontaktpersoner,
            HistorikkRepository historikk,
            Clock clock) {
        this.arrangorer = arrangorer;
        this.kontaktpersoner = kontaktpersoner;
        this.historikk = historikk;
        this.clock = clock;
    }

    /** The id a demo provider gets: derived from its organisasjonsnummer. */
    static UUID demoId(String orgnr) {
        return UUID.nameUUIDFromBytes(("samskap-demo-arrangor-" + orgnr).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Instant naa = clock.instant();
        int lagt = 0;
        for (Enhet e : ENHETER) {
            if (arrangorer.findByOrganisasjonsnummer(e.orgnr()).isPresent()) {
                continue;
            }
            Arrangor hovedenhet = e.hovedenhet() == null
                    ? null
                    : arrangorer.findByOrganisasjonsnummer(e.hovedenhet()).orElseThrow();
            Arrangor arrangor = Arrangor.registrer(
                    demoId(e.orgnr()), e.orgnr(), e.navn(), hovedenhet, "hovedenhetId", InvalidInput.collector());
            arrangorer.insert(arrangor, naa);
            historikk.insert(arrangor.id(), null, naa, "system", "OPPRETTET", ArrangorService.snapshot(arrangor, hovedenhet));
            for (Kontakt k : KONTAKTER) {
                if (k.hovedenhet().equals(e.orgnr())) {
                    var opplysninger = Kontaktperson.Opplysninger.valider(
                            k.navn(), k.epost(), k.telefon(), k.ansvar(), InvalidInput.collector());
                    var kontaktperson = Kontaktperson.opprett(
                            UUID.nameUUIDFromBytes(("samskap-demo-kontaktperson-" + k.epost()).getBytes(StandardCharsets.UTF_8)),
                            arrangor.id(),
                            opplysninger);
                    kontaktpersoner.insert(kontaktperson, naa);
                    historikk.insert(
                            arrangor.id(),
                            kontaktperson.id(),
                            naa,
                            "system",
                            "KONTAKTPERSON_LAGT_TIL",
                            ArrangorService.snapshot(kontaktperson));
                }
            }
            lagt++;
        }
        if (lagt > 0) {
            log.info("demo data: {} providers added", lagt);
        }
    }
}
