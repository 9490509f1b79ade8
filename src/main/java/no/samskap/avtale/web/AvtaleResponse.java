package no.samskap.avtale.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.samskap.avtale.AvtaleDetaljer;
import no.samskap.avtale.Avbrytelsesaarsak;
import no.samskap.avtale.domain.AvtaleStatus;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/** An agreement in the API, with its derived status, version and a link to its history. */
record AvtaleResponse(
        UUID id,
        String navn,
        String tiltakskode,
        Avtaletype avtaletype,
        @Nullable String sakarkivnummer,
        @Nullable UUID arrangorHovedenhetId,
        Set<UUID> arrangorUnderenheter,
        Set<UUID> arrangorKontaktpersoner,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        @Nullable LocalDate opsjonMaksVarighet,
        Set<String> navRegioner,
        Set<String> navEnheter,
        Set<String> administratorer,
        @Nullable String beskrivelse,
        AvtaleStatus status,
        long version,
        List<PrismodellResponse> prismodeller,
        List<OpsjonResponse> opsjoner,
        @Nullable AvbruttResponse avbrutt,
        String historikk) {

    record PrismodellResponse(UUID id, Prismodelltype type, @Nullable String beskrivelse, List<SatsResponse> satser) {}

    record SatsResponse(LocalDate gyldigFra, BigDecimal belop) {}

    record OpsjonResponse(LocalDate forrigeSluttdato, LocalDate nySluttdato, String registrertAv, Instant registrertTidspunkt) {}

    record AvbruttResponse(Instant tidspunkt, Set<Avbrytelsesaarsak> aarsaker, @Nullable String forklaring) {}

    static AvtaleResponse of(AvtaleDetaljer d) {
        var a = d.avtale();
        var i = a.innhold();
        var avbrudd = a.avbrudd();
        return new AvtaleResponse(
                a.id(), i.navn(), a.tiltakskode(), i.avtaletype(), i.sakarkivnummer(), i.arrangorHovedenhetId(),
                i.arrangorUnderenheter(), i.arrangorKontaktpersoner(), i.startdato(), i.sluttdato(),
                i.opsjonMaksVarighet(), i.navRegioner(), i.navEnheter(), i.administratorer(), i.beskrivelse(),
                d.status(), a.version(),
                a.prismodeller().stream().map(p -> new PrismodellResponse(p.id(), p.type(), p.beskrivelse(),
                        p.satser().stream().map(s -> new SatsResponse(s.gyldigFra(), s.belop().kroner())).toList())).toList(),
                a.opsjoner().stream().map(o -> new OpsjonResponse(o.forrigeSluttdato(), o.nySluttdato(),
                        o.registrertAv(), o.registrertTidspunkt())).toList(),
                avbrudd == null ? null : new AvbruttResponse(avbrudd.tidspunkt(), avbrudd.aarsaker(), avbrudd.forklaring()),
                "/api/v1/avtaler/" + a.id() + "/historikk");
    }
}
