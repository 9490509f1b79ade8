package no.samskap.katalog.deling;

import java.util.List;

/**
 * One person's sharings, newest first.
 *
 * @param fodselsnummer the person's number, masked
 */
public record Delinger(String fodselsnummer, List<Deling> delinger) {

    public Delinger {
        delinger = List.copyOf(delinger);
    }
}
