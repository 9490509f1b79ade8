package no.samskap.effekt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.samskap.platform.Historikk;

/**
 * One version of a contract's terms: from when it applies, who made it, when and why, and what changed from the
 * version before (field paths with before and after; empty for the first version).
 */
public record Kontraktsversjon(
        int nummer,
        LocalDate gjelderFra,
        String endretAv,
        Instant tidspunkt,
        String begrunnelse,
        List<Historikk.Endring> endringer) {}
