package no.samskap.deltakelse.historikk;

import java.util.List;

/** A line of a legacy file that was not imported, and why (never its content). */
public record Ugyldiglinje(long linje, List<Importfeil> arsaker) {}
