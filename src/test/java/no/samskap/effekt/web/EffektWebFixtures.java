package no.samskap.effekt.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.effekt.EffektkontraktDetaljer;
import no.samskap.effekt.Innsyn;
import no.samskap.effekt.Kontraktsinnhold;
import no.samskap.effekt.Kontraktsinnhold.Part;
import no.samskap.effekt.Kontraktsinnhold.Partsrolle;
import no.samskap.effekt.domain.Gjentakelse;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.Rolle;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Contracts and users as the page controllers' slice tests need them (the services are mocks there). */
final class EffektWebFixtures {

    static final UUID KONTRAKT = UUID.fromString("11111111-2222-3333-4444-555555555555");
    static final Innlogget NAV = new Innlogget("admin", "Astrid Tiltaksadmin", Set.of(Rolle.TILTAKSADMIN), "0300",
            List.of());
    static final Innlogget EVALUATOR = new Innlogget("evaluator", "Eva Evaluator", Set.of(Rolle.EVALUATOR), null,
            List.of("933333337"));
    static final Innlogget LEVERANDOR = new Innlogget("arrangor", "Aud Arrangør", Set.of(Rolle.ARRANGOR), null,
            List.of("983982433"));

    private EffektWebFixtures() {}

    /** The pages' clock: a fixed day. */
    @TestConfiguration
    static class FastKlokke {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneId.of("Europe/Oslo"));
        }
    }

    static Kontraktsinnhold innhold() {
        var maal = new Kontraktsinnhold.Resultatmaal("JOBB", "I jobb", null, null, Gjentakelse.EN_GANG_PER_DELTAKER,
                List.of(), null, null, null, null, 10, List.of(new Kontraktsinnhold.Pris(LocalDate.of(2026, 1, 1), null,
                        Kontraktsinnhold.Pristype.FAST, new BigDecimal("20000"), null, List.of(), null, null)));
        return new Kontraktsinnhold("Jobbvei", null, "NOK", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null,
                List.of(), null, List.of(), List.of(
                        part("NAV", Partsrolle.UTFALLSBETALER, "Nav", "889640782", new BigDecimal("1000000")),
                        part("LEV", Partsrolle.LEVERANDOR, "FRETEX AS", "983982433", null),
                        part("EVAL", Partsrolle.EVALUATOR, "Evaluator", "933333337", null)),
                null, null, List.of(maal), List.of(), List.of(), List.of(), List.of(), null,
                new Kontraktsinnhold.Utbetalingsvilkaar(null, BigDecimal.ZERO, List.of()), null);
    }

    /** The contract as a user with this relation sees it, and what that relation may do. */
    static EffektkontraktDetaljer kontrakt(Innsyn innsyn) {
        return new EffektkontraktDetaljer(KONTRAKT, 3, 1, 1, LocalDate.of(2026, 1, 1), innhold(),
                new BigDecimal("1000000"), innsyn, List.of(), new EffektkontraktDetaljer.Handlinger(
                        innsyn == Innsyn.NAV, innsyn == Innsyn.LEVERANDOR, innsyn == Innsyn.LEVERANDOR,
                        innsyn == Innsyn.EVALUATOR, innsyn == Innsyn.EVALUATOR, innsyn == Innsyn.NAV,
                        innsyn == Innsyn.NAV));
    }

    private static Part part(String kode, Partsrolle rolle, String navn, String orgnr, BigDecimal forpliktelse) {
        return new Part(kode, rolle, navn, orgnr, null, forpliktelse, null, null, null, null, null, null,
                UUID.nameUUIDFromBytes(kode.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
