package no.samskap.effekt;

import no.samskap.effekt.domain.Bevistype;
import org.jspecify.annotations.Nullable;

/** Evidence of an outcome as a client sends it: its kind and a reference to the document or lookup (never content). */
public record Bevisreferanse(@Nullable Bevistype type, @Nullable String referanse) {}
