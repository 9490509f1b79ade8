package no.samskap.tiltak;

import org.jspecify.annotations.Nullable;

/**
 * A NAV employee to contact about an implementation. As input any part may be missing; the rules require Nav-ident
 * (one letter and six digits) and name.
 */
public record NavKontaktperson(@Nullable String navIdent, @Nullable String navn, @Nullable String epost) {}
