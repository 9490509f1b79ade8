package no.samskap.avtale.web;

import java.util.Set;
import no.samskap.avtale.Avbrytelsesaarsak;
import org.jspecify.annotations.Nullable;

/** Abort an agreement: reasons, and an explanation (required with ANNET). */
record AvbrytRequest(@Nullable Long version, @Nullable Set<Avbrytelsesaarsak> aarsaker, @Nullable String forklaring) {}
