package no.samskap.effekt.domain;

import java.util.List;

/**
 * A ladder: each rung (a metric code) is payable for a participant only after the rung below was achieved by the same
 * participant on or before the same date (job start → in work 13 weeks → 26 weeks).
 */
public record Stige(String navn, List<String> trinn) {

    public Stige {
        trinn = List.copyOf(trinn);
    }
}
