package no.samskap.effekt;

import java.util.List;
import java.util.UUID;

/** What a CSV import registered: the outcome events, in the order of the file's lines. */
public record Importresultat(int antall, List<UUID> utfall) {}
