package no.samskap.arrangor.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samskap.arrangor.ArrangorDetaljer;
import no.samskap.arrangor.ArrangorInfo;
import no.samskap.arrangor.ArrangorType;
import no.samskap.arrangor.KontaktpersonDetaljer;
import org.jspecify.annotations.Nullable;

/** A provider in the JSON API, with its underenheter, contact persons and the version to send back on update. */
record ArrangorResponse(
        UUID id,
        String organisasjonsnummer,
        String navn,
        ArrangorType type,
        @Nullable Enhet hovedenhet,
        List<Enhet> underenheter,
        List<KontaktpersonDetaljer> kontaktpersoner,
        long version,
        Instant opprettet,
        Instant endret) {

    /** A reference to another provider organisation. */
    record Enhet(UUID id, String organisasjonsnummer, String navn) {
        static Enhet av(ArrangorInfo a) {
            return new Enhet(a.id(), a.organisasjonsnummer(), a.navn());
        }
    }

    static ArrangorResponse av(ArrangorDetaljer d) {
        return new ArrangorResponse(
                d.id(),
                d.organisasjonsnummer(),
                d.navn(),
                d.type(),
                d.hovedenhet() == null ? null : Enhet.av(d.hovedenhet()),
                d.underenheter().stream().map(Enhet::av).toList(),
                d.kontaktpersoner(),
                d.version(),
                d.opprettet(),
                d.endret());
    }
}
