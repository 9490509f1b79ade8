package no.samskap.effekt.domain;

/** One piece of evidence attached to a claim: its kind and a reference to the document or lookup (never its content). */
public record Bevis(Bevistype type, String referanse) {}
