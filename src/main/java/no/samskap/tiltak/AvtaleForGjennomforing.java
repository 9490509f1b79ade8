package no.samskap.tiltak;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samskap.shared.Avtaletype;
import no.samskap.shared.Prismodelltype;
import org.jspecify.annotations.Nullable;

/**
 * What an implementation needs to know of its agreement (supplied by the agreement module through
 * {@link AvtaleOppslag}).
 *
 * @param aktiv the agreement's derived status is AKTIV today
 * @param arrangorUnderenheter the provider sub-units the agreement names; an implementation runs at one of them
 * @param navEnheter the NAV offices (LOKAL) the agreement serves; an implementation serves a subset
 * @param prismodeller the agreement's price models by id
 */
public record AvtaleForGjennomforing(
        UUID id,
        String navn,
        String tiltakskode,
        Avtaletype avtaletype,
        boolean aktiv,
        LocalDate startdato,
        @Nullable LocalDate sluttdato,
        UUID arrangorHovedenhetId,
        Set<UUID> arrangorUnderenheter,
        Set<String> navRegioner,
        Set<String> navEnheter,
        Map<UUID, Prismodelltype> prismodeller) {}
