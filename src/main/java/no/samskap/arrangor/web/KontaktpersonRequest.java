package no.samskap.arrangor.web;

import java.util.Set;
import no.samskap.arrangor.KontaktpersonInfo.Ansvar;
import org.jspecify.annotations.Nullable;

/** Create ({@code POST}) or update ({@code PUT}, with the version read) a contact person. */
record KontaktpersonRequest(
        @Nullable String navn,
        @Nullable String epost,
        @Nullable String telefon,
        @Nullable Set<Ansvar> ansvar,
        @Nullable Long version) {}
